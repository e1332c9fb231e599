package org.hearth.server.safety.pii;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed set of words that can be asked about a stretch of a text without cutting it out: the
 * detectors look up nearly every word of every message, and a {@code substring}, a lower-case copy
 * and a fresh {@link String#hashCode()} for each made up much of their cost. Here the hash is
 * computed over the text's characters in place and compared against an open-addressing table.
 *
 * <p>The answers are exactly those of {@code set.contains(text.substring(start, end))} and of
 * {@code set.contains(text.substring(start, end).toLowerCase(Locale.ROOT))}. Lower-casing is done
 * in place only for ASCII, where it is one character for one; a stretch with any other character
 * ("Ärzte", "İstanbul") takes the copy, as before. Immutable and thread-safe.
 */
public final class WordSet {
    private final Set<String> words;
    private final String[] table;
    private final int mask;
    /**
     * Quick noes before any hashing: the words' first two characters where both are ASCII, one bit
     * per pair, and the words' shortest and longest length. Most words of a text are in no list.
     */
    private final long[] firstPairs = new long[0x80 * 0x80 / 64];
    private final int shortest;
    private final int longest;

    private WordSet(Set<String> words) {
        this.words = words;
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
            if (word.length() >= 2 && word.charAt(0) < 0x80 && word.charAt(1) < 0x80) {
                int pair = word.charAt(0) << 7 | word.charAt(1);
                firstPairs[pair >>> 6] |= 1L << pair;
            }
        }
        shortest = words.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        longest = words.stream().mapToInt(String::length).max().orElse(-1);
    }

    public static WordSet of(Collection<String> words) {
        return new WordSet(Set.copyOf(words));
    }

    public static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** As {@code contains(new String(text, start, end - start))}. */
    public boolean containsExact(char[] text, int start, int end) {
        if (end <= start) {
            return words.contains("");
        }
        if (end - start < shortest || end - start > longest || end - start >= 2 && !mayStartWith(text[start], text[start + 1])) {
            return false;
        }
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text[k];
        }
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String word = table[slot];
            if (word.length() == end - start && equals(text, start, word, false)) {
                return true;
            }
        }
        return false;
    }

    /** As {@code contains(new String(text, start, end - start).toLowerCase(Locale.ROOT))}. */
    public boolean containsLowerCase(char[] text, int start, int end) {
        if (end <= start) {
            return words.contains("");
        }
        if (end - start >= 2 && !mayStartWith(asciiLower(text[start]), asciiLower(text[start + 1]))) {
            return false; // ASCII letters lower-case one by one, whatever follows them
        }
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (c >= 0x80) {
                return words.contains(new String(text, start, end - start).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + asciiLower(c);
        }
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String word = table[slot];
            if (word.length() == end - start && equals(text, start, word, true)) {
                return true;
            }
        }
        return false;
    }

    /** False only where both are ASCII and no word starts with the two. */
    private boolean mayStartWith(char first, char second) {
        if (first >= 0x80 || second >= 0x80) {
            return true;
        }
        int pair = first << 7 | second;
        return (firstPairs[pair >>> 6] & 1L << pair) != 0;
    }

    private static boolean equals(char[] text, int start, String word, boolean lowerCase) {
        for (int k = 0; k < word.length(); k++) {
            char c = text[start + k];
            if ((lowerCase ? asciiLower(c) : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
