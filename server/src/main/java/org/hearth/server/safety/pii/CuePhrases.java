package org.hearth.server.safety.pii;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hearth.server.safety.text.MessageText;

/**
 * Phrases that each announce what a nearby detail is (a cue: "call me on" a phone, "I live in" a
 * place), and what one message holds, by cue. Built once from the phrase table and shared by every
 * thread; each {@link Found} belongs to one call.
 *
 * <p>Every table made (the personal-details detector's, the disclosure detector's) joins one
 * {@link PhraseIndex} of all their phrases, so that one pass over a message finds the cues of all
 * of them: the pass is a {@link MessageText} reading, made by whichever detector asks first and read
 * by the others. Each table then takes the occurrences of its own phrases, in the same order as an
 * index of its phrases alone would give them.
 *
 * @param <C> the kinds of cue
 */
public final class CuePhrases<C extends Enum<C>> {
    private static final int[] NONE = new int[0];

    /** The phrases of every table made so far, as one index; replaced, never changed, when a table joins. */
    private static volatile AllPhrases all = new AllPhrases(new PhraseIndex(Set.of()));

    private final Map<String, C> phrases;
    /** What each phrase of the joint index announces in this table, worked out once per joint index. */
    private volatile CuesOf cues;

    /** The phrases of the joint index, and the reading of a message that finds them. */
    private record AllPhrases(PhraseIndex index, MessageText.Reading<PhraseMatches> reading) {
        AllPhrases(PhraseIndex index) {
            this(index, new MessageText.Reading<>(message -> index.find(message.read(Tokens.READING))));
        }
    }

    /** By phrase number of {@code all}'s index: the cue of this table's phrases, null for others'. */
    private record CuesOf(AllPhrases all, Object[] cueOfPhrase) {
    }

    public CuePhrases(Map<String, C> phrases) {
        this.phrases = Map.copyOf(phrases);
        join(this.phrases.keySet());
    }

    private static synchronized void join(Set<String> phrases) {
        Set<String> joint = new HashSet<>(all.index().phrases());
        joint.addAll(phrases);
        all = new AllPhrases(new PhraseIndex(joint));
    }

    /** The cue phrases of this table in the message. */
    public Found<C> find(MessageText message) {
        AllPhrases joint = all;
        return new Found<>(joint, cuesOf(joint), message.read(joint.reading()));
    }

    private Object[] cuesOf(AllPhrases joint) {
        CuesOf known = cues;
        if (known == null || known.all() != joint) {
            known = new CuesOf(joint, joint.index().phrases().stream().map(phrases::get).toArray());
            cues = known;
        }
        return known.cueOfPhrase();
    }

    /** The cue phrases of one text. */
    public static final class Found<C extends Enum<C>> {
        private final PhraseIndex index;
        private final Object[] cueOfPhrase;
        /** The occurrences of every table's phrases: those of other tables have no cue here and are passed over. */
        private final PhraseMatches found;
        /** One bit per cue found, by ordinal: most texts have few, so asking for an absent cue costs nothing. */
        private final int cuesFound;

        private Found(AllPhrases joint, Object[] cueOfPhrase, PhraseMatches found) {
            this.index = joint.index();
            this.cueOfPhrase = cueOfPhrase;
            this.found = found;
            int bits = 0;
            for (int i = 0; i < found.size(); i++) {
                C cue = cueOf(i);
                if (cue != null) {
                    bits |= 1 << cue.ordinal();
                }
            }
            this.cuesFound = bits;
        }

        /** The cue of occurrence {@code match} in this table, or null when it is another table's phrase. */
        @SuppressWarnings("unchecked")
        private C cueOf(int match) {
            return (C) cueOfPhrase[found.phrase(match)];
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
                    return index.phrase(found.phrase(i));
                }
            }
            return null;
        }
    }
}
