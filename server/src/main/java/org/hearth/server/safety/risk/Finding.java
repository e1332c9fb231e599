package org.hearth.server.safety.risk;

import org.hearth.server.safety.risk.PhraseIndex.Match;
import org.hearth.server.safety.risk.PhraseReading.Subject;

/**
 * One risk phrase judged in its context: the level it stands for, whose risk it is, and whether it
 * is talk of suicidal behaviour. Immutable.
 *
 * @param cue what the phrase signals
 * @param subject whom it is about
 * @param level its level, before the message-wide escalations of {@link RiskTriage}
 * @param behaviour it talks of suicidal behaviour (a method, an attempt, a plan, a self-harm act)
 * @param besideRisk it counts only beside other risk in the message
 * @param suicidalNow the author's own current suicidal thought or method, which a plan, a means at
 *     hand, a time or a farewell elsewhere in the message turns into a crisis
 * @param timed a time soon in its sentence, said as an intention ("I'm going to, tonight")
 * @param despairNow the author's own current passive wish, hopelessness or despair, which adds up with others
 */
record Finding(Cue cue, Subject subject, RiskLevel level, boolean behaviour, boolean besideRisk, boolean suicidalNow,
        boolean timed, boolean despairNow) {

    static Finding judge(Match match, PhraseReading reading, MessageMarks marks) {
        Cue cue = match.cue();
        int at = match.start();
        // "so glad I'm still here" says it is over, for all its "still"
        boolean current = !reading.usedTo() && !marks.clauseHas(at, Cue.RECOVERY)
                && (marks.clauseHas(at, Cue.CURRENT) || marks.currentLaterInSentence(at));
        boolean distant = reading.usedTo() || marks.sentenceHas(at, Cue.DISTANT);
        // A recovery said anywhere covers what was done or said in the past tense ("I self-harmed for years. Two years clean.")
        boolean recovered = marks.sentenceHas(at, Cue.RECOVERY)
                || (marks.messageHas(Cue.RECOVERY) && (cue.behaviour() || reading.pastForm()));
        boolean past = !current && (distant || recovered || reading.pastForm());

        RiskLevel level;
        boolean behaviour = cue.behaviour();
        if (cue.needsNegation()) {
            level = reading.negated() ? cue.level() : RiskLevel.NONE; // "don't want to live" is the risk itself
            if (past && level != RiskLevel.NONE) {
                level = RiskLevel.WATCH;
            }
        } else if (reading.negated()) {
            // "I would never hurt myself" is no risk; "I haven't cut in a year" is a recovery worth a look
            boolean recoveredNow = recovered || distant || marks.clauseHas(at, Cue.RECOVERY);
            level = recoveredNow ? RiskLevel.WATCH : RiskLevel.NONE;
            behaviour &= recoveredNow;
        } else if (cue == Cue.ATTEMPT || reading.tried()) {
            // A prior attempt is the strongest predictor: unless it is said to be long over, treat it as recent
            level = (distant || recovered) && !current ? RiskLevel.WATCH : RiskLevel.URGENT;
            behaviour = true;
        } else if (cue == Cue.ATTEMPT_NOW || cue == Cue.PLAN || cue == Cue.GOODBYE) {
            level = (distant || recovered) && !current ? RiskLevel.WATCH : cue.level();
        } else {
            level = past ? min(cue.level(), RiskLevel.WATCH) : cue.level();
        }

        if (cue == Cue.NOT_WAKING && !marks.sentenceHas(at, Cue.WISHING)) {
            level = RiskLevel.NONE; // "I never wake up before noon" is no wish
        }
        if (reading.comparison()) {
            level = RiskLevel.NONE; // "I'd rather die than give a speech"
        }
        Subject subject = reading.subject();
        if (subject == Subject.ADDRESSEE || subject == Subject.GENERAL) {
            level = RiskLevel.NONE; // support offered or talk about suicide in general; "kys" is abuse, not risk
        } else if (subject == Subject.OTHER && level != RiskLevel.CRISIS) {
            level = min(level, RiskLevel.WATCH); // worry for someone else: support the supporter
        }
        boolean suicidalNow = subject == Subject.SELF && level == RiskLevel.URGENT && isSuicidalThought(cue);
        boolean timed = marks.sentenceHas(at, Cue.TIMING) && (reading.intent() || cue == Cue.METHOD);
        // "don't want to be here" is the passive wish itself, so its negation does not deny it
        boolean affirmed = !reading.negated() || cue.needsNegation();
        boolean despairNow = subject == Subject.SELF && !past && affirmed && !reading.comparison()
                && (cue == Cue.DESPAIR || (level == RiskLevel.WATCH
                        && (cue == Cue.PASSIVE_WISH || cue == Cue.HOPELESS || cue == Cue.HERE_NEGATED))
                || (level == RiskLevel.URGENT && isDespair(cue)));
        return new Finding(cue, subject, level, behaviour, match.besideRisk(), suicidalNow, timed, despairNow);
    }

    /** The passive wishes and weariness that are the author's despair, not yet a thought of suicide. */
    static boolean isDespair(Cue cue) {
        return switch (cue) {
            case PASSIVE_DEATH_WISH, NOT_WAKING, BURDEN, LIFE_WEARY, PASSIVE_WISH, HOPELESS, HERE_NEGATED, DESPAIR -> true;
            default -> false;
        };
    }

    private static boolean isSuicidalThought(Cue cue) {
        return switch (cue) {
            case DEATH_WISH, SUICIDAL, SUICIDE_WORD, LIFE_NEGATED, METHOD, ACT_REFERENCE -> true;
            default -> false;
        };
    }

    static RiskLevel min(RiskLevel a, RiskLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static RiskLevel max(RiskLevel a, RiskLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
