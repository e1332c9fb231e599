package org.hearth.server.safety.abuse;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The other spellings a listed word is matched in: its plural ("idiots", "bitches"), and the
 * spellings with inner letters hidden behind "*" ("f*ggot", "b**ch"), which
 * {@link PreparedText} turns into the {@link PreparedText#MASK} letter. Stateless.
 */
final class WordVariants {
    /** Words shorter than this are not masked: "f*g" could be too many words. */
    private static final int SHORTEST_MASKED = 4;
    /** At most this many letters hidden behind one mask. */
    private static final int LONGEST_MASK = 3;

    private WordVariants() {
    }

    /** The variants of one normalised word, not including the word itself. */
    static Set<String> of(String word) {
        Set<String> variants = new LinkedHashSet<>();
        String plural = word.endsWith("ch") || word.endsWith("sh") ? word + "es" : word.endsWith("s") ? word : word + "s";
        // The normaliser folds repeated letters in messages, so the plural is folded alike ("ass" + "es").
        variants.add(AbuseTerms.normalise(plural));
        for (String form : new String[] {word, AbuseTerms.normalise(plural)}) {
            addMasked(form, variants);
        }
        if (word.length() >= 3) {
            // The normaliser reads one-letter words in a row as a spaced-out word, so an article before a
            // spaced-out word joins it: "a f a g" comes out as one word starting with "a".
            variants.add("a" + word);
        }
        variants.remove(word);
        return variants;
    }

    private static void addMasked(String word, Set<String> variants) {
        if (word.length() < SHORTEST_MASKED) {
            return;
        }
        // The first and last letters stay: "f*ggot", "b*tch", "n***a" keep them, and they anchor the guess.
        for (int start = 1; start < word.length() - 1; start++) {
            for (int length = 1; length <= LONGEST_MASK && start + length <= word.length() - 1; length++) {
                variants.add(word.substring(0, start) + PreparedText.MASK + word.substring(start + length));
            }
        }
    }
}
