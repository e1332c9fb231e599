package org.hearth.server.safety.risk;

import java.util.List;
import org.hearth.server.safety.text.TextNormalizer;

/**
 * The fast path of {@link TextNormalizer#words} for plain ASCII text, which most messages are: the
 * same words by the same rules (lower case, look-alike digits and symbols read as letters, repeated
 * letters folded, spaced-out letters joined), without the per-character map lookups and Unicode
 * classification that text in other scripts needs. A test holds it to the normaliser's output.
 * Stateless and thread-safe.
 */
final class AsciiWords {
    private AsciiWords() {
    }

    static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Appends the normalised words of an ASCII segment to {@code out}, as {@link TextNormalizer#words} would. */
    static void words(CharSequence segment, List<String> out) {
        int length = segment.length();
        words(segment, out, new char[length], new char[length]);
    }

    /**
     * As {@link #words(CharSequence, List)}, with scratch buffers of at least the segment's length,
     * so a message of many segments allocates them once.
     */
    static void words(CharSequence segment, List<String> out, char[] word, char[] run) {
        int length = segment.length();
        int wordLength = 0;
        // One-letter words in a row ("k i l l") become one word, as the normaliser joins them.
        int runLength = 0;
        int runWords = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? lower(segment.charAt(i)) : ' ';
            char alike = lookAlike(c);
            boolean letter = c >= 'a' && c <= 'z';
            boolean beforeLetter = i + 1 < length && isLetter(lower(segment.charAt(i + 1)));
            boolean symbolAsLetter = alike != 0 && (beforeLetter || (isDigit(c) && wordLength > 0));
            if (letter || symbolAsLetter) {
                char folded = alike != 0 ? alike : c;
                if (wordLength == 0 || word[wordLength - 1] != folded) {
                    word[wordLength++] = folded;
                }
                continue;
            }
            if (wordLength == 0) {
                continue;
            }
            if (wordLength == 1) {
                if (runLength == 0 || run[runLength - 1] != word[0]) {
                    run[runLength++] = word[0];
                }
                runWords++;
            } else {
                if (runWords > 0) {
                    out.add(new String(run, 0, runLength));
                    runLength = 0;
                    runWords = 0;
                }
                out.add(new String(word, 0, wordLength));
            }
            wordLength = 0;
        }
        if (runWords > 0) {
            out.add(new String(run, 0, runLength));
        }
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The ASCII look-alikes of the normaliser; 0 for none. */
    private static char lookAlike(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '|' -> 'l';
            default -> 0;
        };
    }
}
