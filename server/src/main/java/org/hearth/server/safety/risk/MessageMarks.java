package org.hearth.server.safety.risk;

import java.util.List;
import org.hearth.server.safety.risk.PhraseIndex.Match;

/**
 * Which marker phrases each sentence and clause of a message holds, as bit sets over {@link Cue},
 * so each risk phrase asks "is this sentence in the past?" in constant time. Built per message;
 * not shared.
 */
final class MessageMarks {
    /** How close a possession word must come before a means: "I have [a bottle of] pills". */
    private static final int MEANS_REACH = 5;

    private final int[] sentenceOf;
    private final int[] clauseOf;
    private final int[] sentenceMarks;
    private final int[] clauseMarks;
    private final int messageMarks;
    private final boolean meansAtHand;
    private final boolean distressNow;

    MessageMarks(byte[] breakBefore, List<Match> markers) {
        int n = breakBefore.length;
        sentenceOf = new int[n];
        clauseOf = new int[n];
        int sentence = -1;
        int clause = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || breakBefore[i] == RiskText.SENTENCE_BREAK) {
                sentence++;
            }
            if (i == 0 || breakBefore[i] != RiskText.NO_BREAK) {
                clause++;
            }
            sentenceOf[i] = sentence;
            clauseOf[i] = clause;
        }
        sentenceMarks = new int[sentence + 1];
        clauseMarks = new int[clause + 1];
        int all = 0;
        for (Match marker : markers) {
            int bit = 1 << marker.cue().ordinal();
            if (marker.cue() == Cue.TIMING) {
                bit |= 1 << Cue.CURRENT.ordinal(); // "tonight" is now as well as soon
            }
            sentenceMarks[sentenceOf[marker.start()]] |= bit;
            clauseMarks[clauseOf[marker.start()]] |= bit;
            all |= bit;
        }
        messageMarks = all;
        meansAtHand = meansAfter(markers, Cue.POSSESS) || meansAfter(markers, Cue.STOCKPILE);
        boolean distress = false;
        for (Match marker : markers) {
            distress |= marker.cue() == Cue.DISTRESS && !sentenceHas(marker.start(), Cue.DISTANT)
                    && !sentenceHas(marker.start(), Cue.RECOVERY);
        }
        distressNow = distress;
    }

    /** Whether the author says they are in distress now, in a sentence not put in the past or said to be over. */
    boolean distressNow() {
        return distressNow;
    }

    /** Whether the sentence of word {@code i} holds the marker. */
    boolean sentenceHas(int i, Cue marker) {
        return (sentenceMarks[sentenceOf[i]] & (1 << marker.ordinal())) != 0;
    }

    /** Whether the clause of word {@code i} holds the marker. */
    boolean clauseHas(int i, Cue marker) {
        return (clauseMarks[clauseOf[i]] & (1 << marker.ordinal())) != 0;
    }

    /**
     * Whether a later clause of the same sentence says it is happening now, and not that it is
     * over: "I had suicidal thoughts in the past, but now it's worse than ever".
     */
    boolean currentLaterInSentence(int i) {
        int current = 1 << Cue.CURRENT.ordinal();
        int over = 1 << Cue.RECOVERY.ordinal();
        for (int clause = clauseOf[i] + 1; clause < clauseMarks.length && clauseInSentence(clause, i); clause++) {
            if ((clauseMarks[clause] & current) != 0 && (clauseMarks[clause] & over) == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseInSentence(int clause, int word) {
        for (int j = word; j < clauseOf.length && clauseOf[j] <= clause; j++) {
            if (clauseOf[j] == clause) {
                return sentenceOf[j] == sentenceOf[word];
            }
        }
        return false;
    }

    boolean messageHas(Cue marker) {
        return (messageMarks & (1 << marker.ordinal())) != 0;
    }

    /** Whether the message says the author has a means to hand: "I've got the pills", "bought a rope". */
    boolean meansAtHand() {
        return meansAtHand;
    }

    private boolean meansAfter(List<Match> markers, Cue getting) {
        for (Match means : markers) {
            if (means.cue() != Cue.MEANS) {
                continue;
            }
            for (Match possess : markers) {
                if (possess.cue() == getting && possess.start() < means.start()
                        && means.start() - possess.end() <= MEANS_REACH
                        && sentenceOf[possess.start()] == sentenceOf[means.start()]) {
                    return true;
                }
            }
        }
        return false;
    }
}
