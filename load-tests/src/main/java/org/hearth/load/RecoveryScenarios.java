package org.hearth.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.RoomId;

/** The scenarios that measure recovery: members that stop reading, and members that drop and resume. */
final class RecoveryScenarios {
    private RecoveryScenarios() {
    }

    static void slowReader(ScenarioRun run) throws InterruptedException {
        Settings settings = run.settings;
        int members = settings.integer("members");
        int senders = settings.integer("senders");
        double rate = settings.number("rate");
        int slowCount = settings.integer("slow-readers");
        double seconds = settings.seconds("duration");
        RoomId room = new RoomId(settings.string("room"));
        List<VirtualMember> all = run.createMembers(members, List.of(room));
        // the slow readers are the last members: never senders
        List<VirtualMember> slow = all.subList(all.size() - Math.min(slowCount, all.size() - senders), all.size());
        for (VirtualMember m : slow) {
            m.slow = true;
            m.tracked = false;
        }
        run.connectAll(all, "members");
        List<VirtualMember> sending = all.stream().filter(VirtualMember::isReady).limit(senders).toList();
        Traffic traffic = new Traffic(run.client, sending);
        try {
            run.warmUp(traffic, rate);
            Results.Step baseline = run.step(traffic, "all reading", rate, 0, seconds, members);
            long stopped = System.nanoTime();
            for (VirtualMember m : slow) {
                m.loop.execute(() -> m.setReading(false));
            }
            Map<VirtualMember, Long> bytesAtStop = new LinkedHashMap<>();
            for (VirtualMember m : slow) {
                bytesAtStop.put(m, await(m.loop.submit(() -> m.bytesRead)));
            }
            Results.Step withSlow = run.step(traffic, slow.size() + " stopped reading", rate, 0, seconds, members);
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
            run.findings.put("slowReaders", slow.size());
            run.findings.put("slowReadersCutOff", cut);
            run.findings.put("slowReaderSecondsWithoutReading",
                    Collector.round((System.nanoTime() - stopped) / 1e9, 1));
            run.findings.put("slowReaderDetails", details);
            run.findings.put("othersP99MsBaseline", baseline.latency().p99());
            run.findings.put("othersP99MsWithSlowReaders", withSlow.latency().p99());
            run.findings.put("documentedBound", "limits.slow-consumer-bytes (default 1 MiB queued) or "
                    + "limits.slow-consumer-time (default 10 s unwritable), whichever comes first; "
                    + "plus the kernel's socket buffers on both ends");
            if (cut < slow.size()) {
                run.problems.add((slow.size() - cut) + " of " + slow.size()
                        + " slow readers were not cut off by the server within the run");
            }
        } finally {
            traffic.stop();
        }
    }

    static void resumeStorm(ScenarioRun run) throws InterruptedException {
        Settings settings = run.settings;
        int rooms = settings.integer("rooms");
        int perRoom = settings.integer("members-per-room");
        int sendersPerRoom = Math.min(perRoom, settings.integer("senders-per-room"));
        double rate = settings.number("rate");
        double dropShare = settings.number("drop-share");
        double before = settings.seconds("duration");
        double away = settings.seconds("away");
        int concurrency = settings.integer("connect-concurrency");
        List<RoomId> roomIds = run.roomIds(rooms);
        List<VirtualMember> all = run.createMembers(rooms * perRoom, roomIds);
        run.connectAll(all, "members");
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
        run.noteRoomsNeeded(rooms);
        Traffic traffic = new Traffic(run.client, sending);
        try {
            run.warmUp(traffic, rate);
            double total = before * 2 + away;
            run.collector.beginStep("storm", rate, all.size());
            long start = System.nanoTime() + 5_000_000;
            traffic.run(rate, start, start + (long) (total * 1e9), 0);
            ScenarioRun.sleepUntil(start + (long) (before * 1e9));
            long dropAt = System.nanoTime();
            for (VirtualMember m : dropping) {
                m.loop.execute(() -> {
                    m.dropAbruptly();
                    m.resuming = true;
                    m.resumeLastSeq = m.tracker.contiguous();
                });
            }
            ScenarioRun.sleepUntil(dropAt + (long) (away * 1e9));
            long stormStart = System.nanoTime();
            int failed = run.connect(dropping, concurrency, 60);
            long stormEnd = System.nanoTime();
            ScenarioRun.sleepUntil(start + (long) (total * 1e9));
            run.drain();
            Results.Step step = run.collector.endStep(total, traffic.skipped());
            StepLine.print(step);
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
            run.findings.put("dropped", dropping.size());
            run.findings.put("resumedSessions", resumed);
            run.findings.put("gotExactlyTheMissedMessages", exact);
            run.findings.put("resets", resets);
            run.findings.put("reconnectFailures", failed);
            run.findings.put("stormSeconds", Collector.round((stormEnd - stormStart) / 1e9, 3));
            run.findings.put("awaySeconds", away);
            run.findings.put("messagesRecoveredFromHistory", run.collector.totals().historyDeliveries());
            if (exact < dropping.size()) {
                run.problems.add((dropping.size() - exact) + " of " + dropping.size()
                        + " resumed members did not get exactly the messages they missed");
            }
            if (resumed < dropping.size()) {
                run.problems.add((dropping.size() - resumed) + " of " + dropping.size()
                        + " members did not get their session back");
            }
        } finally {
            traffic.stop();
        }
    }

    /** A member's state, read on its own event loop. */
    private static <T> T await(Future<T> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
