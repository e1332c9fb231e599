package org.hearth.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.hearth.protocol.RoomId;

/**
 * One scenario's run: the machinery every scenario uses (making and connecting members, timed
 * open-loop steps) and the findings, problems and notes it gathers for the report.
 */
final class ScenarioRun {
    final Settings settings;
    final LoadClient client;
    final Collector collector;
    final Map<String, Object> findings = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private final String runTag = Long.toString(System.currentTimeMillis() % 1_679_616L + 1_679_616L, 36).substring(1);
    private int nextIndex;

    ScenarioRun(Settings settings, LoadClient client, Collector collector) {
        this.settings = settings;
        this.client = client;
        this.collector = collector;
    }

    // ---- members ----

    /** {@code count} new members spread over the rooms in turn: member i goes to room i mod rooms. */
    List<VirtualMember> createMembers(int count, List<RoomId> rooms) {
        List<VirtualMember> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(newMember(rooms.get(i % rooms.size()), i % rooms.size()));
        }
        return list;
    }

    VirtualMember newMember(RoomId room, int roomIndex) {
        int index = nextIndex++;
        return client.newMember(index, runTag + "-" + index, room, roomIndex);
    }

    /** Connects every member, a bounded number at a time; returns how many failed. */
    int connectAll(List<VirtualMember> members, String what) throws InterruptedException {
        int concurrency = settings.integer("connect-concurrency");
        long t0 = System.nanoTime();
        int failed = connect(members, concurrency, 120);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("connected %d %s in %.1f s (%d failed, %d source addresses)%n", members.size() - failed,
                what, seconds, failed, client.sourcesFor(members.size()));
        if (failed > 0) {
            problems.add(failed + " of " + members.size() + " " + what + " failed to connect and join");
        }
        return failed;
    }

    /** Connects the members, at most {@code concurrency} at a time; returns how many failed within the timeout. */
    int connect(List<VirtualMember> members, int concurrency, int timeoutSeconds) throws InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<VirtualMember>> futures = new ArrayList<>(members.size());
        for (VirtualMember m : members) {
            permits.acquire();
            CompletableFuture<VirtualMember> f = m.connect();
            f.whenComplete((ok, err) -> permits.release());
            futures.add(f);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int failed = 0;
        for (CompletableFuture<VirtualMember> f : futures) {
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                failed++;
            }
        }
        return failed;
    }

    // ---- rooms ----

    List<RoomId> roomIds(int rooms) {
        return ScenarioRooms.ids(rooms, settings.string("room-prefix"));
    }

    void noteRoomsNeeded(int rooms) {
        notes.add("Server needs --rooms=" + ScenarioRooms.abbreviatedFlag(rooms, settings.string("room-prefix")));
    }

    // ---- steps ----

    /** Sends at {@code rate} for {@code --warmup} before the measured steps, outside any step. */
    void warmUp(Traffic traffic, double rate) throws InterruptedException {
        double warmup = settings.seconds("warmup");
        if (warmup <= 0) {
            return;
        }
        long start = System.nanoTime() + 5_000_000;
        long end = start + (long) (warmup * 1e9);
        traffic.run(rate, start, end, 0);
        sleepUntil(end);
        drain();
    }

    /** One measured step: sends at {@code rate} for {@code seconds}, lets it drain, prints and returns it. */
    Results.Step step(Traffic traffic, String name, double rate, double share, double seconds, int members)
            throws InterruptedException {
        long skippedBefore = traffic.skipped();
        collector.beginStep(name, rate, members);
        long start = System.nanoTime() + 5_000_000;
        long end = start + (long) (seconds * 1e9);
        traffic.run(rate, start, end, share);
        sleepUntil(end);
        drain();
        Results.Step step = collector.endStep(seconds, traffic.skipped() - skippedBefore);
        StepLine.print(step);
        return step;
    }

    /** Waits until deliveries stop arriving (300 ms quiet), at most {@code --drain-max}. */
    void drain() throws InterruptedException {
        collector.drain(300, (long) (settings.seconds("drain-max") * 1000));
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        while (true) {
            long left = nanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(Math.min(left, 50_000_000));
        }
    }
}
