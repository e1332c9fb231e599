package org.hearth.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line settings ({@code --key=value}) over a scenario preset's defaults. Every value read
 * is remembered, so the result file lists exactly the settings the run used; a key no one read is
 * a typo and is refused.
 */
public final class Settings {
    private final Map<String, String> given;
    private final Map<String, String> defaults;
    private final Map<String, Object> used = new LinkedHashMap<>();

    public Settings(Map<String, String> given, Map<String, String> defaults) {
        this.given = new LinkedHashMap<>(given);
        this.defaults = defaults;
    }

    /** Parses {@code --key=value} arguments ({@code --flag} alone means true). */
    public static Map<String, String> parse(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("argument '" + arg + "' (expected: --key=value)");
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                map.put(arg.substring(2), "true");
            } else {
                map.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return map;
    }

    public String string(String key) {
        String value = given.containsKey(key) ? given.get(key) : defaults.get(key);
        if (value == null) {
            throw new IllegalArgumentException("--" + key + " is needed");
        }
        used.put(key, value);
        return value;
    }

    public String stringOrNull(String key) {
        String value = given.containsKey(key) ? given.get(key) : defaults.get(key);
        if (value != null) {
            used.put(key, value);
        }
        return value;
    }

    public int integer(String key) {
        String value = string(key);
        try {
            int parsed = Integer.parseInt(value.replace("_", "").replace(",", ""));
            used.put(key, parsed);
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + "=" + value + " (expected: a whole number)");
        }
    }

    public double number(String key) {
        String value = string(key);
        try {
            double parsed = value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1)) / 100
                    : Double.parseDouble(value);
            used.put(key, parsed);
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + "=" + value + " (expected: a number)");
        }
    }

    public boolean flag(String key) {
        String value = string(key);
        boolean parsed = value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes");
        used.put(key, parsed);
        return parsed;
    }

    /** A list of numbers, comma-separated. */
    public List<Double> numbers(String key) {
        String value = string(key);
        List<Double> list = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                try {
                    list.add(Double.parseDouble(part.trim().replace("_", "")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--" + key + "=" + value + " (expected: numbers, comma-separated)");
                }
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("--" + key + " is empty");
        }
        used.put(key, list);
        return list;
    }

    /** A duration in seconds: {@code 10}, {@code 10s}, {@code 500ms}, {@code 2m}. */
    public double seconds(String key) {
        String value = string(key).trim();
        double parsed;
        try {
            if (value.endsWith("ms")) {
                parsed = Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
            } else if (value.endsWith("s")) {
                parsed = Double.parseDouble(value.substring(0, value.length() - 1));
            } else if (value.endsWith("m")) {
                parsed = Double.parseDouble(value.substring(0, value.length() - 1)) * 60;
            } else {
                parsed = Double.parseDouble(value);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + "=" + value + " (expected: a duration such as 10s, 500ms, 2m)");
        }
        if (parsed < 0) {
            throw new IllegalArgumentException("--" + key + "=" + value + " (expected: >= 0)");
        }
        used.put(key, value);
        return parsed;
    }

    /** Keys given on the command line that nothing read: typos. */
    public Set<String> unused() {
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(used.keySet());
        return unknown;
    }

    public Map<String, Object> used() {
        return new LinkedHashMap<>(used);
    }
}
