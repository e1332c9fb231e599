package org.hearth.server.safety.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Python-style list of strings, {@code ['one', "two's", 'a \'quote\'']}, as data sets
 * written by Python's {@code str(list)} hold them. A list cut off part-way still gives its complete
 * strings: the truncated tail is dropped and the result says it was incomplete. Stateless.
 */
public final class PythonStringList {
    private PythonStringList() {
    }

    /**
     * @param items the strings read in full
     * @param complete whether the list was read to its closing bracket
     */
    public record Parsed(List<String> items, boolean complete) {
        public Parsed {
            items = List.copyOf(items);
        }
    }

    public static Parsed parse(String text) {
        List<String> items = new ArrayList<>();
        int i = skipSpace(text, 0);
        if (i >= text.length() || text.charAt(i) != '[') {
            return new Parsed(items, false);
        }
        i = skipSpace(text, i + 1);
        StringBuilder item = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ']') {
                return new Parsed(items, true);
            }
            if (c != '\'' && c != '"') {
                return new Parsed(items, false); // not a list of strings past this point
            }
            int end = readString(text, i, item);
            if (end < 0) {
                return new Parsed(items, false); // cut off inside this string: keep the ones before it
            }
            items.add(item.toString());
            item.setLength(0);
            i = skipSpace(text, end);
            if (i < text.length() && text.charAt(i) == ',') {
                i = skipSpace(text, i + 1);
            }
        }
        return new Parsed(items, false);
    }

    /** Reads the string literal quoted at {@code start} into {@code out}; the index after it, or -1 if it never closes. */
    private static int readString(String text, int start, StringBuilder out) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= text.length()) {
                return -1;
            }
            char escaped = text.charAt(i + 1);
            i += 2;
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\', '\'', '"' -> out.append(escaped);
                case 'x' -> i = appendCode(text, i, 2, out);
                case 'u' -> i = appendCode(text, i, 4, out);
                default -> out.append('\\').append(escaped); // Python keeps unknown escapes as written
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int appendCode(String text, int from, int digits, StringBuilder out) {
        if (from + digits > text.length()) {
            return -1;
        }
        try {
            out.append((char) Integer.parseInt(text.substring(from, from + digits), 16));
        } catch (NumberFormatException e) {
            out.append(text, from - 2, from + digits); // not a code after all: keep the characters
        }
        return from + digits;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
