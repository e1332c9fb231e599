package org.hearth.server.safety.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns text into the words a word list is matched against, undoing the trivial evasions:
 * case ("KILL"), accents ("kíll"), look-alike characters ("k1ll", "kіll" with a Cyrillic i,
 * "$elf"), repeated letters ("kiiiill"), and letters spaced apart ("k i l l", "k.i.l.l").
 * Words stay words, so a listed word is not found inside a longer one ("skill" is not "kill").
 * Stateless and thread-safe.
 */
public final class TextNormalizer {
    /** Characters people use in place of letters, and look-alike letters of other scripts. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('0', 'o'), Map.entry('1', 'i'), Map.entry('3', 'e'), Map.entry('4', 'a'),
            Map.entry('5', 's'), Map.entry('7', 't'), Map.entry('@', 'a'), Map.entry('$', 's'),
            Map.entry('!', 'i'), Map.entry('|', 'l'),
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'),
            Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('ο', 'o'),
            Map.entry('α', 'a'), Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ν', 'v'));

    /**
     * The same as a table, so the message path does no map lookups: the letter a character stands
     * for, or 0. Every look-alike lies below {@code U+0530}.
     */
    private static final char[] ALIKE = new char[0x0530];

    /** For each ASCII character, the lower-case letter it is, or 0. */
    private static final char[] ASCII_LETTER = new char[0x80];

    static {
        LOOK_ALIKES.forEach((symbol, letter) -> ALIKE[symbol] = letter);
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = c;
            ASCII_LETTER[Character.toUpperCase(c)] = c;
        }
    }

    /** {@link #words} as a reading of a message, made once per message; the list is not to be changed. */
    public static final MessageText.Reading<List<String>> WORDS = new MessageText.Reading<>(message -> words(message.text()));

    private TextNormalizer() {
    }

    /** The normalised words of the text, in order. */
    public static List<String> words(String text) {
        return words(text.toCharArray(), text.length());
    }

    /**
     * The normalised words of the first {@code length} characters of {@code text}, which is not
     * changed: for a reader that has marked a text up in a buffer of its own, so that it need not
     * make a string of it first.
     */
    public static List<String> words(char[] text, int length) {
        // Most messages are plain ASCII: read them with table look-ups alone, and start over with the
        // general reading only when a character beyond ASCII turns up.
        WordCollector words = new WordCollector(length);
        if (readAscii(text, length, words)) {
            return words.finish();
        }
        return readGeneral(new String(text, 0, length));
    }

    /** {@link #words} for any text, accents decomposed and dropped, look-alikes of other scripts read. */
    private static List<String> readGeneral(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        int length = folded.length();
        WordCollector words = new WordCollector(length);
        char next = length > 0 ? folded.charAt(0) : 0;
        for (int i = 0; i < length; i++) {
            char c = next;
            next = i + 1 < length ? folded.charAt(i + 1) : 0;
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of the letter before
            }
            char alike = c < ALIKE.length ? ALIKE[c] : 0;
            boolean letter = Character.isLetter(c);
            // A look-alike counts as a letter before a letter ("k1ll", "$elf", "sh!t"); a digit also
            // inside or at the end of a word ("h3ll0"); punctuation at a word's end stays punctuation ("kill!").
            boolean symbolAsLetter = alike != 0 && !letter
                    && ((i + 1 < length && Character.isLetter(next)) || (c >= '0' && c <= '9' && words.inWord()));
            if (letter || symbolAsLetter) {
                words.letter(alike != 0 ? alike : c); // "kiiiill" -> "kil", and "kill" -> "kil": both sides fold alike
            } else {
                words.endWord();
            }
        }
        return words.finish();
    }

    /**
     * The reading of {@link #words} for ASCII text, where lower-casing is a table look-up and there is
     * nothing to decompose; the same rules, in fewer steps. False, with the words left unfinished, at
     * the first character beyond ASCII.
     */
    private static boolean readAscii(char[] text, int length, WordCollector words) {
        // The word's letters are gathered in locals here, not in the collector's fields: this loop
        // runs once per character of every message, the collector once per word.
        char[] word = new char[32];
        int wordLength = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c >= 0x80) {
                return false;
            }
            char letter = ASCII_LETTER[c];
            if (letter == 0) {
                char alike = ALIKE[c];
                char next = i + 1 < length ? text[i + 1] : 0;
                if (alike != 0 && ((next < 0x80 && ASCII_LETTER[next] != 0) || (c >= '0' && c <= '9' && wordLength > 0))) {
                    letter = alike;
                } else {
                    if (wordLength > 0) {
                        words.word(word, wordLength);
                        wordLength = 0;
                    }
                    continue;
                }
            }
            if (wordLength == 0 || word[wordLength - 1] != letter) {
                if (wordLength == word.length) {
                    word = Arrays.copyOf(word, wordLength * 2);
                }
                word[wordLength++] = letter;
            }
        }
        if (wordLength > 0) {
            words.word(word, wordLength);
        }
        return true;
    }
}
