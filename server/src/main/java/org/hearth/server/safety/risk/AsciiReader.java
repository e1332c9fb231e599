package org.hearth.server.safety.risk;

import org.hearth.server.safety.text.TextNormalizer;

/**
 * The fast path of {@link RiskText#read} for plain ASCII text, which most messages are: one pass
 * that finds boundaries and builds the words by the shared normaliser's rules (lower case,
 * look-alike digits and symbols read as letters, repeated letters folded, spaced-out letters
 * joined) without copying each piece of the text or classifying characters the Unicode way. A
 * test holds it to {@link RiskText#readSegments}, which uses {@link TextNormalizer} itself.
 * Stateless and thread-safe.
 */
final class AsciiReader {
    private AsciiReader() {
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static RiskText.Words read(String text) {
        int length = text.length();
        RiskText.Collector out = new RiskText.Collector(length);
        char[] word = new char[length];
        int wordLength = 0;
        // One-letter words in a row ("k i l l") become one word, as the normaliser joins them.
        char[] run = new char[length];
        int runLength = 0;
        byte pending = RiskText.SENTENCE_BREAK;
        for (int i = 0; i <= length; i++) {
            byte boundary = RiskText.NO_BREAK;
            if (i < length) {
                char c = text.charAt(i);
                boundary = RiskText.boundaryAt(text, i, c);
                if (boundary == RiskText.NO_BREAK) {
                    if (RiskText.isApostrophe(c) && i > 0 && i + 1 < length && isLetter(lower(text.charAt(i - 1)))
                            && isLetter(lower(text.charAt(i + 1)))) {
                        continue; // "don't" reads as "dont"
                    }
                    char lower = lower(c);
                    char alike = lookAlike(lower);
                    boolean beforeLetter = i + 1 < length && isLetter(lower(text.charAt(i + 1)));
                    if (isLetter(lower) || (alike != 0 && (beforeLetter || (isDigit(lower) && wordLength > 0)))) {
                        char letter = alike != 0 ? alike : lower;
                        if (wordLength == 0 || word[wordLength - 1] != letter) {
                            word[wordLength++] = letter;
                        }
                        continue;
                    }
                }
            }
            // Not a letter: the word so far ends here.
            if (wordLength == 1) {
                if (runLength == 0 || run[runLength - 1] != word[0]) {
                    run[runLength++] = word[0];
                }
            } else if (wordLength > 1) {
                if (runLength > 0) {
                    out.add(new String(run, 0, runLength), pending);
                    pending = RiskText.NO_BREAK;
                    runLength = 0;
                }
                out.add(new String(word, 0, wordLength), pending);
                pending = RiskText.NO_BREAK;
            }
            wordLength = 0;
            if (boundary != RiskText.NO_BREAK || i == length) {
                if (runLength > 0) {
                    out.add(new String(run, 0, runLength), pending);
                    pending = RiskText.NO_BREAK;
                    runLength = 0;
                }
                pending = (byte) Math.max(pending, boundary);
            }
        }
        return out.done();
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

    /** The ASCII look-alikes of the shared normaliser; 0 for none. */
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
