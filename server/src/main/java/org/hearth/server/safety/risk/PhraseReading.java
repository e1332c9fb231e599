package org.hearth.server.safety.risk;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.server.safety.risk.PhraseIndex.Match;
import org.hearth.server.safety.risk.PhraseIndex.Person;

/**
 * How the words around one risk phrase frame it: whom it is about, whether it is negated, meant,
 * tried, or put in the past. Read by walking left from the phrase, as English puts these before
 * the verb ("I'm [not] [going to] kill myself"). Immutable.
 *
 * @param subject whom the phrase is about
 * @param negated denied: "I would never hurt myself" (but not "I'm trying not to")
 * @param intent meant: "going to", "will", "ready to", "decided to"
 * @param tried tried or nearly done: "tried to", "attempted to", "almost"
 * @param usedTo "used to": over, whatever else the sentence says
 * @param pastForm said in the past tense ("I was suicidal", "wanted to die"), not kept current by
 *     a perfect ("I've wanted to die for years")
 * @param comparison a figure of distaste, "I'd rather die than sing karaoke", not a wish
 */
record PhraseReading(Subject subject, boolean negated, boolean intent, boolean tried, boolean usedTo, boolean pastForm,
        boolean comparison) {

    /** Whom a risk phrase is about. */
    enum Subject {
        /** The author. */
        SELF,
        /** The person the author talks to: "please don't hurt yourself", "kys". */
        ADDRESSEE,
        /** A particular other person: "my friend", "she". */
        OTHER,
        /** People in general: "people who self-harm", "suicide is never the answer". */
        GENERAL
    }

    /** How far a negation or a frame reaches to the left: "I'm not [really ever] going to". */
    private static final int FRAME_REACH = 7;
    /** How far after the phrase "than" is looked for: "rather die [right now] than". */
    private static final int THAN_REACH = 8;
    /** What one may rather die than do that makes it a wish to die after all. */
    private static final Set<String> LIVING = Stream.of("live", "living", "be", "keep", "wake", "face", "continue",
                    "exist", "spend", "stay", "suffer", "feel", "feeling", "endure", "survive")
            .flatMap(word -> RiskText.normalise(word).stream()).collect(Collectors.toUnmodifiableSet());
    /** How far after a phrase a verdict on it is looked for: "ending it [really] is not the answer". */
    private static final int VERDICT_REACH = 6;
    /** What a verdict calls the act when it puts it aside: "not the answer", "won't solve anything". */
    private static final Set<String> VERDICTS = Stream.of("answer", "solution", "solve", "way", "option", "fix", "worth")
            .flatMap(word -> RiskText.normalise(word).stream()).collect(Collectors.toUnmodifiableSet());
    /** Words after which a phrase says what is wished or supposed, not what happened. */
    private static final Set<String> WISHED = Stream.of("wish", "hope", "if", "regret", "that", "would")
            .flatMap(word -> RiskText.normalise(word).stream()).collect(Collectors.toUnmodifiableSet());
    /** Words like past forms that say how one is now: "I feel trapped", "disappointed that I woke up". */
    private static final Set<String> STATES = Stream.of("disappointed", "relieved", "devastated", "frustrated", "trapped",
                    "backed", "defeated", "cornered", "doomed", "isolated", "exhausted", "obsessed")
            .flatMap(word -> RiskText.normalise(word).stream()).collect(Collectors.toUnmodifiableSet());
    /** Determiners that open a noun phrase: "a celebrity committing suicide" is about that celebrity. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "any", "every", "another");
    /** How far back the subject is looked for: "my friend, who is sixteen, said she ...". */
    private static final int SUBJECT_REACH = 16;

    static PhraseReading of(Match match, String[] words, int[] classes, byte[] breakBefore) {
        boolean negated = false;
        boolean intent = false;
        boolean tried = false;
        boolean usedTo = false;
        boolean pastCopula = false;
        boolean perfect = false;
        boolean onlyFillers = true;
        boolean rather = WordClass.has(classes[match.start()], WordClass.RATHER); // the phrase "rather die"
        boolean topic = false;
        for (int j = match.start() - 1, steps = 0; j >= 0 && steps < FRAME_REACH; j--, steps++) {
            if (breakBefore[j + 1] != RiskText.NO_BREAK) {
                break;
            }
            if (j == match.start() - 1 && j > 0 && breakBefore[j] == RiskText.NO_BREAK
                    && (words[j].equals("or") || words[j].equals("nor"))) {
                j--; // "never [cut or] hurt myself": the frame before the first verb holds for the second
                continue;
            }
            int c = classes[j];
            rather |= WordClass.has(c, WordClass.RATHER);
            if (WordClass.has(c, WordClass.TOPIC)) {
                topic = true; // "a place to talk about suicidal thoughts": the topic, not the author's
                break;
            }
            if (WordClass.has(c, WordClass.NEGATOR)) {
                // "trying not to cut" is a struggle with the urge, not a denial of it
                boolean struggle = j > 0 && breakBefore[j] == RiskText.NO_BREAK
                        && WordClass.has(classes[j - 1], WordClass.STRUGGLE);
                negated = !struggle && !heldBack(match, words, breakBefore, j);
                break;
            }
            if (WordClass.has(c, WordClass.PERFECT)) {
                perfect = true;
            }
            if (!WordClass.has(c, WordClass.CHAIN | WordClass.FILLER)) {
                break;
            }
            intent |= WordClass.has(c, WordClass.INTENT) || (words[j].equals("about") && words[j + 1].equals("to"));
            tried |= WordClass.has(c, WordClass.TRIED);
            usedTo |= WordClass.has(c, WordClass.USED) && words[j + 1].equals("to");
            pastCopula |= onlyFillers && WordClass.has(c, WordClass.PAST_COPULA);
            onlyFillers &= WordClass.has(c, WordClass.FILLER) && !WordClass.has(c, WordClass.CHAIN);
        }
        // "ending it isn't the answer": the act judged and put aside, as a negation before it would
        negated |= dismissedAfter(match, words, breakBefore);
        boolean pastForm = (pastCopula || inPastTense(words, match)) && !perfect;
        Subject subject = askedWhether(words, classes, breakBefore, match.start())
                ? Subject.GENERAL : subject(match, words, classes, breakBefore, topic);
        if (topic && subject != Subject.OTHER) {
            subject = Subject.GENERAL; // "my friend keeps talking about suicide" stays her worry
        }
        boolean comparison = rather && comparedWithDistaste(match, words, breakBefore);
        return new PhraseReading(subject, negated, intent, tried, usedTo, pastForm, comparison);
    }

    /**
     * This phrase's reading when it is joined to the one before by "and" or "or": the negation, intent,
     * time and topic of the first reach it, and its subject too unless the phrase names one itself.
     */
    PhraseReading sharingFrameOf(PhraseReading first, Match match) {
        Subject shared = match.person() == Person.UNSTATED ? first.subject() : subject;
        return new PhraseReading(shared, first.negated(), first.intent(), first.tried(), first.usedTo(),
                first.pastForm() || pastForm, first.comparison());
    }

    /**
     * "they asked if I ever thought about hurting myself": a question put to the author, reported, is
     * no statement of theirs. Looks for "asked if I" before the phrase's own frame.
     */
    private static boolean askedWhether(String[] words, int[] classes, byte[] breakBefore, int start) {
        for (int j = start - 1, steps = 0; j >= 2 && steps < FRAME_REACH; j--, steps++) {
            if (breakBefore[j + 1] != RiskText.NO_BREAK) {
                return false;
            }
            if (WordClass.has(classes[j], WordClass.FIRST_PERSON)) {
                boolean conditional = words[j - 1].equals("if") || words[j - 1].equals("whether");
                String verb = words[j - 2];
                return conditional && (verb.equals("asked") || verb.equals("ask") || verb.equals("asks")
                        || verb.equals("asking"));
            }
        }
        return false;
    }

    /**
     * "killing yourself won't solve anything", "ending it is not the way": a negation after the phrase,
     * in its clause, followed by a verdict on it. Said of the act, not of the speaker's wish.
     */
    private static boolean dismissedAfter(Match match, String[] words, byte[] breakBefore) {
        boolean negation = false;
        for (int j = match.end(); j < words.length && j < match.end() + VERDICT_REACH; j++) {
            if (breakBefore[j] != RiskText.NO_BREAK) {
                return false;
            }
            if (WordClass.has(WordClass.of(words[j]), WordClass.NEGATOR)) {
                negation = true;
            } else if (negation && VERDICTS.contains(words[j])) {
                return true;
            }
        }
        return false;
    }

    /** "rather die than sing karaoke": a "than" follows, and not "than live like this". */
    private static boolean comparedWithDistaste(Match match, String[] words, byte[] breakBefore) {
        for (int j = match.end(); j < words.length && j < match.end() + THAN_REACH; j++) {
            if (breakBefore[j] == RiskText.SENTENCE_BREAK) {
                return false;
            }
            if (words[j].equals("than")) {
                int next = j + 1;
                while (next < words.length && (words[next].equals("to") || words[next].equals("just"))) {
                    next++;
                }
                boolean goOn = next + 1 < words.length && words[next].equals("go") && words[next + 1].equals("on");
                return next < words.length && !LIVING.contains(words[next]) && !goOn;
            }
        }
        return false;
    }

    /**
     * "I haven't killed myself yet", "the only reason I didn't kill myself": a negation that says
     * what holds the act back, which is the thought itself.
     */
    private static boolean heldBack(Match match, String[] words, byte[] breakBefore, int negator) {
        // "don't give up on life yet" opens its clause: advice, not a thought held back
        boolean imperative = breakBefore[negator] != RiskText.NO_BREAK;
        if (!imperative && match.end() < words.length && words[match.end()].equals("yet")) {
            return true;
        }
        for (int k = negator - 1; k >= Math.max(0, negator - 3); k--) {
            if (words[k].equals("reason") || words[k].equals("reasons")) {
                return true;
            }
        }
        return fearedOrWarded(words, breakBefore, negator);
    }

    /**
     * "I hope I don't hurt myself again", "I called so I wouldn't kill myself": a hope, prayer or
     * purpose that the author will not act says the urge is there.
     */
    private static boolean fearedOrWarded(String[] words, byte[] breakBefore, int negator) {
        int person = negator - 1;
        if (person < 1 || breakBefore[negator] != RiskText.NO_BREAK || breakBefore[person] != RiskText.NO_BREAK
                || !WordClass.has(WordClass.of(words[person]), WordClass.FIRST_PERSON)) {
            return false;
        }
        String before = words[person - 1];
        boolean soThat = before.equals("that") && person >= 2 && words[person - 2].equals("so");
        return soThat || switch (before) {
            case "hope", "hoping", "pray", "praying", "so" -> true;
            default -> false;
        };
    }

    /**
     * The phrase lists hold past forms beside present ones ("wanted to die", "self-harmed", "shot myself").
     * What follows a wish or an "if" in the phrase is what is wished or supposed, not what was: "I wish I
     * had died", "better off if I was gone".
     */
    private static boolean inPastTense(String[] words, Match match) {
        for (int j = match.start(); j < match.end(); j++) {
            String word = words[j];
            if (WISHED.contains(word)) {
                return false;
            }
            if (STATES.contains(word)) {
                continue;
            }
            boolean past = switch (word) {
                case "shot", "felt", "thought", "burnt", "was", "were" -> true; // "I was a cutter"
                // "I should have died": what ought to have been, now
                case "died" -> j == match.start() || !(words[j - 1].equals("have") || words[j - 1].equals("of")
                        || words[j - 1].equals("shouldve"));
                // "started cutting" begins what goes on; "tired of living" describes now
                case "started", "tired" -> false;
                default -> word.length() > 3 && word.endsWith("ed");
            };
            if (past) {
                return true;
            }
        }
        return false;
    }

    private static Subject subject(Match match, String[] words, int[] classes, byte[] breakBefore, boolean topic) {
        switch (match.person()) {
            case FIRST -> {
                return Subject.SELF;
            }
            case SECOND -> {
                return Subject.ADDRESSEE;
            }
            case THIRD -> {
                return Subject.OTHER;
            }
            case UNSTATED -> {
                // fall through to the words around the phrase
            }
        }
        for (int j = match.start(); j < match.end(); j++) {
            if (WordClass.has(classes[j], WordClass.FIRST_PERSON)) {
                return Subject.SELF; // "wish i was dead", "my attempt"
            }
        }
        if (match.end() < words.length && breakBefore[match.end()] == RiskText.NO_BREAK) {
            int next = classes[match.end()];
            if (WordClass.has(next, WordClass.THIRD_PERSON)) {
                return Subject.OTHER; // "suicidal friend"
            }
            if (WordClass.has(next, WordClass.GENERIC_PERSON)) {
                return Subject.GENERAL; // "suicidal people"
            }
        }
        int start = match.start();
        if (start >= 2 && words[start].endsWith("ing") && DETERMINERS.contains(words[start - 2])
                && breakBefore[start] == RiskText.NO_BREAK && breakBefore[start - 1] == RiskText.NO_BREAK
                && classes[start - 1] == 0) {
            return Subject.GENERAL; // "a celebrity committing suicide": someone in general
        }
        if (match.cue() == Cue.SUICIDE_WORD && !topic && !thoughtOf(match, classes, breakBefore)) {
            return Subject.GENERAL; // "suicide is never the answer", "I'm not saying suicide is right"
        }
        for (int j = match.start() - 1, steps = 0; j >= 0 && steps < SUBJECT_REACH; j--, steps++) {
            int c = classes[j];
            if (WordClass.has(c, WordClass.FIRST_PERSON)) {
                return Subject.SELF;
            }
            if (WordClass.has(c, WordClass.SECOND_PERSON)) {
                return Subject.ADDRESSEE;
            }
            if (WordClass.has(c, WordClass.THIRD_PERSON)) {
                return Subject.OTHER;
            }
            if (WordClass.has(c, WordClass.GENERIC_PERSON)) {
                return Subject.GENERAL;
            }
            if (breakBefore[j] == RiskText.SENTENCE_BREAK) {
                break;
            }
        }
        return Subject.SELF; // no one named: a vent drops the "I" ("want to die")
    }

    /**
     * The bare noun "suicide" is someone's thought only as the object of a verb of thinking or doing
     * close before it ("I keep thinking about suicide", "considering suicide"); elsewhere it is the topic.
     */
    private static boolean thoughtOf(Match match, int[] classes, byte[] breakBefore) {
        for (int j = match.start() - 1, steps = 0; j >= 0 && steps < 3; j--, steps++) {
            if (breakBefore[j + 1] != RiskText.NO_BREAK) {
                return false;
            }
            if (WordClass.has(classes[j], WordClass.THINKING)) {
                return true;
            }
        }
        return false;
    }
}
