package org.hearth.server.safety.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical roles of single words that decide how a risk phrase is read: who it is about,
 * whether it is negated, whether it is intended or tried. Words are stored normalised, as
 * {@link RiskText} produces them. Immutable and thread-safe.
 */
final class WordClass {
    static final int NEGATOR = 1;
    /** Words a negation or a frame reaches through: "not [going to] kill myself". */
    static final int CHAIN = 1 << 1;
    /** Says the act is meant: "going to", "will", "ready", "decided". */
    static final int INTENT = 1 << 2;
    /** Says it was tried: "tried to", "attempted to". */
    static final int TRIED = 1 << 3;
    /** "used" in "used to". */
    static final int USED = 1 << 4;
    /** Past "was", "were", "had" right before the phrase: "I was suicidal". */
    static final int PAST_COPULA = 1 << 5;
    /** "trying not to": the negation is a struggle, not a denial. */
    static final int STRUGGLE = 1 << 6;
    static final int FIRST_PERSON = 1 << 7;
    static final int SECOND_PERSON = 1 << 8;
    static final int THIRD_PERSON = 1 << 9;
    /** People in general: "people who self-harm", "anyone". */
    static final int GENERIC_PERSON = 1 << 10;
    /** Words skipped inside a phrase: "want to [just] die". */
    static final int FILLER = 1 << 11;
    /** Present perfect, which keeps a past form current: "I've wanted to die for years". */
    static final int PERFECT = 1 << 12;
    /** A verb of thinking or doing that makes the bare noun "suicide" a thought: "considering suicide". */
    static final int THINKING = 1 << 13;
    /** Talk about a topic, not of oneself: "to talk about suicidal thoughts". */
    static final int TOPIC = 1 << 14;
    /** "rather", which with "than" may make a comparison of distaste: "I'd rather die than sing". */
    static final int RATHER = 1 << 15;

    /**
     * The words the grammar of {@link PhraseReading}, {@link RiskText} and {@link RiskTriage} compares by
     * name: in the triage's vocabulary, whatever its phrase lists hold (see {@link Vocabulary}).
     */
    static final List<String> COMPARED_BY_NAME = List.of("than", "to", "just", "go", "on", "yet", "reason", "reasons",
            "that", "so", "hope", "hoping", "pray", "praying", "shot", "felt", "thought", "burnt", "was", "were", "died",
            "have", "of", "shouldve", "started", "tired", "and", "or", "nor", "but", "however", "although", "about",
            "if", "whether", "asked", "ask", "asks", "asking", "wish", "regret", "would", "a", "an", "the", "this", "any",
            "every", "another", "answer", "solution", "solve", "way", "option", "fix", "worth", "live", "living", "be",
            "keep", "wake", "face", "continue", "exist", "spend", "stay", "suffer", "feel", "feeling", "endure",
            "survive", "disappointed", "relieved", "devastated", "frustrated", "trapped", "backed", "defeated",
            "cornered", "doomed", "isolated", "exhausted", "obsessed");

    private static final Map<String, Integer> CLASSES = new HashMap<>();

    static {
        add(NEGATOR, "not", "never", "no", "dont", "doesnt", "didnt", "wont", "wouldnt", "shouldnt", "isnt", "arent",
                "wasnt", "werent", "havent", "hasnt", "hadnt", "aint", "nor", "nothing", "nobody", "neither");
        add(CHAIN, "to", "want", "wanna", "wants", "wanted", "going", "gonna", "will", "would", "be", "ever", "try",
                "trying", "tried", "attempted", "attempt", "plan", "planning", "planned", "intend", "about", "of",
                "thinking", "think", "thought", "considering", "consider", "contemplating", "do", "am", "is", "are", "was",
                "were", "have", "has", "had", "been", "feel", "feeling", "felt", "like", "go", "again", "need", "needs",
                "could", "should", "might", "may", "must", "let", "ready", "decided", "able", "used", "the", "any",
                "see", "find", "dreaming", "dream", "urge", "urges", "start", "started", "keep", "kept", "also",
                "too", "almost", "nearly", "t", "anymore", "much", "longer", "wish", "hope", "considered", "contemplated",
                "contemplate", "wondering", "wonder", "fantasizing", "fantasising", "obsessing", "commit", "committing");
        add(THINKING, "thinking", "think", "thought", "thoughts", "considering", "consider", "considered",
                "contemplating", "contemplate", "contemplated", "dreaming", "dream", "dreamed", "fantasizing",
                "fantasising", "obsessing", "attempt", "attempted", "attempting", "commit", "committing", "planning",
                "planned", "plan", "wondering", "researching", "threaten", "threatened", "threatening", "threatens");
        add(TOPIC, "talk", "talking", "discuss", "discussing", "discussion", "read", "reading", "write", "writing",
                "post", "posting", "article", "mention", "mentioned", "topic", "subject", "stigma", "awareness",
                "joke", "joking", "jokes", "research", "study", "studies", "statistics", "prevent", "preventing");
        add(RATHER | CHAIN, "rather", "sooner", "prefer");
        add(INTENT, "going", "gonna", "will", "ready", "decided", "planning", "plan", "intend", "il");
        add(TRIED, "tried", "attempted", "almost", "nearly");
        add(USED, "used");
        add(PAST_COPULA, "was", "were", "had");
        add(PERFECT, "ive", "have", "has", "been", "always", "still");
        add(STRUGGLE, "trying", "try", "tried", "hard", "struggling", "struggle", "resisting", "fighting", "fight");
        add(FIRST_PERSON, "i", "im", "ive", "id", "il", "me", "my", "myself", "mine");
        add(SECOND_PERSON, "you", "youre", "youve", "youd", "youll", "your", "yourself", "yourselves", "u", "ur", "op");
        add(THIRD_PERSON, "he", "she", "they", "hes", "shes", "theyre", "theyve", "his", "her", "their", "him",
                "them", "himself", "herself", "themselves", "themself", "friend", "friends", "brother", "sister", "mom",
                "mum", "mother", "dad", "father", "son", "daughter", "wife", "husband", "girlfriend", "boyfriend", "gf",
                "bf", "partner", "cousin", "uncle", "aunt", "grandma", "grandpa", "grandmother", "grandfather",
                "roommate", "classmate", "coworker", "colleague", "kid", "child", "niece", "nephew", "fiance",
                "fiancee", "bestie", "buddy", "ex", "neighbour", "neighbor", "student", "patient", "client");
        add(GENERIC_PERSON, "people", "person", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
                "nobody", "others", "many", "those", "whoever", "teens", "teenagers", "kids", "men", "women",
                "humans", "human", "individuals", "adults", "strangers",
                // "we" in a support forum is mostly everyone: "when we feel suicidal we forget"
                "we", "us", "our", "ourselves");
        add(FILLER, "just", "really", "so", "fucking", "fuckin", "literally", "honestly", "actually", "seriously",
                "simply", "totally", "even", "kinda", "truly", "badly", "desperately", "sometimes", "often", "genuinely",
                "fully", "finally", "still", "constantly", "frequently", "definitely", "probably", "sort", "kind");
    }

    private WordClass() {
    }

    private static void add(int flag, String... words) {
        for (String word : words) {
            for (String normalised : RiskText.normalise(word)) {
                CLASSES.merge(normalised, flag, (a, b) -> a | b);
            }
        }
    }

    /** Every word that has a role, normalised. */
    static Set<String> words() {
        return CLASSES.keySet();
    }

    /** The role flags of a normalised word, 0 for none. */
    static int of(String word) {
        Integer flags = CLASSES.get(word);
        return flags == null ? 0 : flags;
    }

    static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }
}
