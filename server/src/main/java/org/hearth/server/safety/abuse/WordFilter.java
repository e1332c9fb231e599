package org.hearth.server.safety.abuse;

import java.util.Collection;

/**
 * A quick first look for the anchor words: a bit per (length, first, second and last letter) of
 * every anchor, so most of a message's words are ruled out by a few character reads, before their
 * hash is computed (each word is a new String, hashed only when asked) and looked up. It may let a
 * word through that is no anchor, never the reverse. Immutable after construction and thread-safe.
 */
final class WordFilter {
    /** 2^16 bits: with a few thousand anchors, about one ordinary word in twenty gets through. */
    private static final int BITS = 1 << 16;

    private final long[] bits = new long[BITS / 64];

    WordFilter(Collection<String> words) {
        for (String word : words) {
            int bit = bit(word);
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False when {@code word} is certainly none of the words; true when it may be one. */
    boolean mayHold(String word) {
        int bit = bit(word);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int bit(String word) {
        int length = word.length();
        if (length == 0) {
            return 0;
        }
        int key = length;
        key = key * 31 + word.charAt(0);
        key = key * 31 + word.charAt(length > 1 ? 1 : 0);
        key = key * 31 + word.charAt(length - 1);
        key *= 0x9E3779B1; // spread the few inputs over all the bits
        return key >>> 16;
    }
}
