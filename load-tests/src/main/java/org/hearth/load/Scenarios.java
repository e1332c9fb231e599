package org.hearth.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.hearth.protocol.RoomId;

/**
 * The standard scenarios, each a named preset of sizes that any {@code --key=value} overrides.
 * Each run connects its members, drives traffic open-loop, and returns its steps and findings.
 */
public final class Scenarios {
    public static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("url", "ws://127.0.0.1:8080/ws"),
            Map.entry("out", "load-results"),
            Map.entry("threads", "1"),
            Map.entry("text-size", "100"),
            Map.entry("per-source", "900"),
            Map.entry("connect-concurrency", "200"),
            Map.entry("drain-max", "5s"),
            Map.entry("warmup", "3s"),
            Map.entry("room", "lounge"),
            Map.entry("room-prefix", "r"));

    public static final Map<String, Map<String, String>> PRESETS = presets();

    private static Map<String, Map<String, String>> presets() {
        Map<String, Map<String, String>> p = new LinkedHashMap<>();
        p.put("big-room", Map.of("members", "1000", "senders", "10", "rates", "50,100,200,400,800,1600",
                "duration", "10s", "stop-after-failures", "1", "moderated-share", "0"));
        p.put("many-rooms", Map.of("rooms", "500", "members-per-room", "10", "senders-per-room", "10",
                "rates", "500,1000,2000,4000,8000,16000,24000", "duration", "10s", "stop-after-failures", "1",
                "moderated-share", "0"));
        p.put("idle", Map.of("connections", "10000", "rooms", "100", "duration", "10s", "gc", "true"));
        p.put("churn", Map.of("rooms", "10", "listeners-per-room", "20", "arrivals-per-second", "50",
                "session-seconds", "2s", "messages-per-session", "2", "duration", "20s"));
        p.put("slow-reader", Map.of("members", "500", "senders", "5", "rate", "400", "slow-readers", "5",
                "duration", "20s"));
        p.put("resume-storm", Map.of("rooms", "10", "members-per-room", "100", "senders-per-room", "2",
                "rate", "200", "drop-share", "1.0", "duration", "5s", "away", "3s"));
        p.put("moderation-mix", Map.of("members", "1000", "senders", "10", "rate", "400",
                "moderated-share", "0.1", "duration", "10s"));
        return p;
    }

    /** The rooms a scenario needs on the server, for its {@code --rooms=} setting. */
    public static String roomsFlag(int count, String prefix) {
        StringBuilder sb = new StringBuilder("lounge");
        for (int i = 1; i <= count; i++) {
            sb.append(',').append(prefix).append(i);
        }
        return sb.toString();
    }

    private final String scenario;
    private final Settings settings;
    private final LoadClient client;
    private final Collector collector;
    private final String runTag = Long.toString(System.currentTimeMillis() % 1_679_616L + 1_679_616L, 36).substring(1);
    final Map<String, Object> findings = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private int nextIndex;

    public Scenarios(String scenario, Settings settings, LoadClient client, Collector collector) {
        this.scenario = scenario;
        this.settings = settings;
        this.client = client;
        this.collector = collector;
    }

    public static Set<String> names() {
        return PRESETS.keySet();
    }

    public void run() throws InterruptedException {
        switch (scenario) {
            case "big-room" -> bigRoom();
            case "many-rooms" -> manyRooms();
            case "idle" -> idle();
            case "churn" -> churn();
            case "slow-reader" -> slowReader();
            case "resume-storm" -> resumeStorm();
            case "moderation-mix" -> moderationMix();
            default -> throw new IllegalArgumentException("scenario '" + scenario + "' (expected one of " + names() + ")");
        }
    }

    // ---- scenarios ----

    private void bigRoom() throws InterruptedException {
        int members = settings.integer("members");
        int senders = settings.integer("senders");
        List<Double> rates = settings.numbers("rates");
        double share = settings.number("moderated-share");
        RoomId room = new RoomId(settings.string("room"));
        List<VirtualMember> all = createMembers(members, i -> room, i -> 0);
        connectAll(all, "members");
        List<VirtualMember> sending = all.stream().filter(VirtualMember::isReady).limit(senders).toList();
        ramp(sending, members, rates, share);
        Results.Step capacity = capacity();
        findings.put("capacityMessagesPerSecond", capacity == null ? 0 : capacity.offeredMessagesPerSecond());
        findings.put("capacityDeliveriesPerSecond", capacity == null ? 0 : capacity.deliveriesPerSecond());
        findings.put("capacityP99Ms", capacity == null ? 0 : capacity.latency().p99());
        findings.put("capacityServerCpuMicrosPerDelivery",
                capacity == null ? -1 : capacity.serverCpuMicrosPerDelivery());
        findings.put("perSenderMessagesPerMinuteAtTopStep",
                Collector.round(rates.get(rates.size() - 1) * 60 / Math.max(1, senders), 0));
    }

    private void manyRooms() throws InterruptedException {
        int rooms = settings.integer("rooms");
        int perRoom = settings.integer("members-per-room");
        int sendersPerRoom = Math.min(perRoom, settings.integer("senders-per-room"));
        List<Double> rates = settings.numbers("rates");
        double share = settings.number("moderated-share");
        List<RoomId> roomIds = roomIds(rooms);
        List<VirtualMember> all = createMembers(rooms * perRoom, i -> roomIds.get(i % rooms), i -> i % rooms);
        connectAll(all, "members");
        List<VirtualMember> sending = new ArrayList<>();
        for (VirtualMember m : all) {
            if (m.isReady() && (m.index / rooms) < sendersPerRoom) {
                sending.add(m);
            }
        }
        notes.add("Server needs --rooms=" + abbreviateRooms(rooms));
        ramp(sending, all.size(), rates, share);
        Results.Step capacity = capacity();
        findings.put("capacityMessagesPerSecond", capacity == null ? 0 : capacity.offeredMessagesPerSecond());
        findings.put("capacityDeliveriesPerSecond", capacity == null ? 0 : capacity.deliveriesPerSecond());
        findings.put("capacityP99Ms", capacity == null ? 0 : capacity.latency().p99());
        findings.put("perSenderMessagesPerMinuteAtTopStep",
                Collector.round(rates.get(rates.size() - 1) * 60 / Math.max(1, sending.size()), 1));
    }

    private void moderationMix() throws InterruptedException {
        int members = settings.integer("members");
        int senders = settings.integer("senders");
        double rate = settings.number("rate");
        double share = settings.number("moderated-share");
        double seconds = settings.seconds("duration");
        RoomId room = new RoomId(settings.string("room"));
        List<VirtualMember> all = createMembers(members, i -> room, i -> 0);
        connectAll(all, "members");
        List<VirtualMember> sending = all.stream().filter(VirtualMember::isReady).limit(senders).toList();
        Traffic traffic = new Traffic(client, sending);
        try {
            warmUp(traffic, rate);
            Results.Step plain = step(traffic, "no filter triggers", rate, 0, seconds, members);
            Results.Step mixed = step(traffic, Math.round(share * 100) + "% with e-mail/phone", rate, share, seconds,
                    members);
            findings.put("moderatedShare", share);
            findings.put("passedP99MsWithoutTriggers", plain.latency().p99());
            findings.put("passedP99MsWithTriggers", mixed.plainLatency().p99());
            findings.put("moderatedP99Ms", mixed.moderatedLatency().p99());
            findings.put("redactedDeliveries", mixed.redacted());
            findings.put("heldAcks", mixed.held());
            findings.put("serverCpuMicrosPerDeliveryWithout", plain.serverCpuMicrosPerDelivery());
            findings.put("serverCpuMicrosPerDeliveryWith", mixed.serverCpuMicrosPerDelivery());
            if (mixed.redacted() == 0 && mixed.held() == 0) {
                notes.add("The server redacted and held nothing: today its only filter is the rate limit, so the "
                        + "'moderated' messages pass like any other. The scenario gains meaning as the PII and "
                        + "risk filters land.");
            }
        } finally {
            traffic.stop();
        }
    }

    private void slowReader() throws InterruptedException {
        int members = settings.integer("members");
        int senders = settings.integer("senders");
        double rate = settings.number("rate");
        int slowCount = settings.integer("slow-readers");
        double seconds = settings.seconds("duration");
        RoomId room = new RoomId(settings.string("room"));
        List<VirtualMember> all = createMembers(members, i -> room, i -> 0);
        // the slow readers are the last members: never senders
        List<VirtualMember> slow = all.subList(all.size() - Math.min(slowCount, all.size() - senders), all.size());
        for (VirtualMember m : slow) {
            m.slow = true;
            m.tracked = false;
        }
        connectAll(all, "members");
        List<VirtualMember> sending = all.stream().filter(VirtualMember::isReady).limit(senders).toList();
        Traffic traffic = new Traffic(client, sending);
        try {
            warmUp(traffic, rate);
            Results.Step baseline = step(traffic, "all reading", rate, 0, seconds, members);
            long stopped = System.nanoTime();
            for (VirtualMember m : slow) {
                m.loop.execute(() -> m.setReading(false));
            }
            Map<VirtualMember, Long> bytesAtStop = new LinkedHashMap<>();
            for (VirtualMember m : slow) {
                bytesAtStop.put(m, await(m.loop.submit(() -> m.bytesRead)));
            }
            Results.Step withSlow = step(traffic, slow.size() + " stopped reading", rate, 0, seconds, members);
            // read again: what the server queued before cutting them off arrives, then the close
            for (VirtualMember m : slow) {
                m.loop.execute(() -> m.setReading(true));
            }
            Thread.sleep(5_000);
            int cut = 0;
            List<Map<String, Object>> details = new ArrayList<>();
            for (VirtualMember m : slow) {
                Map<String, Object> d = await(m.loop.submit(() -> {
                    Map<String, Object> info = new LinkedHashMap<>();
                    info.put("handle", m.handle);
                    info.put("closedByServer", m.closedByServer);
                    info.put("closeCode", m.closeCode == 0 ? "none (connection closed without a close frame)"
                            : String.valueOf(m.closeCode));
                    info.put("bytesReadAfterStopping", m.bytesRead - bytesAtStop.get(m));
                    info.put("stillConnected", m.channel != null && m.channel.isActive());
                    return info;
                }));
                if (Boolean.TRUE.equals(d.get("closedByServer"))) {
                    cut++;
                }
                details.add(d);
            }
            findings.put("slowReaders", slow.size());
            findings.put("slowReadersCutOff", cut);
            findings.put("slowReaderSecondsWithoutReading", Collector.round((System.nanoTime() - stopped) / 1e9, 1));
            findings.put("slowReaderDetails", details);
            findings.put("othersP99MsBaseline", baseline.latency().p99());
            findings.put("othersP99MsWithSlowReaders", withSlow.latency().p99());
            findings.put("documentedBound", "limits.slow-consumer-bytes (default 1 MiB queued) or "
                    + "limits.slow-consumer-time (default 10 s unwritable), whichever comes first; "
                    + "plus the kernel's socket buffers on both ends");
            if (cut < slow.size()) {
                problems.add((slow.size() - cut) + " of " + slow.size()
                        + " slow readers were not cut off by the server within the run");
            }
        } finally {
            traffic.stop();
        }
    }

    private void resumeStorm() throws InterruptedException {
        int rooms = settings.integer("rooms");
        int perRoom = settings.integer("members-per-room");
        int sendersPerRoom = Math.min(perRoom, settings.integer("senders-per-room"));
        double rate = settings.number("rate");
        double dropShare = settings.number("drop-share");
        double before = settings.seconds("duration");
        double away = settings.seconds("away");
        int concurrency = settings.integer("connect-concurrency");
        List<RoomId> roomIds = roomIds(rooms);
        List<VirtualMember> all = createMembers(rooms * perRoom, i -> roomIds.get(i % rooms), i -> i % rooms);
        connectAll(all, "members");
        List<VirtualMember> sending = new ArrayList<>();
        List<VirtualMember> droppable = new ArrayList<>();
        for (VirtualMember m : all) {
            if (!m.isReady()) {
                continue;
            }
            if ((m.index / rooms) < sendersPerRoom) {
                sending.add(m);
            } else {
                droppable.add(m);
            }
        }
        List<VirtualMember> dropping = droppable.subList(0, (int) Math.round(droppable.size() * Math.min(1, dropShare)));
        notes.add("Server needs --rooms=" + abbreviateRooms(rooms));
        Traffic traffic = new Traffic(client, sending);
        try {
            warmUp(traffic, rate);
            double total = before * 2 + away;
            collector.beginStep("storm", rate, all.size());
            long start = System.nanoTime() + 5_000_000;
            traffic.run(rate, start, start + (long) (total * 1e9), 0);
            sleepUntil(start + (long) (before * 1e9));
            long dropAt = System.nanoTime();
            for (VirtualMember m : dropping) {
                m.loop.execute(() -> {
                    m.dropAbruptly();
                    m.resuming = true;
                    m.resumeLastSeq = m.tracker.contiguous();
                });
            }
            sleepUntil(dropAt + (long) (away * 1e9));
            long stormStart = System.nanoTime();
            Semaphore permits = new Semaphore(concurrency);
            List<CompletableFuture<VirtualMember>> futures = new ArrayList<>();
            for (VirtualMember m : dropping) {
                permits.acquire();
                CompletableFuture<VirtualMember> f = m.connect();
                f.whenComplete((ok, err) -> permits.release());
                futures.add(f);
            }
            int failed = awaitAll(futures, 60);
            long stormEnd = System.nanoTime();
            sleepUntil(start + (long) (total * 1e9));
            collector.drain(300, (long) (settings.seconds("drain-max") * 1000));
            Results.Step step = collector.endStep(total, traffic.skipped());
            printStep(step);
            int resumed = 0;
            int exact = 0;
            int resets = 0;
            for (VirtualMember m : dropping) {
                boolean[] r = await(m.loop.submit(() -> new boolean[] {m.resumedSession,
                        Boolean.TRUE.equals(m.resumedExactly), m.resetOnResume}));
                resumed += r[0] ? 1 : 0;
                exact += r[1] ? 1 : 0;
                resets += r[2] ? 1 : 0;
            }
            findings.put("dropped", dropping.size());
            findings.put("resumedSessions", resumed);
            findings.put("gotExactlyTheMissedMessages", exact);
            findings.put("resets", resets);
            findings.put("reconnectFailures", failed);
            findings.put("stormSeconds", Collector.round((stormEnd - stormStart) / 1e9, 3));
            findings.put("awaySeconds", away);
            findings.put("messagesRecoveredFromHistory", collector.totals().historyDeliveries());
            if (exact < dropping.size()) {
                problems.add((dropping.size() - exact) + " of " + dropping.size()
                        + " resumed members did not get exactly the messages they missed");
            }
            if (resumed < dropping.size()) {
                problems.add((dropping.size() - resumed) + " of " + dropping.size()
                        + " members did not get their session back");
            }
        } finally {
            traffic.stop();
        }
    }

    private void idle() throws InterruptedException {
        int connections = settings.integer("connections");
        int rooms = settings.integer("rooms");
        double hold = settings.seconds("duration");
        boolean gc = settings.flag("gc");
        ProcStats server = collector.server();
        List<RoomId> roomIds = roomIds(rooms);
        notes.add("Server needs --rooms=" + abbreviateRooms(rooms));
        long heapBefore = server != null && gc ? server.heapAfterGcKiB() : -1;
        long rssBefore = server == null ? -1 : server.rssKiB();
        long selfRssBefore = ProcStats.self().rssKiB();
        List<VirtualMember> all = createMembers(connections, i -> roomIds.get(i % rooms), i -> i % rooms);
        collector.beginStep("connect and hold", 0, connections);
        long t0 = System.nanoTime();
        int failed = connectAll(all, "idle members");
        double connectSeconds = (System.nanoTime() - t0) / 1e9;
        Thread.sleep((long) (hold * 1000));
        Results.Step step = collector.endStep(hold, 0);
        printStep(step);
        long rssAfter = server == null ? -1 : server.rssKiB();
        long heapAfter = server != null && gc ? server.heapAfterGcKiB() : -1;
        long rssAfterGc = server == null ? -1 : server.rssKiB();
        int ok = connections - failed;
        findings.put("connections", ok);
        findings.put("connectFailures", failed);
        findings.put("connectSeconds", Collector.round(connectSeconds, 2));
        findings.put("connectsPerSecond", Collector.round(ok / connectSeconds, 0));
        findings.put("setupP50Ms", step.setup().p50());
        findings.put("setupP99Ms", step.setup().p99());
        if (server != null && ok > 0) {
            findings.put("serverRssBeforeKiB", rssBefore);
            findings.put("serverRssAfterKiB", rssAfter);
            findings.put("serverRssAfterGcKiB", rssAfterGc);
            findings.put("serverRssKiBPerConnection", Collector.round((double) (rssAfter - rssBefore) / ok, 2));
            findings.put("serverRssKiBPerConnectionAfterGc", Collector.round((double) (rssAfterGc - rssBefore) / ok, 2));
            if (heapBefore >= 0 && heapAfter >= 0) {
                findings.put("serverHeapAfterGcBeforeKiB", heapBefore);
                findings.put("serverHeapAfterGcAfterKiB", heapAfter);
                findings.put("serverHeapKiBPerConnection", Collector.round((double) (heapAfter - heapBefore) / ok, 2));
            }
        }
        findings.put("generatorRssKiBPerConnection",
                Collector.round((double) (ProcStats.self().rssKiB() - selfRssBefore) / Math.max(1, ok), 2));
    }

    private void churn() throws InterruptedException {
        int rooms = settings.integer("rooms");
        int listenersPerRoom = settings.integer("listeners-per-room");
        double arrivals = settings.number("arrivals-per-second");
        double sessionSeconds = settings.seconds("session-seconds");
        int messages = settings.integer("messages-per-session");
        double duration = settings.seconds("duration");
        List<RoomId> roomIds = roomIds(rooms);
        notes.add("Server needs --rooms=" + abbreviateRooms(rooms));
        List<VirtualMember> listeners = createMembers(rooms * listenersPerRoom, i -> roomIds.get(i % rooms),
                i -> i % rooms);
        connectAll(listeners, "listeners");
        collector.beginStep("churn", arrivals * messages, listeners.size());
        long start = System.nanoTime();
        long end = start + (long) (duration * 1e9);
        long gap = (long) (1e9 / arrivals);
        long spacing = messages <= 0 ? 0 : (long) (sessionSeconds * 1e9 / messages);
        int[] started = {0};
        int[] joined = {0};
        int[] failed = {0};
        int[] completed = {0};
        Object lock = new Object();
        long next = start;
        int churnIndex = 0;
        while (next < end) {
            sleepUntil(next);
            int i = churnIndex++;
            VirtualMember m = newMember(roomIds.get(i % rooms), i % rooms);
            m.tracked = false;
            synchronized (lock) {
                started[0]++;
            }
            m.connect().whenComplete((ok, err) -> {
                if (err != null) {
                    synchronized (lock) {
                        failed[0]++;
                    }
                    client.forget(m);
                    return;
                }
                synchronized (lock) {
                    joined[0]++;
                }
                long first = System.nanoTime() + spacing / 2;
                for (int k = 0; k < messages; k++) {
                    long at = first + k * spacing;
                    m.loop.schedule(() -> m.sendMessage(at - client.baseNanos(), TextStamp.PLAIN),
                            Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                m.loop.schedule(() -> {
                    m.leaveAndClose();
                    client.forget(m);
                    synchronized (lock) {
                        completed[0]++;
                    }
                }, (long) (sessionSeconds * 1e9), TimeUnit.NANOSECONDS);
            });
            next += gap;
        }
        Thread.sleep((long) (sessionSeconds * 1000) + 1_000);
        collector.drain(300, (long) (settings.seconds("drain-max") * 1000));
        Results.Step step = collector.endStep(duration, 0);
        printStep(step);
        synchronized (lock) {
            findings.put("sessionsStarted", started[0]);
            findings.put("sessionsJoined", joined[0]);
            findings.put("sessionsCompleted", completed[0]);
            findings.put("sessionsFailed", failed[0]);
        }
        findings.put("arrivalsPerSecond", arrivals);
        findings.put("setupP50Ms", step.setup().p50());
        findings.put("setupP99Ms", step.setup().p99());
        findings.put("listeners", listeners.size());
        synchronized (lock) {
            if (failed[0] > 0) {
                problems.add(failed[0] + " churning sessions failed to connect or join");
            }
        }
    }

    // ---- building blocks ----

    private void ramp(List<VirtualMember> sending, int members, List<Double> rates, double share)
            throws InterruptedException {
        double seconds = settings.seconds("duration");
        int stopAfter = settings.integer("stop-after-failures");
        Traffic traffic = new Traffic(client, sending);
        try {
            warmUp(traffic, rates.get(0));
            int failures = 0;
            for (double rate : rates) {
                Results.Step step = step(traffic, fmt(rate) + " msg/s", rate, share, seconds, members);
                if (!step.passed() && ++failures >= stopAfter) {
                    notes.add("Ramp stopped after step '" + step.name() + "' failed (--stop-after-failures="
                            + stopAfter + ")");
                    break;
                }
            }
        } finally {
            traffic.stop();
        }
    }

    private void warmUp(Traffic traffic, double rate) throws InterruptedException {
        double warmup = settings.seconds("warmup");
        if (warmup <= 0) {
            return;
        }
        long start = System.nanoTime() + 5_000_000;
        long end = start + (long) (warmup * 1e9);
        traffic.run(rate, start, end, 0);
        sleepUntil(end);
        collector.drain(300, (long) (settings.seconds("drain-max") * 1000));
    }

    private Results.Step step(Traffic traffic, String name, double rate, double share, double seconds, int members)
            throws InterruptedException {
        long skippedBefore = traffic.skipped();
        collector.beginStep(name, rate, members);
        long start = System.nanoTime() + 5_000_000;
        long end = start + (long) (seconds * 1e9);
        traffic.run(rate, start, end, share);
        sleepUntil(end);
        collector.drain(300, (long) (settings.seconds("drain-max") * 1000));
        Results.Step step = collector.endStep(seconds, traffic.skipped() - skippedBefore);
        printStep(step);
        return step;
    }

    private Results.Step capacity() {
        Results.Step best = null;
        for (Results.Step s : collector.steps()) {
            if (s.passed() && (best == null || s.deliveriesPerSecond() > best.deliveriesPerSecond())) {
                best = s;
            }
        }
        return best;
    }

    interface IntToRoom {
        RoomId room(int index);
    }

    interface IntToInt {
        int apply(int index);
    }

    private List<VirtualMember> createMembers(int count, IntToRoom rooms, IntToInt roomIndex) {
        List<VirtualMember> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(newMember(rooms.room(i), roomIndex.apply(i)));
        }
        return list;
    }

    private VirtualMember newMember(RoomId room, int roomIndex) {
        int index = nextIndex++;
        return client.newMember(index, runTag + "-" + index, room, roomIndex);
    }

    /** Connects every member, a bounded number at a time; returns how many failed. */
    private int connectAll(List<VirtualMember> members, String what) throws InterruptedException {
        int concurrency = settings.integer("connect-concurrency");
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<VirtualMember>> futures = new ArrayList<>(members.size());
        long t0 = System.nanoTime();
        for (VirtualMember m : members) {
            permits.acquire();
            CompletableFuture<VirtualMember> f = m.connect();
            f.whenComplete((ok, err) -> permits.release());
            futures.add(f);
        }
        int failed = awaitAll(futures, 120);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("connected %d %s in %.1f s (%d failed, %d source addresses)%n", members.size() - failed,
                what, seconds, failed, client.sourcesFor(members.size()));
        if (failed > 0) {
            problems.add(failed + " of " + members.size() + " " + what + " failed to connect and join");
        }
        return failed;
    }

    private static int awaitAll(List<CompletableFuture<VirtualMember>> futures, int timeoutSeconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int failed = 0;
        for (CompletableFuture<VirtualMember> f : futures) {
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                failed++;
            }
        }
        return failed;
    }

    private List<RoomId> roomIds(int rooms) {
        String prefix = settings.string("room-prefix");
        List<RoomId> ids = new ArrayList<>(rooms);
        for (int i = 1; i <= rooms; i++) {
            ids.add(new RoomId(prefix + i));
        }
        return ids;
    }

    private String abbreviateRooms(int rooms) {
        String prefix = settings.string("room-prefix");
        return rooms <= 3 ? roomsFlag(rooms, prefix) : "lounge," + prefix + "1,...," + prefix + rooms
                + " (print the full list with --print-rooms=" + rooms + ")";
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

    private static <T> T await(java.util.concurrent.Future<T> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    static void printStep(Results.Step s) {
        System.out.printf("  %-24s sent %7d  deliveries %9d (%,.0f/s)  p50 %7.2f  p99 %8.2f  max %8.2f ms  "
                        + "lost %d dup %d ooo %d  rej %d  srv %s µs/dlv %s%%cpu  gen %.0f%%cpu  %s%n",
                s.name(), s.sent(), s.deliveries(), s.deliveriesPerSecond(), s.latency().p50(), s.latency().p99(),
                s.latency().max(), s.lost(), s.duplicates(), s.outOfOrder(), s.rejected(),
                s.serverCpuMicrosPerDelivery() < 0 ? "-" : String.valueOf(s.serverCpuMicrosPerDelivery()),
                s.serverCpuPercent() < 0 ? "-" : String.valueOf(s.serverCpuPercent()), s.generatorCpuPercent(),
                s.passed() ? "PASS" : "FAIL");
    }
}
