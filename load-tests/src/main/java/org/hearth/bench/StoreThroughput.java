package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.DatabaseUrl;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.Stores;
import org.hearth.server.store.memory.InMemoryMessageStore;
import org.hearth.server.store.sqlite.SqliteStore;

/**
 * What durability costs, measured on the store itself (white box, like the JMH benchmarks):
 * <ol>
 *   <li>throughput: messages committed per second when appends arrive as fast as one thread can
 *       make them (the group-commit writer batches whatever waits);</li>
 *   <li>added ack latency: appends on a fixed schedule (open loop, default 1,000 a second), the
 *       time from each scheduled append to its commit, p50/p99/max, against the memory store.</li>
 * </ol>
 * Usage: {@code java -cp hearth-bench.jar org.hearth.bench.StoreThroughput [--power-loss-durable]
 * [--messages=200000] [--rate=1000] [--seconds=10] [--rooms=100] [--postgresql=URL]}; with
 * {@code --postgresql} (a {@code store.url}) it measures the PostgreSQL store instead, each run in
 * a schema of its own that it drops afterwards.
 */
public final class StoreThroughput {
    private StoreThroughput() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = false;
        int messages = 200_000;
        int rate = 1_000;
        int seconds = 10;
        int rooms = 100;
        String postgresql = null;
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            switch (kv[0]) {
                case "power-loss-durable" -> full = kv.length == 1 || Boolean.parseBoolean(kv[1]);
                case "messages" -> messages = Integer.parseInt(kv[1]);
                case "rate" -> rate = Integer.parseInt(kv[1]);
                case "seconds" -> seconds = Integer.parseInt(kv[1]);
                case "rooms" -> rooms = Integer.parseInt(kv[1]);
                case "postgresql" -> postgresql = kv[1];
                default -> throw new IllegalArgumentException("unknown option " + arg
                        + " (expected: --power-loss-durable, --messages=N, --rate=N, --seconds=N, --rooms=N,"
                        + " --postgresql=URL)");
            }
        }
        if (postgresql != null) {
            DatabaseUrl url = DatabaseUrl.parse("--postgresql", postgresql);
            System.out.printf("PostgreSQL store at %s, %d rooms%n", url, rooms);
            measure(() -> BenchSchema.fresh(url), messages, rate, seconds, rooms, "postgresql");
            return;
        }
        String mode = full ? "synchronous=FULL (power-loss durable)" : "synchronous=NORMAL (default, crash durable)";
        System.out.printf("SQLite store, %s, %d rooms%n", mode, rooms);
        boolean powerLossDurable = full;
        measure(() -> {
            Path data = Files.createTempDirectory("hearth-store-bench");
            return new Opened(SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, powerLossDurable, 2000)),
                    () -> delete(data));
        }, messages, rate, seconds, rooms, "sqlite");
    }

    /** A store opened for one measurement, and how to clean up after it. */
    record Opened(Stores stores, Cleanup cleanup) {
    }

    interface Cleanup {
        void run() throws Exception;
    }

    interface Opener {
        Opened open() throws Exception;
    }

    private static void measure(Opener opener, int messages, int rate, int seconds, int rooms, String name)
            throws Exception {
        Opened first = opener.open();
        try (Stores stores = first.stores()) {
            double perSecond = throughput(stores.messages(), messages, rooms);
            System.out.printf("throughput: %,.0f messages/s committed (%,d messages)%n", perSecond, messages);
        } finally {
            first.cleanup().run();
        }
        Opened second = opener.open();
        try (Stores stores = second.stores()) {
            Histogram durable = latency(stores.messages(), rate, seconds, rooms);
            Histogram memory = latency(new InMemoryMessageStore(), rate, seconds, rooms);
            report(name, rate, durable);
            report("memory", rate, memory);
            System.out.printf("added ack latency at %,d/s: p50 %.3f ms, p99 %.3f ms%n", rate,
                    (durable.getValueAtPercentile(50) - memory.getValueAtPercentile(50)) / 1e6,
                    (durable.getValueAtPercentile(99) - memory.getValueAtPercentile(99)) / 1e6);
        } finally {
            second.cleanup().run();
        }
    }

    private static double throughput(MessageStore store, int messages, int rooms) {
        long[] next = new long[rooms];
        long start = System.nanoTime();
        CompletableFuture<Void> tail = null;
        for (int i = 0; i < messages; i++) {
            int room = i % rooms;
            tail = store.append(message(room, ++next[room], System.currentTimeMillis()));
        }
        tail.join(); // commits complete in order: the last one done means all are
        long elapsed = System.nanoTime() - start;
        return messages / (elapsed / 1e9);
    }

    /** Open loop: each append is due at its scheduled time; latency counts from then, not from when it went. */
    private static Histogram latency(MessageStore store, int rate, int seconds, int rooms) {
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        long[] next = new long[rooms];
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int total = rate * seconds;
        List<CompletableFuture<Void>> pending = new ArrayList<>(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int room = i % rooms;
            pending.add(store.append(message(room, ++next[room], System.currentTimeMillis()))
                    .whenComplete((ok, failure) -> {
                        synchronized (histogram) {
                            histogram.recordValue(Math.max(0, System.nanoTime() - due));
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return histogram;
    }

    private static void report(String name, int rate, Histogram h) {
        System.out.printf("%s at %,d/s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (%d appends)%n",
                name, rate, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6,
                h.getTotalCount());
    }

    private static StoredMessage message(int room, long seq, long time) {
        return new StoredMessage(new ServerMessage.Message(new RoomId("room" + room), seq, Long.toString(seq, 36),
                new Handle("bench"), "a message of a typical length for a support room, about ninety characters.",
                time, false), "member", "c" + seq);
    }

    private static void delete(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
