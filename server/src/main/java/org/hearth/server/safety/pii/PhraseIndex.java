package org.hearth.server.safety.pii;

import java.util.Collection;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of phrases in a text, ignoring case, as whole words: no
 * letter may stand right before or after an occurrence. Occurrences may overlap ("my name is" and
 * "name is"); all are reported, ordered by where they end and, among those ending at the same
 * place, by the phrases' {@link String#compareTo} order. These are the results, in the order, that
 * the Aho–Corasick automaton of {@code org.ahocorasick} (whole words, ignoring case) gave.
 *
 * <p>Why not an automaton: every phrase starts with a letter, so it can only start where a run of
 * letters starts. The index keys each phrase by its first run of letters ("my" for "my name is");
 * one pass over the text hashes each run of letters in lower case, without copying it, and only
 * where that run opens some phrase are the phrase's remaining characters compared. Most words open
 * none, so most of the text costs one hash and one table probe per word, against a map lookup per
 * character (with a boxed {@code Character}) in the automaton.
 *
 * <p>"Letter" and "lower case" mean what the automaton meant: {@link Character#isAlphabetic(int)}
 * on each UTF-16 unit, and {@link Character#toLowerCase(char)} on each, applied to the phrases and
 * the text alike. Immutable and thread-safe after construction.
 */
public final class PhraseIndex {
    /** The phrases as given, sorted: a phrase's number is its place in this order. */
    private final String[] phrases;
    /** Each phrase with every character lower-cased, by phrase number. */
    private final char[][] lowered;
    /** How many characters of each phrase make up its first run of letters. */
    private final int[] firstRunLengths;
    /** Open addressing: a first run of letters, lower-cased, and the numbers of the phrases that start with it. */
    private final char[][] keys;
    private final int[][] phrasesByKey;
    private final int mask;
    private final int longestKey;

    /** @throws IllegalArgumentException if a phrase is empty or does not start with a letter */
    public PhraseIndex(Collection<String> phrases) {
        this.phrases = phrases.stream().sorted().toArray(String[]::new);
        int count = this.phrases.length;
        lowered = new char[count][];
        firstRunLengths = new int[count];
        int tableSize = Integer.highestOneBit(Math.max(4, count * 4) - 1) << 1;
        keys = new char[tableSize][];
        phrasesByKey = new int[tableSize][];
        mask = tableSize - 1;
        int longest = 0;
        for (int id = 0; id < count; id++) {
            char[] chars = this.phrases[id].toCharArray();
            for (int k = 0; k < chars.length; k++) {
                chars[k] = Character.toLowerCase(chars[k]);
            }
            if (chars.length == 0 || !isLetter(chars[0])) {
                throw new IllegalArgumentException("a phrase must start with a letter: \"" + this.phrases[id] + "\"");
            }
            int run = 1;
            while (run < chars.length && isLetter(chars[run])) {
                run++;
            }
            lowered[id] = chars;
            firstRunLengths[id] = run;
            longest = Math.max(longest, run);
            add(chars, run, id);
        }
        longestKey = longest;
    }

    private void add(char[] phrase, int runLength, int id) {
        int hash = 0;
        for (int k = 0; k < runLength; k++) {
            hash = 31 * hash + phrase[k];
        }
        int slot = spread(hash) & mask;
        while (keys[slot] != null && !sameKey(keys[slot], phrase, runLength)) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == null) {
            keys[slot] = java.util.Arrays.copyOf(phrase, runLength);
            phrasesByKey[slot] = new int[] {id};
        } else {
            int[] ids = java.util.Arrays.copyOf(phrasesByKey[slot], phrasesByKey[slot].length + 1);
            ids[ids.length - 1] = id;
            phrasesByKey[slot] = ids;
        }
    }

    private static boolean sameKey(char[] key, char[] phrase, int runLength) {
        return key.length == runLength && java.util.Arrays.equals(key, 0, runLength, phrase, 0, runLength);
    }

    /** All phrases, in the order that numbers them. */
    public List<String> phrases() {
        return List.of(phrases);
    }

    /** The phrase numbered {@code id}, as given. */
    public String phrase(int id) {
        return phrases[id];
    }

    /** Every whole-word occurrence of a phrase in {@code text}; see the class comment for the order. */
    public PhraseMatches find(String text) {
        return find(text.toCharArray());
    }

    /** As {@link #find(String)} for the tokens' text, reading the characters they already copied. */
    public PhraseMatches find(Tokens tokens) {
        return find(tokens.chars());
    }

    private PhraseMatches find(char[] text) {
        PhraseMatches found = new PhraseMatches();
        int n = text.length;
        int i = 0;
        while (i < n) {
            int start = i;
            int hash = 0;
            // one run of letters, hashed in lower case as it is read; an ASCII letter lower-cases by setting bit 5
            while (i < n) {
                char c = text[i];
                int lower;
                if (c < 0x80) {
                    lower = c | 0x20;
                    if ((char) (lower - 'a') >= 26) {
                        break;
                    }
                } else if (Character.isAlphabetic(c)) {
                    lower = Character.toLowerCase(c);
                } else {
                    break;
                }
                hash = 31 * hash + lower;
                i++;
            }
            if (i == start) {
                i++;
                continue;
            }
            if (i - start <= longestKey) {
                int[] ids = phrasesStartingWith(text, start, i, hash);
                if (ids != null) {
                    matchRest(text, start, i, ids, found);
                }
            }
        }
        found.sortByEndThenPhrase();
        return found;
    }

    /** The phrases whose first run of letters is the text's run {@code [start, end)}, or null. */
    private int[] phrasesStartingWith(char[] text, int start, int end, int hash) {
        int length = end - start;
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key.length == length && loweredEquals(text, start, key, 0, length)) {
                return phrasesByKey[slot];
            }
        }
        return null;
    }

    /** Checks what follows the first run of each phrase; the run itself already matched. */
    private void matchRest(char[] text, int start, int runEnd, int[] ids, PhraseMatches found) {
        for (int id : ids) {
            char[] phrase = lowered[id];
            int run = firstRunLengths[id];
            if (phrase.length == run) {
                found.add(start, runEnd, id); // the run ends at a non-letter, so the phrase is a whole word
                continue;
            }
            int end = start + phrase.length;
            if (end <= text.length && loweredEquals(text, start + run, phrase, run, phrase.length - run)
                    && (end == text.length || !isLetter(text[end]))) {
                found.add(start, end, id);
            }
        }
    }

    private static boolean loweredEquals(char[] text, int from, char[] chars, int offset, int length) {
        for (int k = 0; k < length; k++) {
            if (lower(text[from + k]) != chars[offset + k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#isAlphabetic(int)}, without the table lookup for ASCII. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isAlphabetic(c);
    }

    /** {@link Character#toLowerCase(char)}, without the table lookup for ASCII. */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
