package org.hearth.server.safety.risk;

import java.util.Arrays;
import org.hearth.server.safety.text.TextNormalizer;

/**
 * The fast path of {@link RiskText#read} for plain ASCII text, which most messages are: one pass
 * that finds boundaries and builds the words by the shared normaliser's rules (lower case,
 * look-alike digits and symbols read as letters, repeated letters folded, spaced-out letters
 * joined) with table look-ups, without copying each piece of the text or classifying characters
 * the Unicode way. A test holds it to {@link RiskText#readSegments}, which uses
 * {@link TextNormalizer} itself. Stateless and thread-safe.
 */
final class AsciiReader {
    /** For each ASCII character: the lower-case letter it is, or 0. */
    private static final char[] LETTER = new char[0x80];
    /** For each ASCII character: the letter a look-alike digit or symbol stands for (the shared normaliser's), or 0. */
    private static final char[] ALIKE = new char[0x80];
    /** For each ASCII character that may end a sentence or a clause: which, before the checks of {@link RiskText#boundaryAt}. */
    private static final boolean[] MAY_BREAK = new boolean[0x80];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LETTER[c] = c;
            LETTER[c - 'a' + 'A'] = c;
        }
        String symbols = "013457@$!|";
        String letters = "oieastasil";
        for (int k = 0; k < symbols.length(); k++) {
            ALIKE[symbols.charAt(k)] = letters.charAt(k);
        }
        for (char c : ".!?;\n\r,:()".toCharArray()) {
            MAY_BREAK[c] = true;
        }
    }

    private AsciiReader() {
    }

    /**
     * The words of {@code text} and the boundary before each, those outside {@code vocabulary} read as
     * {@link Vocabulary#UNKNOWN}; or null at the first character beyond ASCII.
     */
    static RiskText.Words read(String text, Vocabulary vocabulary) {
        int length = text.length();
        RiskText.Collector out = new RiskText.Collector(length, vocabulary);
        char[] word = new char[Math.min(length, 64) + 1];
        int wordLength = 0;
        // One-letter words in a row ("k i l l") become one word, as the normaliser joins them.
        char[] run = new char[Math.min(length, 64) + 1];
        int runLength = 0;
        byte pending = RiskText.SENTENCE_BREAK;
        for (int i = 0; i <= length; i++) {
            byte boundary = RiskText.NO_BREAK;
            if (i < length) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return null;
                }
                char letter = LETTER[c];
                if (letter == 0 && MAY_BREAK[c]) {
                    boundary = RiskText.boundaryAt(text, i, c);
                }
                if (boundary == RiskText.NO_BREAK) {
                    if (letter == 0) {
                        char next = i + 1 < length ? text.charAt(i + 1) : 0;
                        boolean beforeLetter = next < 0x80 && LETTER[next] != 0;
                        if (c == '\'' && beforeLetter && i > 0 && text.charAt(i - 1) < 0x80 && LETTER[text.charAt(i - 1)] != 0) {
                            continue; // "don't" reads as "dont"
                        }
                        char alike = ALIKE[c];
                        if (alike != 0 && (beforeLetter || (c >= '0' && c <= '9' && wordLength > 0))) {
                            letter = alike;
                        }
                    }
                    if (letter != 0) {
                        if (wordLength == 0 || word[wordLength - 1] != letter) {
                            if (wordLength == word.length) {
                                word = Arrays.copyOf(word, wordLength * 2);
                            }
                            word[wordLength++] = letter;
                        }
                        continue;
                    }
                }
            }
            // Not a letter: the word so far ends here.
            if (wordLength == 1) {
                if (runLength == 0 || run[runLength - 1] != word[0]) {
                    if (runLength == run.length) {
                        run = Arrays.copyOf(run, runLength * 2);
                    }
                    run[runLength++] = word[0];
                }
            } else if (wordLength > 1) {
                if (runLength > 0) {
                    out.add(run, runLength, pending);
                    pending = RiskText.NO_BREAK;
                    runLength = 0;
                }
                out.add(word, wordLength, pending);
                pending = RiskText.NO_BREAK;
            }
            wordLength = 0;
            if (boundary != RiskText.NO_BREAK || i == length) {
                if (runLength > 0) {
                    out.add(run, runLength, pending);
                    pending = RiskText.NO_BREAK;
                    runLength = 0;
                }
                pending = (byte) Math.max(pending, boundary);
            }
        }
        return out.done();
    }
}
