package org.hearth.server.safety.abuse;

import java.util.List;
import java.util.Locale;

/**
 * Checks a message's raw text for a spelling with its repeated letters. The shared normaliser
 * folds "coon" to "con" and "nigger" to "Niger" (so that "kiiill" reads "kill"), which makes a few
 * slurs look like ordinary words; for those the detector asks here whether the writer actually
 * spelled the slur. Evasions still count: the raw letters are read with look-alikes undone and
 * with spaces and punctuation between them dropped ("n i g g e r", "n1gger"). Stateless.
 */
final class RepeatedLetters {
    private RepeatedLetters() {
    }

    /** Whether the letters of {@code raw}, read as described, hold any of {@code spellings}. */
    static boolean containsAny(String raw, List<String> spellings) {
        String letters = letters(raw);
        for (String spelling : spellings) {
            if (letters.contains(spelling)) {
                return true;
            }
        }
        return false;
    }

    /** The raw text's letters only, lower case, look-alike digits and symbols read as letters, runs cut to two. */
    private static String letters(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = switch (lower.charAt(i)) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> lower.charAt(i);
            };
            if (!Character.isLetter(c)) {
                continue;
            }
            int length = out.length();
            if (length >= 2 && out.charAt(length - 1) == c && out.charAt(length - 2) == c) {
                continue; // "cooooon" reads "coon"
            }
            out.append(c);
        }
        return out.toString();
    }
}
