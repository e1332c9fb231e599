package org.hearth.server.safety.risk;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words risk triage can tell apart: every word of its phrase lists and word classes, and the few
 * its grammar compares by name. Any other word of a message reads as {@link #UNKNOWN}, one shared
 * string: no phrase, class or comparison could use it, and making a string of each such word and
 * hashing it for two map look-ups was most of the cost of reading a long message. Known words come
 * back as the vocabulary's own strings, so reading a message makes no string at all. Immutable and
 * thread-safe.
 *
 * <p>What must not change: code of this package that compares a word with a literal ("than", "yet")
 * may do so only for a word listed here ({@link #GRAMMAR}), or the comparison silently fails; a test
 * reads the package's sources to hold every such literal to the vocabulary.
 */
final class Vocabulary {
    /** Every word outside the vocabulary. Not a word the reader can make: those are lower-case letters only. */
    static final String UNKNOWN = "?";

    /** Keeps every word as it is: for normalising the phrase lists themselves, and for tests. */
    static final Vocabulary ALL = new Vocabulary(Set.of());

    /** The words the grammar of {@link PhraseReading}, {@link RiskText} and {@link RiskTriage} compares by name. */
    static final List<String> GRAMMAR = List.of("than", "to", "just", "go", "on", "yet", "reason", "reasons", "that",
            "so", "hope", "hoping", "pray", "praying", "shot", "felt", "thought", "burnt", "was", "were", "died", "have",
            "of", "shouldve", "started", "tired", "and", "or", "nor", "but", "however", "although", "about", "if",
            "whether", "asked", "ask", "asks", "asking", "wish", "regret", "would", "a", "an", "the", "this", "any",
            "every", "another", "answer", "solution", "solve", "way", "option", "fix", "worth", "live", "living", "be",
            "keep", "wake", "face", "continue", "exist", "spend", "stay", "suffer", "feel", "feeling", "endure",
            "survive", "disappointed", "relieved", "devastated", "frustrated", "trapped", "backed", "defeated",
            "cornered", "doomed", "isolated", "exhausted", "obsessed");

    private final boolean keepsAll;
    private final String[] table;
    private final int mask;
    private final int longest;

    private Vocabulary(Set<String> words) {
        this.keepsAll = words.isEmpty();
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        int longestWord = 0;
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
            longestWord = Math.max(longestWord, word.length());
        }
        longest = longestWord;
    }

    /** A vocabulary of these normalised words and of {@link #GRAMMAR}. */
    static Vocabulary of(Collection<String> words) {
        Set<String> all = new HashSet<>(words);
        for (String word : GRAMMAR) {
            all.addAll(RiskText.normalise(word));
        }
        return new Vocabulary(all);
    }

    /** The vocabulary's string for the first {@code length} letters of {@code letters}, or {@link #UNKNOWN}. */
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
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String word = table[slot];
            if (word.length() == length && sameLetters(word, letters, length)) {
                return word;
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

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
