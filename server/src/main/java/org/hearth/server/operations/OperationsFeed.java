package org.hearth.server.operations;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hearth.server.metrics.ServerReadings;
import org.hearth.server.room.PulseChanges;
import org.hearth.server.room.RoomPulse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operators' live view, pushed. Every period it asks each room for its pulse (taken on the
 * room's own thread, as a queued task: the message path is not slowed) and reads the server's
 * figures from the metrics, keeps the sample in an hour-long ring, and hands the snapshot,
 * encoded once, to every watcher. A new watcher gets the last hour and the rooms as they are now
 * at once ({@link #HISTORY}), then each {@link #SNAPSHOT}. A post held or decided, or a moderator coming or going, pushes
 * the rooms again within a moment ({@link #changed}), not only at the next period.
 *
 * <p>At most {@code maxWatchers} watch at once, so the live view's cost stays bounded.
 *
 * <p>Threading: its own thread owns the ring, the watchers and the encoding; {@link #watch},
 * {@link #changed} and {@link #close} may be called from any thread.
 */
public final class OperationsFeed implements PulseChanges, AutoCloseable {
    public static final String HISTORY = "history";
    public static final String SNAPSHOT = "snapshot";
    /** How much the charts show, and so how many samples are kept. */
    public static final Duration KEPT = Duration.ofHours(1);
    private static final long ROOMS_BOUND_MILLIS = 2_000;
    /** Changes within this long of the first share one push. */
    private static final long CHANGE_DELAY_MILLIS = 300;
    private static final Logger log = LoggerFactory.getLogger(OperationsFeed.class);

    private final Supplier<ServerReadings> readings;
    private final Clock clock;
    private final Duration period;
    private final int maxWatchers;
    private final ScheduledExecutorService thread;
    private final AtomicInteger watching = new AtomicInteger();
    private final AtomicBoolean pushPending = new AtomicBoolean();
    private volatile boolean started;

    // ---- the feed's thread only ----
    private final List<Watch> watchers = new ArrayList<>();
    private final SampleRing ring;
    private Supplier<CompletableFuture<List<RoomPulse>>> pulses;
    private SampleTaker taker;
    private HealthEvents events;
    private List<RoomPulse> latestRooms = List.of();
    private long latestRoomsAsked = Long.MIN_VALUE;

    /**
     * @param readings the server's figures now (thread-safe, never waits)
     * @param period how often a sample is taken and pushed
     * @param maxWatchers how many may watch at once
     */
    public OperationsFeed(Supplier<ServerReadings> readings, Clock clock, Duration period, int maxWatchers) {
        if (period.toMillis() < 1 || KEPT.toMillis() % period.toMillis() != 0) {
            throw new IllegalArgumentException("period: " + period + " (expected: a whole part of an hour)");
        }
        if (maxWatchers < 1) {
            throw new IllegalArgumentException("maxWatchers: " + maxWatchers + " (expected: > 0)");
        }
        this.readings = readings;
        this.clock = clock;
        this.period = period;
        this.maxWatchers = maxWatchers;
        this.ring = new SampleRing((int) (KEPT.toMillis() / period.toMillis()));
        this.thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("hearth-operations")
                .daemon(true).factory());
    }

    /**
     * Starts sampling, once the rooms exist (they are told of changes through this feed, so they
     * are built after it).
     *
     * @param rooms every room's name, in the order the rooms' pulses come
     * @param pulses every room's pulse, each taken on its room's thread
     */
    public void start(List<String> rooms, Supplier<CompletableFuture<List<RoomPulse>>> pulses) {
        thread.execute(() -> {
            this.pulses = pulses;
            this.taker = new SampleTaker(rooms, readings.get(), clock.millis());
            this.events = new HealthEvents(rooms, period.toMillis());
        });
        thread.scheduleAtFixedRate(this::sampleNow, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        started = true;
    }

    /** How many may watch at once. */
    public int maxWatchers() {
        return maxWatchers;
    }

    /**
     * Starts sending events to {@code watcher}: the last hour first, then every snapshot, until it
     * returns false or the returned watch is stopped. Returns null, having sent nothing, when
     * {@link #maxWatchers} already watch or the feed has stopped.
     */
    public Watch watch(HealthWatcher watcher) {
        if (!started) {
            throw new IllegalStateException("start the feed before anyone watches");
        }
        if (watching.incrementAndGet() > maxWatchers) {
            watching.decrementAndGet();
            return null;
        }
        Watch watch = new Watch(watcher);
        try {
            // The rooms are asked afresh, so a new page shows them at once, not after the next sample.
            thread.execute(() -> {
                long asked = clock.millis();
                askRooms().handleAsync((rooms, late) -> {
                    if (rooms != null) {
                        newerRooms(asked, rooms);
                    }
                    if (!watch.stopped.get() && watcher.deliver(HISTORY, events.encode(clock.millis(), latestRooms,
                            ring.oldestFirst()))) {
                        watchers.add(watch);
                    } else {
                        watch.stop();
                    }
                    return null;
                }, thread);
            });
        } catch (RejectedExecutionException e) {
            watch.stop();
            return null;
        }
        return watch;
    }

    /** How many watch now (a watcher that has gone counts until the feed has noticed). */
    public int watching() {
        return watching.get();
    }

    /** A room's hold queue or duty changed: the rooms are pushed again shortly, to whoever watches. */
    @Override
    public void changed() {
        if (started && watching.get() > 0 && pushPending.compareAndSet(false, true)) {
            try {
                thread.schedule(this::pushRooms, CHANGE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                pushPending.set(false); // stopping
            }
        }
    }

    /** Takes a sample and pushes it; completes once pushed. For the schedule, and for tests. */
    CompletableFuture<Void> sampleNow() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                long asked = clock.millis();
                askRooms().handleAsync((rooms, late) -> {
                    record(asked, rooms);
                    return null;
                }, thread).whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        log.warn("a sample for the operators' live view failed: {}", failure.toString());
                        done.completeExceptionally(failure);
                    } else {
                        done.complete(null);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    private CompletableFuture<List<RoomPulse>> askRooms() {
        return pulses.get().orTimeout(ROOMS_BOUND_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** @param rooms the pulses, or null when the rooms did not answer in time */
    private void record(long asked, List<RoomPulse> rooms) {
        long now = clock.millis();
        HealthSample sample = taker.take(now, readings.get(), rooms);
        ring.add(sample);
        boolean fresh = rooms != null && newerRooms(asked, rooms);
        if (!watchers.isEmpty()) {
            push(events.encode(now, fresh ? rooms : null, List.of(sample)));
        }
    }

    private void pushRooms() {
        pushPending.set(false);
        if (watchers.isEmpty()) {
            return;
        }
        long asked = clock.millis();
        askRooms().thenAcceptAsync(rooms -> {
            if (newerRooms(asked, rooms) && !watchers.isEmpty()) {
                push(events.encode(clock.millis(), rooms, List.of()));
            }
        }, thread);
    }

    /** Keeps the rooms as the latest unless newer ones, asked for later, came first; says whether it kept them. */
    private boolean newerRooms(long asked, List<RoomPulse> rooms) {
        if (asked < latestRoomsAsked) {
            return false;
        }
        latestRoomsAsked = asked;
        latestRooms = rooms;
        return true;
    }

    private void push(byte[] snapshot) {
        for (Watch watch : List.copyOf(watchers)) {
            if (!watch.watcher.deliver(SNAPSHOT, snapshot)) {
                watch.stop();
            }
        }
    }

    /** Stops sampling; watchers are not told (the transport closes their connections as it stops). */
    @Override
    public void close() {
        thread.shutdownNow();
    }

    /** One watcher's place in the feed. */
    public final class Watch {
        private final HealthWatcher watcher;
        private final AtomicBoolean stopped = new AtomicBoolean();

        private Watch(HealthWatcher watcher) {
            this.watcher = watcher;
        }

        /** Stops sending to the watcher and frees its place; any thread, any number of times. */
        public void stop() {
            if (stopped.compareAndSet(false, true)) {
                watching.decrementAndGet();
                try {
                    thread.execute(() -> watchers.remove(this));
                } catch (RejectedExecutionException e) {
                    // the feed has stopped: nothing is sent any more anyway
                }
            }
        }
    }
}
