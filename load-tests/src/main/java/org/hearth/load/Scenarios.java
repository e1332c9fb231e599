package org.hearth.load;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard scenarios by name, each a preset of sizes that any {@code --key=value} overrides,
 * and the code that runs it.
 */
public final class Scenarios {
    /** The settings every scenario has, with their defaults. */
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

    private static final Map<String, Scenario> BY_NAME = byName(List.of(
            new Scenario("big-room", Map.of("members", "1000", "senders", "10", "rates", "50,100,200,400,800,1600",
                    "duration", "10s", "stop-after-failures", "1", "moderated-share", "0"),
                    TrafficScenarios::bigRoom),
            new Scenario("many-rooms", Map.of("rooms", "500", "members-per-room", "10", "senders-per-room", "10",
                    "rates", "500,1000,2000,4000,8000,16000,24000", "duration", "10s", "stop-after-failures", "1",
                    "moderated-share", "0"),
                    TrafficScenarios::manyRooms),
            new Scenario("idle", Map.of("connections", "10000", "rooms", "100", "duration", "10s", "gc", "true"),
                    ConnectionScenarios::idle),
            new Scenario("churn", Map.of("rooms", "10", "listeners-per-room", "20", "arrivals-per-second", "50",
                    "session-seconds", "2s", "messages-per-session", "2", "duration", "20s"),
                    ConnectionScenarios::churn),
            new Scenario("slow-reader", Map.of("members", "500", "senders", "5", "rate", "400", "slow-readers", "5",
                    "duration", "20s"),
                    RecoveryScenarios::slowReader),
            new Scenario("resume-storm", Map.of("rooms", "10", "members-per-room", "100", "senders-per-room", "2",
                    "rate", "200", "drop-share", "1.0", "duration", "5s", "away", "3s"),
                    RecoveryScenarios::resumeStorm),
            new Scenario("moderation-mix", Map.of("members", "1000", "senders", "10", "rate", "400",
                    "moderated-share", "0.1", "duration", "10s"),
                    TrafficScenarios::moderationMix)));

    private Scenarios() {
    }

    private static Map<String, Scenario> byName(List<Scenario> scenarios) {
        Map<String, Scenario> map = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            map.put(s.name(), s);
        }
        return map;
    }

    /** The scenario of that name, or null when there is none. */
    static Scenario named(String name) {
        return BY_NAME.get(name);
    }

    static Collection<Scenario> all() {
        return BY_NAME.values();
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
