package org.hearth.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * A member's pseudonym: 2–24 characters from ASCII letters, digits, '_', '-' and '.', starting
 * with a letter or digit. Handles that could pass for staff or the system are reserved (see
 * {@link #RESERVED_WORDS}). Two handles are the same handle when they differ only in case.
 *
 * @param value the handle as the member typed it
 */
public record Handle(@JsonValue String value) {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 24;

    /** Words a handle may not contain once case and the separators '_', '-', '.' are ignored. */
    public static final List<String> RESERVED_WORDS =
            List.of("moderator", "admin", "operator", "hearth", "system", "official");

    /** Whole handles (after the same folding) that are reserved. */
    public static final List<String> RESERVED_HANDLES =
            List.of("mod", "mods", "staff", "support", "server", "root", "everyone", "here", "helpline");

    @JsonCreator
    public Handle {
        if (value == null) {
            throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "handle is missing");
        }
        if (!hasValidShape(value)) {
            throw new ProtocolViolation(ErrorCode.INVALID_HANDLE,
                    "handle '" + printable(value, MAX_LENGTH) + "' is not allowed (expected: "
                            + MIN_LENGTH + "-" + MAX_LENGTH
                            + " of A-Z, a-z, 0-9, '_', '-', '.', starting with a letter or digit)");
        }
        String folded = fold(value);
        if (RESERVED_HANDLES.contains(folded) || RESERVED_WORDS.stream().anyMatch(folded::contains)) {
            throw new ProtocolViolation(ErrorCode.HANDLE_RESERVED,
                    "handle '" + value + "' is reserved so that nobody can pass for staff; choose another");
        }
    }

    /** The form under which two handles are compared: lower case. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean hasValidShape(String value) {
        int n = value.length();
        if (n < MIN_LENGTH || n > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String fold(String value) {
        StringBuilder folded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '_' && c != '-' && c != '.') {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    /** A bounded, control-free echo of untrusted input for error messages. */
    static String printable(String value, int max) {
        String cut = value.length() > max ? value.substring(0, max) + "..." : value;
        return cut.codePoints()
                .map(cp -> Character.isISOControl(cp) ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
