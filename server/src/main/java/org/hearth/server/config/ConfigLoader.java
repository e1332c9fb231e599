package org.hearth.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.protocol.ProtocolViolation;
import org.hearth.protocol.RoomId;
import org.hearth.server.safety.disclosure.DisclosureKind;

/**
 * Loads the configuration. Later sources override earlier ones: built-in defaults, then the
 * config file ({@code --config=FILE} or {@code HEARTH_CONFIG}), then environment variables
 * ({@code HEARTH_SERVER_PORT} for {@code server.port}), then flags ({@code --server.port=9000}).
 * Every value is checked once here; a bad one stops start-up with a message that says what would
 * be right.
 */
public final class ConfigLoader {
    /** Every static key with its default, in the order the example file documents them. */
    static final Map<String, String> DEFAULTS = defaults();

    private static final Pattern ROOM_KEY = Pattern.compile("room\\.([a-z][a-z0-9-]*)\\.(title|purpose|retention|words\\.hold|words\\.reject|rule\\.[1-9][0-9]?|support\\.[1-9][0-9]?|locale"
            + "|moderation-hours|filters|policy\\.(risk|suicide-discussion|links|slow-mode|unmoderated|abuse))");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private ConfigLoader() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("server.bind", "127.0.0.1");
        d.put("server.port", "8080");
        d.put("server.io-threads", "0");
        d.put("server.allowed-origins", "");
        d.put("server.shutdown-grace", "5s");
        d.put("limits.frame-bytes", "16384");
        d.put("limits.text-length", "4000");
        d.put("limits.json-depth", "4");
        d.put("limits.messages-per-minute", "30");
        d.put("limits.frames-per-second", "20");
        d.put("limits.joins-per-connection", "20");
        d.put("limits.connections-per-address", "1000");
        d.put("limits.slow-consumer-bytes", "1048576");
        d.put("limits.slow-consumer-time", "10s");
        d.put("sessions.resume-grace", "2m");
        d.put("history.window", "1000");
        d.put("history.on-join", "100");
        d.put("store.backend", "sqlite");
        d.put("store.path", "data");
        d.put("store.url", "");
        d.put("store.pool-size", "4");
        d.put("store.power-loss-durable", "false");
        d.put("store.max-batch", "2000");
        d.put("store.retention", "30d");
        d.put("cluster.redis-url", "");
        d.put("cluster.channel-prefix", "hearth:");
        d.put("metrics.access", "operator");
        d.put("logging.format", "text");
        d.put("safety.disclosure.threshold", "3");
        d.put("safety.disclosure.window", "7d");
        d.put("safety.disclosure.cool-down", "24h");
        d.put("rooms", "lounge");
        d.put("room.lounge.title", "The lounge");
        d.put("room.lounge.purpose",
                "A place to talk with others who understand. Be kind; share what feels right and nothing that identifies you.");
        d.put("room.lounge.rule.1", "Be kind. Everyone here is carrying something.");
        d.put("room.lounge.rule.2", "Keep names, places and contact details out of the room, yours and other people's.");
        d.put("room.lounge.rule.3", "No details of methods of self-harm or suicide. Say how you feel; a moderator will help.");
        d.put("room.lounge.support.1", "Samaritans (UK and Ireland): call 116 123, any time, free");
        d.put("room.lounge.support.2", "Shout (UK): text SHOUT to 85258, any time, free");
        d.put("room.lounge.support.3", "In immediate danger: call your local emergency number (999 in the UK, 112 in the EU)");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** Loads from the command line and the environment (and the file either names). */
    public static HearthConfig load(String[] args, Map<String, String> environment) {
        Map<String, String> flags = parseFlags(args);
        String file = flags.containsKey("config") ? flags.remove("config") : environment.get("HEARTH_CONFIG");
        Map<String, String> settings = new LinkedHashMap<>();
        if (file != null && !file.isBlank()) {
            settings.putAll(readFile(Path.of(file)));
        }
        settings.putAll(fromEnvironment(environment));
        settings.putAll(flags);
        return fromSettings(settings);
    }

    /** Builds the configuration from the defaults overridden by {@code overrides}. */
    public static HearthConfig fromSettings(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            String key = entry.getKey().trim();
            if (!DEFAULTS.containsKey(key) && !ROOM_KEY.matcher(key).matches()) {
                List<String> known = DEFAULTS.keySet().stream().filter(k -> !ROOM_KEY.matcher(k).matches()).toList();
                throw new IllegalArgumentException("unknown setting '" + key + "' (expected one of: "
                        + String.join(", ", known) + ", room.<name>.title, room.<name>.purpose, room.<name>.retention,"
                        + " room.<name>.words.hold, room.<name>.words.reject, room.<name>.rule.N, room.<name>.support.N,"
                        + " room.<name>.locale, room.<name>.moderation-hours, room.<name>.policy.*)");
            }
            all.put(key, entry.getValue().trim());
        }
        Settings s = new Settings(all);
        Limits limits = new Limits(
                s.intIn("limits.frame-bytes", 256, 16 * 1024 * 1024),
                s.intIn("limits.text-length", 1, 1_000_000),
                s.intIn("limits.json-depth", 1, 64),
                s.intIn("limits.messages-per-minute", 1, 1_000_000),
                s.intIn("limits.frames-per-second", 1, 1_000_000),
                s.intIn("limits.joins-per-connection", 1, 10_000),
                s.intIn("limits.connections-per-address", 1, 10_000_000),
                s.intIn("limits.slow-consumer-bytes", 64 * 1024, Integer.MAX_VALUE),
                s.duration("limits.slow-consumer-time"));
        if ((long) limits.textLength() > limits.frameBytes()) {
            throw new IllegalArgumentException("limits.text-length: " + limits.textLength()
                    + " (expected: at most limits.frame-bytes, " + limits.frameBytes() + ")");
        }
        int window = s.intIn("history.window", 1, 10_000_000);
        int onJoin = s.intIn("history.on-join", 0, window);
        return new HearthConfig(
                s.text("server.bind"),
                s.intIn("server.port", 0, 65535),
                s.intIn("server.io-threads", 0, 1024),
                s.list("server.allowed-origins"),
                limits,
                s.duration("sessions.resume-grace"),
                window,
                onJoin,
                s.duration("server.shutdown-grace"),
                store(s),
                ClusterConfig.of(all.get("cluster.redis-url"), s.text("cluster.channel-prefix"), store(s).backend()),
                new SafetyConfig(s.intIn("safety.disclosure.threshold", 2, DisclosureKind.values().length),
                        s.duration("safety.disclosure.window"), s.duration("safety.disclosure.cool-down")),
                rooms(s, all, overrides.keySet()),
                new ObservabilityConfig(
                        ObservabilityConfig.MetricsAccess.valueOf(oneOf(all, "metrics.access", "operator", "open")
                                .toUpperCase(java.util.Locale.ROOT)),
                        ObservabilityConfig.LogFormat.valueOf(oneOf(all, "logging.format", "text", "json")
                                .toUpperCase(java.util.Locale.ROOT))),
                overrides);
    }

    private static StoreConfig store(Settings s) {
        String backend = s.text("store.backend");
        StoreConfig.Backend kind = switch (backend) {
            case "sqlite" -> StoreConfig.Backend.SQLITE;
            case "postgresql" -> StoreConfig.Backend.POSTGRESQL;
            case "memory" -> StoreConfig.Backend.MEMORY;
            default -> throw new IllegalArgumentException("store.backend: '" + backend
                    + "' (expected: sqlite, postgresql or memory)");
        };
        String url = s.values().get("store.url");
        return new StoreConfig(kind, java.nio.file.Path.of(s.text("store.path")), s.bool("store.power-loss-durable"),
                s.intIn("store.max-batch", 1, 100_000),
                url == null || url.isBlank() ? null : DatabaseUrl.parse("store.url", url),
                s.intIn("store.pool-size", StoreConfig.MIN_POOL_SIZE, 1_000));
    }

    private static List<RoomConfig> rooms(Settings s, Map<String, String> all, java.util.Set<String> setByUser) {
        List<String> names = s.list("rooms");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("rooms: empty (expected: at least one room name, such as lounge)");
        }
        List<RoomConfig> rooms = new ArrayList<>();
        for (String name : names) {
            RoomId id;
            try {
                id = new RoomId(name);
            } catch (ProtocolViolation e) {
                throw new IllegalArgumentException("rooms: " + e.getMessage());
            }
            String title = all.getOrDefault("room." + name + ".title", name);
            String purpose = all.getOrDefault("room." + name + ".purpose", "");
            String retentionKey = all.containsKey("room." + name + ".retention") ? "room." + name + ".retention" : "store.retention";
            Duration retention = s.duration(retentionKey);
            if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException(retentionKey + ": " + all.get(retentionKey)
                        + " (expected: at least 1m, such as 12h or 30d)");
            }
            rooms.add(new RoomConfig(id, title, purpose, retention, phrases(all.get("room." + name + ".words.hold")),
                    phrases(all.get("room." + name + ".words.reject")), filters(name, all), charter(name, all, setByUser, s)));
        }
        for (String key : setByUser) { // the built-in lounge's defaults do not count when it is not listed
            Matcher m = ROOM_KEY.matcher(key.trim());
            if (m.matches() && !names.contains(m.group(1))) {
                throw new IllegalArgumentException(key + ": room '" + m.group(1) + "' is not listed in rooms ("
                        + String.join(", ", names) + ")");
            }
        }
        if (rooms.stream().map(RoomConfig::id).distinct().count() != rooms.size()) {
            throw new IllegalArgumentException("rooms: a name is listed twice (" + String.join(", ", names) + ")");
        }
        return rooms;
    }

    /**
     * A room's charter from its room.NAME.* keys, with defaults that describe a cautious room. The
     * numbered lists (rules, support) are taken whole: set any rule and the built-in rules give way
     * to yours, rather than mixing with them.
     */
    private static Charter charter(String room, Map<String, String> all, java.util.Set<String> setByUser, Settings s) {
        String prefix = "room." + room + ".";
        Map<String, String> rulesFrom = listSource(prefix + "rule.", all, setByUser);
        Map<String, String> supportFrom = listSource(prefix + "support.", all, setByUser);
        List<org.hearth.protocol.RoomSummary.Rule> rules = new ArrayList<>();
        List<String> support = new ArrayList<>();
        for (int n = 1; n <= 99; n++) {
            String rule = rulesFrom.get(prefix + "rule." + n);
            if (rule != null && !rule.isBlank()) {
                rules.add(new org.hearth.protocol.RoomSummary.Rule("rule-" + n, rule.trim()));
            }
            String line = supportFrom.get(prefix + "support." + n);
            if (line != null && !line.isBlank()) {
                support.add(line.trim());
            }
        }
        String slowKey = prefix + "policy.slow-mode";
        Duration slowMode = all.containsKey(slowKey) ? s.duration(slowKey) : Duration.ZERO;
        return new Charter(rules, all.getOrDefault(prefix + "locale", "en-GB").trim(),
                all.getOrDefault(prefix + "moderation-hours", "not published").trim(), support,
                new Charter.Policies(
                        oneOf(all, prefix + "policy.risk", "hold", "allow-with-support"),
                        oneOf(all, prefix + "policy.suicide-discussion", "precluded", "allowed"),
                        oneOf(all, prefix + "policy.links", "allowed", "refused"),
                        slowMode,
                        oneOf(all, prefix + "policy.unmoderated", "flow", "hold-all", "hold-flagged"),
                        oneOf(all, prefix + "policy.abuse", "hold", "reject")));
    }

    /** The room's filters in the order they run: each a known name, each at most once. */
    private static List<String> filters(String room, Map<String, String> all) {
        String key = "room." + room + ".filters";
        List<String> names = phrases(all.getOrDefault(key, String.join(", ", RoomConfig.FILTERS)));
        for (String name : names) {
            if (!RoomConfig.FILTERS.contains(name)) {
                throw new IllegalArgumentException(key + ": unknown filter '" + name + "' (expected some of: "
                        + String.join(", ", RoomConfig.FILTERS) + ")");
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException(key + ": a filter is listed twice (" + String.join(", ", names) + ")");
        }
        return names;
    }

    /** The user's own entries of a numbered list when they set any, else the defaults'. */
    private static Map<String, String> listSource(String keyPrefix, Map<String, String> all, java.util.Set<String> setByUser) {
        boolean userSetsList = setByUser.stream().anyMatch(key -> key.trim().startsWith(keyPrefix));
        if (!userSetsList) {
            return all;
        }
        Map<String, String> own = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (!key.startsWith(keyPrefix) || setByUser.contains(key)) {
                own.put(key, value);
            }
        });
        return own;
    }

    /** The key's value, which must be one of {@code allowed}; the first is the default. */
    private static String oneOf(Map<String, String> all, String key, String... allowed) {
        String value = all.getOrDefault(key, allowed[0]).trim();
        if (!List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(key + ": '" + value + "' (expected one of: " + String.join(", ", allowed) + ")");
        }
        return value;
    }

    /** A comma-separated list of words and phrases. */
    private static List<String> phrases(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private static Map<String, String> parseFlags(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("argument '" + arg
                        + "' is not understood (expected: --key=value, such as --server.port=9000 or --config=hearth.properties)");
            }
            int eq = arg.indexOf('=');
            flags.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return flags;
    }

    /** HEARTH_SERVER_PORT sets server.port; HEARTH_ROOMS sets rooms. */
    private static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : DEFAULTS.keySet()) {
            String name = "HEARTH_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            String value = environment.get(name);
            if (value != null) {
                settings.put(key, value);
            }
        }
        return settings;
    }

    private static Map<String, String> readFile(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("config file " + path + " could not be read: " + e.getMessage());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }

    /** Typed, checked access to the merged settings. */
    private record Settings(Map<String, String> values) {
        String text(String key) {
            String value = values.get(key);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(key + ": empty (expected: a value such as " + DEFAULTS.get(key) + ")");
            }
            return value;
        }

        int intIn(String key, int min, int max) {
            String value = text(key);
            try {
                int parsed = Integer.parseInt(value.replace("_", ""));
                if (parsed < min || parsed > max) {
                    throw new IllegalArgumentException(key + ": " + parsed + " (expected: " + min + " to " + max + ")");
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": '" + value + "' (expected: a whole number, " + min + " to " + max + ")");
            }
        }

        Duration duration(String key) {
            String value = text(key);
            Matcher m = DURATION.matcher(value);
            if (!m.matches()) {
                throw new IllegalArgumentException(key + ": '" + value + "' (expected: a duration such as 500ms, 10s, 2m, 1h or 30d)");
            }
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }

        boolean bool(String key) {
            String value = text(key);
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(key + ": '" + value + "' (expected: true or false)");
            };
        }

        List<String> list(String key) {
            String value = values.get(key);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        }
    }
}
