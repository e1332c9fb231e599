package org.hearth.load;

import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.RoomId;

/** The scenarios that measure message traffic: one big room, many small rooms, and moderated messages mixed in. */
final class TrafficScenarios {
    private TrafficScenarios() {
    }

    static void bigRoom(ScenarioRun run) throws InterruptedException {
        Settings settings = run.settings;
        int members = settings.integer("members");
        int senders = settings.integer("senders");
        List<Double> rates = settings.numbers("rates");
        double share = settings.number("moderated-share");
        RoomId room = new RoomId(settings.string("room"));
        List<VirtualMember> all = run.createMembers(members, List.of(room));
        run.connectAll(all, "members");
        List<VirtualMember> sending = all.stream().filter(VirtualMember::isReady).limit(senders).toList();
        ramp(run, sending, members, rates, share);
        Results.Step capacity = capacity(run);
        putCapacity(run, capacity);
        run.findings.put("capacityServerCpuMicrosPerDelivery",
                capacity == null ? -1 : capacity.serverCpuMicrosPerDelivery());
        run.findings.put("perSenderMessagesPerMinuteAtTopStep",
                Collector.round(rates.get(rates.size() - 1) * 60 / Math.max(1, senders), 0));
    }

    static void manyRooms(ScenarioRun run) throws InterruptedException {
        Settings settings = run.settings;
        int rooms = settings.integer("rooms");
        int perRoom = settings.integer("members-per-room");
        int sendersPerRoom = Math.min(perRoom, settings.integer("senders-per-room"));
        List<Double> rates = settings.numbers("rates");
        double share = settings.number("moderated-share");
        List<RoomId> roomIds = run.roomIds(rooms);
        List<VirtualMember> all = run.createMembers(rooms * perRoom, roomIds);
        run.connectAll(all, "members");
        List<VirtualMember> sending = new ArrayList<>();
        for (VirtualMember m : all) {
            if (m.isReady() && (m.index / rooms) < sendersPerRoom) {
                sending.add(m);
            }
        }
        run.noteRoomsNeeded(rooms);
        ramp(run, sending, all.size(), rates, share);
        putCapacity(run, capacity(run));
        run.findings.put("perSenderMessagesPerMinuteAtTopStep",
                Collector.round(rates.get(rates.size() - 1) * 60 / Math.max(1, sending.size()), 1));
    }

    static void moderationMix(ScenarioRun run) throws InterruptedException {
        Settings settings = run.settings;
        int members = settings.integer("members");
        int senders = settings.integer("senders");
        double rate = settings.number("rate");
        double share = settings.number("moderated-share");
        double seconds = settings.seconds("duration");
        RoomId room = new RoomId(settings.string("room"));
        List<VirtualMember> all = run.createMembers(members, List.of(room));
        run.connectAll(all, "members");
        List<VirtualMember> sending = all.stream().filter(VirtualMember::isReady).limit(senders).toList();
        Traffic traffic = new Traffic(run.client, sending);
        try {
            run.warmUp(traffic, rate);
            Results.Step plain = run.step(traffic, "no filter triggers", rate, 0, seconds, members);
            Results.Step mixed = run.step(traffic, Math.round(share * 100) + "% with e-mail/phone", rate, share,
                    seconds, members);
            run.findings.put("moderatedShare", share);
            run.findings.put("passedP99MsWithoutTriggers", plain.latency().p99());
            run.findings.put("passedP99MsWithTriggers", mixed.plainLatency().p99());
            run.findings.put("moderatedP99Ms", mixed.moderatedLatency().p99());
            run.findings.put("redactedDeliveries", mixed.redacted());
            run.findings.put("heldAcks", mixed.held());
            run.findings.put("serverCpuMicrosPerDeliveryWithout", plain.serverCpuMicrosPerDelivery());
            run.findings.put("serverCpuMicrosPerDeliveryWith", mixed.serverCpuMicrosPerDelivery());
            if (mixed.redacted() == 0 && mixed.held() == 0) {
                run.notes.add("The server redacted and held nothing: today its only filter is the rate limit, so the "
                        + "'moderated' messages pass like any other. The scenario gains meaning as the PII and "
                        + "risk filters land.");
            }
        } finally {
            traffic.stop();
        }
    }

    /** One step per rate, in order, until {@code --stop-after-failures} steps have failed. */
    private static void ramp(ScenarioRun run, List<VirtualMember> sending, int members, List<Double> rates,
            double share) throws InterruptedException {
        double seconds = run.settings.seconds("duration");
        int stopAfter = run.settings.integer("stop-after-failures");
        Traffic traffic = new Traffic(run.client, sending);
        try {
            run.warmUp(traffic, rates.get(0));
            int failures = 0;
            for (double rate : rates) {
                Results.Step step = run.step(traffic, fmt(rate) + " msg/s", rate, share, seconds, members);
                if (!step.passed() && ++failures >= stopAfter) {
                    run.notes.add("Ramp stopped after step '" + step.name() + "' failed (--stop-after-failures="
                            + stopAfter + ")");
                    break;
                }
            }
        } finally {
            traffic.stop();
        }
    }

    /** The passed step with the most deliveries per second, or null when none passed. */
    private static Results.Step capacity(ScenarioRun run) {
        Results.Step best = null;
        for (Results.Step s : run.collector.steps()) {
            if (s.passed() && (best == null || s.deliveriesPerSecond() > best.deliveriesPerSecond())) {
                best = s;
            }
        }
        return best;
    }

    private static void putCapacity(ScenarioRun run, Results.Step capacity) {
        run.findings.put("capacityMessagesPerSecond", capacity == null ? 0 : capacity.offeredMessagesPerSecond());
        run.findings.put("capacityDeliveriesPerSecond", capacity == null ? 0 : capacity.deliveriesPerSecond());
        run.findings.put("capacityP99Ms", capacity == null ? 0 : capacity.latency().p99());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
