package org.hearth.load;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.RoomId;

/** The scenarios that measure connections: many held idle, and short sessions arriving and leaving. */
final class ConnectionScenarios {
    private ConnectionScenarios() {
    }

    static void idle(ScenarioRun run) throws InterruptedException {
        Settings settings = run.settings;
        Collector collector = run.collector;
        int connections = settings.integer("connections");
        int rooms = settings.integer("rooms");
        double hold = settings.seconds("duration");
        boolean gc = settings.flag("gc");
        ProcStats server = collector.server();
        List<RoomId> roomIds = run.roomIds(rooms);
        run.noteRoomsNeeded(rooms);
        long heapBefore = server != null && gc ? server.heapAfterGcKiB() : -1;
        long rssBefore = server == null ? -1 : server.rssKiB();
        long selfRssBefore = ProcStats.self().rssKiB();
        List<VirtualMember> all = run.createMembers(connections, roomIds);
        collector.beginStep("connect and hold", 0, connections);
        long t0 = System.nanoTime();
        int failed = run.connectAll(all, "idle members");
        double connectSeconds = (System.nanoTime() - t0) / 1e9;
        Thread.sleep((long) (hold * 1000));
        Results.Step step = collector.endStep(hold, 0);
        StepLine.print(step);
        long rssAfter = server == null ? -1 : server.rssKiB();
        long heapAfter = server != null && gc ? server.heapAfterGcKiB() : -1;
        long rssAfterGc = server == null ? -1 : server.rssKiB();
        int ok = connections - failed;
        run.findings.put("connections", ok);
        run.findings.put("connectFailures", failed);
        run.findings.put("connectSeconds", Collector.round(connectSeconds, 2));
        run.findings.put("connectsPerSecond", Collector.round(ok / connectSeconds, 0));
        run.findings.put("setupP50Ms", step.setup().p50());
        run.findings.put("setupP99Ms", step.setup().p99());
        if (server != null && ok > 0) {
            run.findings.put("serverRssBeforeKiB", rssBefore);
            run.findings.put("serverRssAfterKiB", rssAfter);
            run.findings.put("serverRssAfterGcKiB", rssAfterGc);
            run.findings.put("serverRssKiBPerConnection", Collector.round((double) (rssAfter - rssBefore) / ok, 2));
            run.findings.put("serverRssKiBPerConnectionAfterGc",
                    Collector.round((double) (rssAfterGc - rssBefore) / ok, 2));
            if (heapBefore >= 0 && heapAfter >= 0) {
                run.findings.put("serverHeapAfterGcBeforeKiB", heapBefore);
                run.findings.put("serverHeapAfterGcAfterKiB", heapAfter);
                run.findings.put("serverHeapKiBPerConnection",
                        Collector.round((double) (heapAfter - heapBefore) / ok, 2));
            }
        }
        run.findings.put("generatorRssKiBPerConnection",
                Collector.round((double) (ProcStats.self().rssKiB() - selfRssBefore) / Math.max(1, ok), 2));
    }

    static void churn(ScenarioRun run) throws InterruptedException {
        Settings settings = run.settings;
        LoadClient client = run.client;
        Collector collector = run.collector;
        int rooms = settings.integer("rooms");
        int listenersPerRoom = settings.integer("listeners-per-room");
        double arrivals = settings.number("arrivals-per-second");
        double sessionSeconds = settings.seconds("session-seconds");
        int messages = settings.integer("messages-per-session");
        double duration = settings.seconds("duration");
        List<RoomId> roomIds = run.roomIds(rooms);
        run.noteRoomsNeeded(rooms);
        List<VirtualMember> listeners = run.createMembers(rooms * listenersPerRoom, roomIds);
        run.connectAll(listeners, "listeners");
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
            ScenarioRun.sleepUntil(next);
            int i = churnIndex++;
            VirtualMember m = run.newMember(roomIds.get(i % rooms), i % rooms);
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
        run.drain();
        Results.Step step = collector.endStep(duration, 0);
        StepLine.print(step);
        synchronized (lock) {
            run.findings.put("sessionsStarted", started[0]);
            run.findings.put("sessionsJoined", joined[0]);
            run.findings.put("sessionsCompleted", completed[0]);
            run.findings.put("sessionsFailed", failed[0]);
        }
        run.findings.put("arrivalsPerSecond", arrivals);
        run.findings.put("setupP50Ms", step.setup().p50());
        run.findings.put("setupP99Ms", step.setup().p99());
        run.findings.put("listeners", listeners.size());
        synchronized (lock) {
            if (failed[0] > 0) {
                run.problems.add(failed[0] + " churning sessions failed to connect or join");
            }
        }
    }
}
