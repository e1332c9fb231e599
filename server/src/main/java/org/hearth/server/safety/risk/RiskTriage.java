package org.hearth.server.safety.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.server.safety.risk.PhraseIndex.Match;
import org.hearth.server.safety.risk.PhraseReading.Subject;
import org.hearth.server.safety.text.MessageText;

/**
 * Triage of risk to life in one message: suicidal thoughts, plans, means, self-harm, farewells,
 * attempts. Finds listed phrases in the normalised words (so "k1ll mys3lf" and "want to d i e"
 * count), then reads each in its context: who it is about ("my friend wants to die" is someone
 * else's risk), whether it is denied ("I'm not going to kill myself"), over ("I used to self-harm,
 * two years clean") or a figure of speech ("this exam is killing me"). A plan, a means at hand, a
 * time soon or a farewell beside the author's own suicidal thought makes a crisis. Errs towards
 * holding: a missed crisis costs far more than a vent held for a moderator's look.
 *
 * <p>Immutable and thread-safe: one instance serves every room. The phrase tries are built once;
 * each message costs one pass over its words and a few hash lookups per word, no regular expressions.
 */
public final class RiskTriage {
    private final PhraseIndex riskPhrases = RiskPhrases.build();
    private final PhraseIndex markerPhrases = RiskMarkers.build();
    private final Vocabulary vocabulary = vocabulary(riskPhrases, markerPhrases);

    /** As {@link #assess(String)} for a message's text. */
    public RiskAssessment assess(MessageText message) {
        return assess(message.text());
    }

    public RiskAssessment assess(String text) {
        if (text == null || text.isEmpty()) {
            return RiskAssessment.NONE;
        }
        RiskText.Words read = RiskText.read(text, vocabulary);
        String[] words = read.words();
        List<Match> matches = riskPhrases.find(words);
        if (matches.stream().noneMatch(m -> m.cue().isRisk())) {
            return RiskAssessment.NONE; // most messages stop here, before any grammar is read
        }
        int[] classes = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            classes[i] = WordClass.of(words[i]);
        }
        MessageMarks marks = new MessageMarks(read.breakBefore(), markerPhrases.find(words));
        List<Finding> findings = new ArrayList<>(matches.size());
        Match previous = null;
        PhraseReading previousReading = null;
        for (Match match : matches) {
            if (match.cue().isRisk() && !repeatedDespair(match, matches, words)) {
                PhraseReading reading = PhraseReading.of(match, words, classes, read.breakBefore());
                if (previous != null && coordinated(previous, match, words, read.breakBefore())) {
                    reading = reading.sharingFrameOf(previousReading, match);
                }
                findings.add(Finding.judge(match, reading, marks));
                previous = match;
                previousReading = reading;
            }
        }
        return combine(findings, marks);
    }

    /** The words this triage tells apart. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Every word the phrase lists, the word classes and the grammar can tell apart; the rest reads as unknown. */
    private static Vocabulary vocabulary(PhraseIndex riskPhrases, PhraseIndex markerPhrases) {
        Set<String> words = new HashSet<>(riskPhrases.words());
        words.addAll(markerPhrases.words());
        words.addAll(WordClass.words());
        for (String word : WordClass.COMPARED_BY_NAME) {
            words.addAll(RiskText.normalise(word));
        }
        return Vocabulary.of(words);
    }

    /** Despair said again in the same words adds nothing to it: only its first saying counts. */
    private static boolean repeatedDespair(Match match, List<Match> matches, String[] words) {
        if (match.cue() != Cue.DESPAIR) {
            return false;
        }
        for (Match earlier : matches) {
            if (earlier == match) {
                return false;
            }
            if (earlier.cue() == Cue.DESPAIR && Arrays.equals(words, earlier.start(), earlier.end(), words,
                    match.start(), match.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I'd never cut or hurt myself", "to talk about suicidal thoughts and self-harm": a phrase joined
     * to the one before by "and" or "or" is said in the same frame.
     */
    private static boolean coordinated(Match previous, Match match, String[] words, byte[] breakBefore) {
        int joint = match.start() - 1;
        return joint >= 1 && previous.end() == joint && breakBefore[joint] == RiskText.NO_BREAK
                && breakBefore[match.start()] == RiskText.NO_BREAK
                && (words[joint].equals("and") || words[joint].equals("or") || words[joint].equals("nor"));
    }

    private static RiskAssessment combine(List<Finding> findings, MessageMarks marks) {
        boolean ownRisk = false;
        boolean otherRisk = false;
        boolean anyRisk = false;
        boolean suicidalNow = false;
        for (Finding finding : findings) {
            if (!finding.besideRisk() && finding.cue() != Cue.DESPAIR) {
                anyRisk = true; // despair alone does not make "goodbye" or "methods" risk
                ownRisk |= finding.subject() == Subject.SELF && finding.level() != RiskLevel.NONE;
                otherRisk |= finding.subject() == Subject.OTHER && finding.level() != RiskLevel.NONE;
                suicidalNow |= finding.suicidalNow();
            }
        }
        RiskLevel own = RiskLevel.NONE;
        RiskLevel other = RiskLevel.NONE;
        boolean behaviour = false;
        boolean preparation = false;
        int despair = 0;
        boolean wish = false;
        boolean pastOwnBehaviour = false;
        for (Finding finding : findings) {
            if (finding.besideRisk() && !anyRisk) {
                continue; // "goodbye", "my attempt", "methods" alone are everyday words
            }
            behaviour |= finding.behaviour();
            if (finding.subject() == Subject.SELF) {
                if (finding.besideRisk() && !ownRisk && finding.cue() != Cue.ACT_REFERENCE) {
                    continue;
                }
                RiskLevel level = finding.timed() && finding.suicidalNow() ? RiskLevel.CRISIS : finding.level();
                own = Finding.max(own, level);
                despair += finding.despairNow() ? 1 : 0;
                pastOwnBehaviour |= finding.behaviour() && finding.level() == RiskLevel.WATCH;
                wish |= finding.despairNow() && finding.cue() != Cue.DESPAIR;
                preparation |= finding.level() == RiskLevel.CRISIS
                        || (finding.cue() == Cue.LETHAL_MEANS && finding.level() == RiskLevel.URGENT);
            } else if (finding.subject() == Subject.OTHER && (otherRisk || !finding.besideRisk())) {
                other = Finding.max(other, finding.level());
            }
        }
        if (suicidalNow && (preparation || marks.meansAtHand())) {
            own = RiskLevel.CRISIS; // a plan, a farewell or the means beside a current suicidal thought
        }

        if (pastOwnBehaviour && (despair > 0 || marks.distressNow()) && !marks.messageHas(Cue.RECOVERY)) {
            // A past attempt or self-harm beside distress now: the strongest predictor meets the present.
            own = Finding.max(own, RiskLevel.URGENT);
        }
        if ((wish && despair + (marks.distressNow() ? 1 : 0) >= 2) || despair + (marks.distressNow() ? 1 : 0) >= 3) {
            // Hopelessness and feeling a burden said together add up to more than either: the
            // interpersonal theory of suicide puts the desire for death where they meet. A wish to
            // be gone beside distress said now ("I'm so alone ... I want out") adds up the same way.
            own = Finding.max(own, RiskLevel.URGENT);
        }
        RiskLevel level = Finding.max(own, other);
        if (level == RiskLevel.NONE && !behaviour) {
            return RiskAssessment.NONE;
        }
        return new RiskAssessment(level, other.compareTo(own) > 0, behaviour);
    }
}
