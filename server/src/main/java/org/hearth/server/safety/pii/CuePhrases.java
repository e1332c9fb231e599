package org.hearth.server.safety.pii;

import java.util.Arrays;
import java.util.Map;

/**
 * Phrases that each announce what a nearby detail is (a cue: "call me on" a phone, "I live in" a
 * place), found in one pass over a text with a {@link PhraseIndex}, and what one text holds, by cue.
 * Built once from the phrase table and shared by every thread; each {@link Found} belongs to one call.
 *
 * @param <C> the kinds of cue
 */
public final class CuePhrases<C extends Enum<C>> {
    private static final int[] NONE = new int[0];

    private final PhraseIndex index;
    /** What each phrase of the index announces, by its number there. */
    private final Object[] cueOfPhrase;

    public CuePhrases(Map<String, C> phrases) {
        this.index = new PhraseIndex(phrases.keySet());
        this.cueOfPhrase = index.phrases().stream().map(phrases::get).toArray();
    }

    public Found<C> find(Tokens tokens) {
        return new Found<>(this, index.find(tokens));
    }

    /** The cue phrases of one text. */
    public static final class Found<C extends Enum<C>> {
        private final CuePhrases<C> cues;
        private final PhraseMatches found;
        /** One bit per cue found, by ordinal: most texts have few, so asking for an absent cue costs nothing. */
        private final int cuesFound;

        private Found(CuePhrases<C> cues, PhraseMatches found) {
            this.cues = cues;
            this.found = found;
            int bits = 0;
            for (int i = 0; i < found.size(); i++) {
                bits |= 1 << cueOf(i).ordinal();
            }
            this.cuesFound = bits;
        }

        @SuppressWarnings("unchecked")
        private C cueOf(int match) {
            return (C) cues.cueOfPhrase[found.phrase(match)];
        }

        public boolean has(C cue) {
            return (cuesFound & 1 << cue.ordinal()) != 0;
        }

        /** Where each phrase of this cue starts in the text, in the order of {@link #endsOf}. Do not modify. */
        public int[] startsOf(C cue) {
            return offsetsOf(cue, true);
        }

        /**
         * The character offsets just after each phrase of this cue, in text order (an offset twice
         * where two phrases end there, "my name is" and "name is"). Do not modify.
         */
        public int[] endsOf(C cue) {
            return offsetsOf(cue, false);
        }

        private int[] offsetsOf(C cue, boolean starts) {
            if (!has(cue)) {
                return NONE;
            }
            int[] offsets = new int[found.size()];
            int count = 0;
            for (int i = 0; i < found.size(); i++) {
                if (cueOf(i) == cue) {
                    offsets[count++] = starts ? found.start(i) : found.end(i);
                }
            }
            return Arrays.copyOf(offsets, count);
        }

        /** The phrase (in lower case) of this cue that ends just before {@code end}, the first in index order, or null. */
        public String phraseEndingAt(C cue, int end) {
            for (int i = 0; i < found.size(); i++) {
                if (found.end(i) == end && cueOf(i) == cue) {
                    return cues.index.phrase(found.phrase(i));
                }
            }
            return null;
        }
    }
}
