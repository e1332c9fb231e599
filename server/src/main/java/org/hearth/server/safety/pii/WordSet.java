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
        }
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

    /** As {@code contains(text.substring(start, end))}. */
    public boolean containsExact(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String word = table[slot];
            if (word.length() == end - start && text.regionMatches(start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** As {@code contains(text.substring(start, end).toLowerCase(Locale.ROOT))}. */
    public boolean containsLowerCase(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + asciiLower(c);
        }
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String word = table[slot];
            if (word.length() == end - start && asciiLowerEquals(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiLowerEquals(String text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (asciiLower(text.charAt(start + k)) != word.charAt(k)) {
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
