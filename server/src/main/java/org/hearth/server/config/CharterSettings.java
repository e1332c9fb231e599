package org.hearth.server.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.protocol.RoomId;

/**
 * An operator's edit of a room's charter, as the settings it changes: the same {@code room.NAME.*}
 * keys an operator writes in the config file, so one loader checks both and an edit reads like a
 * line of the file. Fields left out of the edit keep their values; a list given (rules, support)
 * replaces the whole list. Stateless.
 */
public final class CharterSettings {
    /** The most rules, and support lines, a charter has (the file's numbering goes to 99). */
    public static final int MAX_ENTRIES = 99;

    private static final Map<String, String> TEXT_FIELDS = Map.of("title", "title", "purpose", "purpose",
            "locale", "locale", "moderationHours", "moderation-hours");
    private static final Map<String, String> POLICY_FIELDS = Map.of("risk", "risk",
            "suicideDiscussion", "suicide-discussion", "links", "links", "whenUnmoderated", "unmoderated",
            "abuse", "abuse");
    private static final Set<String> FIELDS = Set.of("title", "purpose", "locale", "moderationHours", "rules", "support",
            "policies");

    private CharterSettings() {
    }

    /**
     * The settings an edit changes.
     *
     * @param fields the edit as JSON values: strings, lists of strings, and {@code policies} as an
     *     object (with {@code slowModeSeconds} a whole number)
     * @throws IllegalArgumentException naming the field that is wrong and what would be right
     */
    public static Map<String, String> of(RoomId room, Map<String, Object> fields) {
        String prefix = "room." + room.value() + ".";
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if (TEXT_FIELDS.containsKey(name)) {
                settings.put(prefix + TEXT_FIELDS.get(name), text(name, value));
            } else if (name.equals("rules") || name.equals("support")) {
                list(prefix + (name.equals("rules") ? "rule." : "support."), name, value, settings);
            } else if (name.equals("policies")) {
                policies(prefix + "policy.", value, settings);
            } else {
                throw new IllegalArgumentException("unknown charter field '" + name + "' (expected some of: "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("the edit changes nothing (expected some of: "
                    + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        }
        return settings;
    }

    private static String text(String name, Object value) {
        if (!(value instanceof String text) || text.isBlank() || text.length() > 2000 || text.contains("\n")) {
            throw new IllegalArgumentException(name + ": expected one line of text, 1-2000 characters");
        }
        return text.trim();
    }

    /** Entries 1..n from the list, and blanks after them, so the old list's tail is cleared. */
    private static void list(String keyPrefix, String name, Object value, Map<String, String> settings) {
        if (!(value instanceof List<?> entries) || entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(name + ": expected a list of at most " + MAX_ENTRIES + " lines of text");
        }
        for (int n = 1; n <= MAX_ENTRIES; n++) {
            settings.put(keyPrefix + n, n <= entries.size() ? text(name + "[" + (n - 1) + "]", entries.get(n - 1)) : "");
        }
    }

    private static void policies(String keyPrefix, Object value, Map<String, String> settings) {
        if (!(value instanceof Map<?, ?> policies)) {
            throw new IllegalArgumentException("policies: expected an object such as {\"risk\": \"hold\"}");
        }
        for (Map.Entry<?, ?> policy : policies.entrySet()) {
            String name = String.valueOf(policy.getKey());
            if (name.equals("slowModeSeconds")) {
                if (!(policy.getValue() instanceof Integer seconds) || seconds < 0 || seconds > 3600) {
                    throw new IllegalArgumentException("policies.slowModeSeconds: expected a whole number, 0 to 3600");
                }
                settings.put(keyPrefix + "slow-mode", seconds + "s");
            } else if (POLICY_FIELDS.containsKey(name)) {
                settings.put(keyPrefix + POLICY_FIELDS.get(name), text("policies." + name, policy.getValue()));
            } else {
                throw new IllegalArgumentException("unknown policy '" + name + "' (expected some of: abuse, links, risk,"
                        + " slowModeSeconds, suicideDiscussion, whenUnmoderated)");
            }
        }
    }
}
