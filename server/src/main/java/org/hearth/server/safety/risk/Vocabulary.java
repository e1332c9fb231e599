package org.hearth.server.safety.risk;

import java.util.Collection;
import java.util.Set;

/**
 * The words risk triage can tell apart: every word of its phrase lists and word classes, and those
 * its grammar compares by name ({@link WordClass#COMPARED_BY_NAME}). Any other word of a message
 * reads as {@link #UNKNOWN}, one shared string: no phrase, class or comparison could use it. Known
 * words come back as the vocabulary's own strings, whose hashes are already known to the maps they
 * are looked up in, so reading a message makes no string for any word. Immutable and thread-safe.
 *
 * <p>What must not change: code of this package may compare a word with a literal ("than", "yet")
 * only if that literal is in the vocabulary, or the comparison silently fails; a test holds the
 * literals of the package's sources to the vocabulary.
 */
final class Vocabulary {
    /** Every word outside the vocabulary. Not a word the reader can make: those are lower-case letters only. */
    static final String UNKNOWN = "?";

    /** Keeps every word as it is: for normalising the phrase lists themselves, and for tests. */
    static final Vocabulary ALL = new Vocabulary(Set.of(), true);

    private final boolean keepsAll;
    private final String[] table;
    /** Each word's hash, beside it: a probe compares the hash before it touches the word. */
    private final int[] hashes;
    private final int mask;
    private final int longest;
    /**
     * One bit per word, by hash: most words of a message are in no vocabulary, and one bit read
     * (from a table small enough to stay in cache) turns them away before the table is probed.
     */
    private final long[] present = new long[PRESENT_BITS / 64];

    private static final int PRESENT_BITS = 1 << 16;

    private Vocabulary(Set<String> words, boolean keepsAll) {
        this.keepsAll = keepsAll;
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new String[size];
        hashes = new int[size];
        mask = size - 1;
        int longestWord = 0;
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
            hashes[slot] = word.hashCode();
            int bit = presenceBit(word.hashCode());
            present[bit >>> 6] |= 1L << bit;
            longestWord = Math.max(longestWord, word.length());
        }
        longest = longestWord;
    }

    /** A vocabulary of these words, already normalised. */
    static Vocabulary of(Collection<String> words) {
        return new Vocabulary(Set.copyOf(words), false);
    }

    /** The vocabulary's string for the first {@code length} characters of {@code letters}, or {@link #UNKNOWN}. */
    String word(char[] letters, int length) {
        if (keepsAll) {
            return new String(letters, 0, length);
        }
        if (length > longest) {
            return UNKNOWN;
        }
        int hash = 0;
        for (int k = 0; k < length; k++) {
            hash = 31 * hash + letters[k];
        }
        int bit = presenceBit(hash);
        if ((present[bit >>> 6] & 1L << bit) == 0) {
            return UNKNOWN;
        }
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                String word = table[slot];
                if (word.length() == length && sameLetters(word, letters, length)) {
                    return word;
                }
            }
        }
        return UNKNOWN;
    }

    /** The vocabulary's string for {@code word}, or {@link #UNKNOWN}. */
    String word(String word) {
        return keepsAll ? word : word(word.toCharArray(), word.length());
    }

    private static boolean sameLetters(String word, char[] letters, int length) {
        for (int k = 0; k < length; k++) {
            if (word.charAt(k) != letters[k]) {
                return false;
            }
        }
        return true;
    }

    private static int presenceBit(int hash) {
        return (hash * 0x9E3779B1) >>> 16;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
