package org.hearth.server.safety.text;

import java.text.Normalizer;
import java.util.ArrayList;
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

    static {
        LOOK_ALIKES.forEach((symbol, letter) -> ALIKE[symbol] = letter);
    }

    private TextNormalizer() {
    }

    /** The normalised words of the text, in order. */
    public static List<String> words(String text) {
        // Most messages are plain ASCII: lower-cased as they are read, with nothing to decompose.
        boolean ascii = isAscii(text);
        String folded = ascii ? text : Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        int length = folded.length();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char next = length > 0 ? lower(folded.charAt(0), ascii) : 0;
        for (int i = 0; i < length; i++) {
            char c = next;
            next = i + 1 < length ? lower(folded.charAt(i + 1), ascii) : 0;
            if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of the letter before
            }
            char alike = c < ALIKE.length ? ALIKE[c] : 0;
            boolean letter = isLetter(c, ascii);
            // A look-alike counts as a letter before a letter ("k1ll", "$elf", "sh!t"); a digit also
            // inside or at the end of a word ("h3ll0"); punctuation at a word's end stays punctuation ("kill!").
            boolean symbolAsLetter = alike != 0 && !letter
                    && ((i + 1 < length && isLetter(next, ascii)) || (c >= '0' && c <= '9' && word.length() > 0));
            if (letter || symbolAsLetter) {
                char as = alike != 0 ? alike : c;
                if (word.isEmpty() || word.charAt(word.length() - 1) != as) {
                    word.append(as); // "kiiiill" -> "kil", and "kill" -> "kil": both sides fold alike
                }
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return joinSpacedLetters(words);
    }

    private static char lower(char c, boolean ascii) {
        return ascii && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isLetter(char c, boolean ascii) {
        return ascii ? c >= 'a' && c <= 'z' : Character.isLetter(c);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** "k i l l" came out as four one-letter words: runs of two or more of them are read as one word. */
    private static List<String> joinSpacedLetters(List<String> words) {
        List<String> joined = new ArrayList<>(words.size());
        StringBuilder run = new StringBuilder();
        int runLength = 0;
        for (String word : words) {
            if (word.length() == 1) {
                if (run.isEmpty() || run.charAt(run.length() - 1) != word.charAt(0)) {
                    run.append(word);
                }
                runLength++;
                continue;
            }
            flush(joined, run, runLength);
            runLength = 0;
            joined.add(word);
        }
        flush(joined, run, runLength);
        return joined;
    }

    /** Ends a run of one-letter words: one of them stays a word ("a", "i"), several become one. */
    private static void flush(List<String> joined, StringBuilder run, int runLength) {
        if (runLength > 0) {
            joined.add(run.toString());
        }
        run.setLength(0);
    }
}
