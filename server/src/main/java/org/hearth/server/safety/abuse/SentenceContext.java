package org.hearth.server.safety.abuse;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the words around a matched phrase to decide whether it is aimed at someone, negated,
 * reported, said of oneself or of a situation. All word sets are normalised like messages, so
 * "you're" is the two words "you re" and "will" is "wil". Stateless and thread-safe.
 */
final class SentenceContext {
    /** Who an insult can be aimed at: the reader, or a member named with "@" ("u r a" folds to "ura"). */
    private static final Set<String> ADDRESSEES = words("you u ya ye yu ur youre your yo yall ura", PreparedText.MENTION);
    /** Words that may sit between an addressee and the insult: "you are such a fucking idiot". */
    private static final Set<String> BETWEEN = words("are r re is s was were be being been look looks sound sounds act "
            + "acting seem such so a an the one fucking fuckin fking fkn freaking really real little lil big total "
            + "totally complete completely absolute absolutely utter just truly very biggest most ass sorry guys "
            + "all literally still always bunch of dirty lying stinking damn ve d ra "
            // a group named inside an insult is part of it: "you jew bastard", "you gay idiot"
            + "jew jewish black white gay muslim mexican asian arab indian chinese trans old");
    /** Addressees that may also own something: "your". */
    private static final Set<String> POSSESSIVES = words("your yo");
    /** Words that make "your" read as "you're": "your a loser", "your so dumb". */
    private static final Set<String> COPULAS = words("a an so such are re r is");
    /** Words that may come before an order and still leave it opening the sentence: "just go away". */
    private static final Set<String> LEAD_INS = words("just please pls plz now so and then oh ok okay well seriously "
            + "lol lmao you u ya yall go should better hope", PreparedText.MENTION);
    /**
     * Words that negate what follows them: "nobody should ever tell you to kill yourself". Every "n't"
     * leaves the word "t" ("don't" is "don t"), so the stems are not listed ("I won, you loser").
     */
    private static final Set<String> NEGATIONS = words("not never nobody noone nothing t dont cant wont isnt arent "
            + "doesnt didnt shouldnt wouldnt wasnt");
    /** Words that make a sentence a report of what someone said: "... she said", "he texted ...". */
    private static final Set<String> REPORTING = words("said says texted wrote yelled screamed shouted heard");
    /** Verbs that report when a person follows: "he told me to go away", "if anyone calls you stupid". */
    private static final Set<String> REPORTING_OF_PERSON = words("told tell tells telling called call calls calling");
    /** Persons after "told" or "called": "called me", "told her", "calls you". */
    private static final Set<String> REPORTED_PERSONS = words("me him her them us you u my his their");
    /** The writer themselves: "I'm such an idiot", "stupid me". */
    private static final Set<String> SELF = words("i i'm me myself am", "ima"); // "I'm a" folds to "ima"
    /** Words between the writer and a word about them: "I was being a bitch", "I feel like such a loser". */
    private static final Set<String> SELF_BETWEEN = words("a an such so the real total complete fucking being been "
            + "was am m feel felt like acting act just really little");
    /** Things, not people, that people call a bitch: "this week has been a bitch". */
    private static final Set<String> SITUATIONS = words("life it this that today week day month year job work weather "
            + "commute recovery insomnia depression anxiety withdrawal monday mondays morning grief karma therapy "
            + "school exam exams traffic");
    /** Verbs linking a situation to what it is called: "work is a bitch", "today has been a bitch". */
    private static final Set<String> LINKS = words("is s was has been be can a an real total such absolute fucking");
    /** Words naming oneself by a reclaimed word: "as a dyke", "we dykes", "I'm a proud dyke". */
    private static final Set<String> SELF_NAMING = words("as we us fellow proud");
    /** Words that carry no meaning of their own in a one-word reply: "lol, loser". */
    private static final Set<String> FILLERS = words("lol lmao haha what such a an ugh omg wow ok okay oh");

    private SentenceContext() {
    }

    /** Whether the words from {@code first} to {@code last} are aimed at someone: "you're an idiot", "@sam is a loser". */
    static boolean aimedAtSomeone(String[] w, int first, int last) {
        int before = skipBack(w, first - 1, BETWEEN, 5);
        if (before >= 0 && ADDRESSEES.contains(w[before]) && !negatedBefore(w, before)
                && !possessive(w, before, first, last)) {
            return !isSelf(w, last + 1);
        }
        int after = last + 1;
        if (after < w.length && w[after].equals(PreparedText.MENTION) && opensSentence(w, first)) {
            return true; // "idiot @sam"
        }
        if (after + 1 < w.length && w[after].equals("like") && ADDRESSEES.contains(w[after + 1])) {
            return true; // "idiots like you"
        }
        return standsAlone(w, first, last); // "Loser." as a whole reply
    }

    /** Whether an order opens its sentence (after words like "just", "you should") or has an addressee beside it. */
    static boolean openingOrAddressed(String[] w, int first, int last) {
        int before = skipBack(w, first - 1, LEAD_INS, 4);
        return before < 0 || w[before].equals(PreparedText.BOUNDARY) || addressed(w, first, last);
    }

    /** Whether an addressee or a name sits just before the words or soon after them: "you shut up", "shut up @sam". */
    static boolean addressed(String[] w, int first, int last) {
        if (first > 0 && ADDRESSEES.contains(w[first - 1])) {
            return true;
        }
        for (int i = last + 1; i < Math.min(w.length, last + 4); i++) {
            if (w[i].equals(PreparedText.BOUNDARY)) {
                return false;
            }
            if (ADDRESSEES.contains(w[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether "not", "never", "nobody" and the like come just before {@code index}. */
    static boolean negatedBefore(String[] w, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 2); i--) { // two words: "nobody thinks you..."
            if (w[i].equals(PreparedText.BOUNDARY)) {
                return false;
            }
            // "no" alone is not counted: "no you idiot" is no denial; "no one" is
            if (NEGATIONS.contains(w[i]) || (w[i].equals("one") && i > 0 && w[i - 1].equals("no"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence from {@code start} (to the next boundary) reports what someone said: "he told me ...", "... she said". */
    static boolean reportsSpeech(String[] w, int start) {
        for (int i = start; i < w.length && !w[i].equals(PreparedText.BOUNDARY); i++) {
            if (REPORTING.contains(w[i])) {
                return true;
            }
            if (REPORTING_OF_PERSON.contains(w[i]) && i + 1 < w.length && REPORTED_PERSONS.contains(w[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the writer says the word of themselves: "I'm such a bitch today", "stupid me". */
    static boolean saidOfSelf(String[] w, int first) {
        int before = skipBack(w, first - 1, SELF_BETWEEN, 5);
        return before >= 0 && SELF.contains(w[before]);
    }

    /** Whether a situation, not a person, is called the word: "this week has been a bitch". */
    static boolean saidOfSituation(String[] w, int first) {
        int before = skipBack(w, first - 1, LINKS, 4);
        return before >= 0 && before < first - 1 && SITUATIONS.contains(w[before]);
    }

    /** Whether the word is a verb here: "to bitch about" (not "bitch at", as in "that bitch at the desk"). */
    static boolean usedAsVerb(String[] w, int first, int last) {
        return (first > 0 && w[first - 1].equals("to")) || (last + 1 < w.length && w[last + 1].equals("about"));
    }

    /** Whether the writer names themselves by a reclaimed word: "as a dyke", "us dykes". */
    static boolean selfNaming(String[] w, int first) {
        int i = first - 1;
        if (i >= 0 && w[i].equals("a")) {
            i--;
        }
        return i >= 0 && (SELF_NAMING.contains(w[i]) || SELF.contains(w[i]) || (w[i].equals("proud") && i > 0));
    }

    /** Whether the word after {@code index} is a situation: "fuck you, depression". */
    static boolean situationAt(String[] w, int index) {
        return index < w.length && SITUATIONS.contains(w[index]);
    }

    /**
     * Whether "your" or "yo" before the insult owns something ("your trash bin", "your stupid idea")
     * rather than stands for "you're" ("your a loser", "your so dumb"); "your dumb ass" is aimed.
     */
    private static boolean possessive(String[] w, int addressee, int first, int last) {
        if (!POSSESSIVES.contains(w[addressee]) || w[last].equals("as")) { // "ass" folds to "as"
            return false;
        }
        for (int i = addressee + 1; i < first; i++) {
            if (COPULAS.contains(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSelf(String[] w, int index) {
        return index < w.length && (w[index].equals("me") || w[index].equals("myself"));
    }

    private static boolean standsAlone(String[] w, int first, int last) {
        if (!opensSentence(w, first)) {
            return false;
        }
        for (int i = last + 1; i < w.length && !w[i].equals(PreparedText.BOUNDARY); i++) {
            if (!FILLERS.contains(w[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether only fillers ("lol", "what a") come before {@code first} in its sentence. */
    private static boolean opensSentence(String[] w, int first) {
        for (int i = first - 1; i >= 0 && !w[i].equals(PreparedText.BOUNDARY); i--) {
            if (!FILLERS.contains(w[i])) {
                return false;
            }
        }
        return true;
    }

    /** Walks back from {@code index} over words in {@code skippable}, at most {@code limit} of them. */
    private static int skipBack(String[] w, int index, Set<String> skippable, int limit) {
        int i = index;
        while (i >= 0 && index - i < limit && skippable.contains(w[i])) {
            i--;
        }
        return i;
    }

    private static Set<String> words(String spaced, String... extra) {
        Set<String> set = Arrays.stream(spaced.split(" "))
                .flatMap(word -> Arrays.stream(AbuseTerms.normalise(word).split(" ")))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
        set.addAll(Arrays.asList(extra));
        return Set.copyOf(set);
    }
}
