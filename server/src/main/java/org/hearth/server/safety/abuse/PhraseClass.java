package org.hearth.server.safety.abuse;

/**
 * What a listed word or phrase is, which decides the context it needs before it counts. A phrase
 * may be listed in more than one class ("son of a bitch" is an insult when aimed, and exempt as a
 * slur).
 */
enum PhraseClass {
    /** Innocent phrase holding a listed word ("spic and span"): matches inside it do not count. */
    EXEMPT,
    /** An insulting word: counts only when aimed at someone. */
    INSULT,
    /** Insulting by its own form ("fuck you"). */
    INSULT_ANYWHERE,
    /** Often friendly ("shut up!"): harassment only beside an addressee or an insult. */
    WEAK_IMPERATIVE,
    /** An order to leave or to die: harassment when it opens a sentence or has an addressee. */
    IMPERATIVE,
    /** Hounding or wishing someone gone, wherever it stands. */
    HARASSMENT,
    /** An ableist slur: not when the writer says it of themselves ("I'm so retarded today"). */
    ABLEIST_SLUR,
    /**
     * A gendered slur, a word also used of oneself or a situation: not when complaining ("to bitch
     * about"), of a situation ("this week was a bitch"), or of oneself ("I was such a bitch").
     */
    GENDERED_SLUR,
    /** A slur some use of themselves: not when the writer names themselves by it. */
    RECLAIMABLE_SLUR,
    /** A slur, whoever says it and whatever the context. */
    SLUR,
    /** A threat of violence. */
    THREAT;

    static PhraseClass ofSection(String section) {
        return switch (section) {
            case "slur" -> SLUR;
            case "reclaimable" -> RECLAIMABLE_SLUR;
            case "gendered" -> GENDERED_SLUR;
            case "ableist" -> ABLEIST_SLUR;
            case "insult" -> INSULT;
            case "insult-anywhere" -> INSULT_ANYWHERE;
            case "harassment" -> HARASSMENT;
            case "imperative" -> IMPERATIVE;
            case "weak-imperative" -> WEAK_IMPERATIVE;
            case "threat" -> THREAT;
            case "exempt" -> EXEMPT;
            default -> throw new IllegalArgumentException("unknown section [" + section + "] in the abuse terms");
        };
    }

    /** The most serious kind a match of this class can be judged to be. */
    AbuseKind mostSerious() {
        return switch (this) {
            case EXEMPT -> AbuseKind.NONE;
            case INSULT, INSULT_ANYWHERE -> AbuseKind.INSULT;
            case WEAK_IMPERATIVE, IMPERATIVE, HARASSMENT -> AbuseKind.HARASSMENT;
            case ABLEIST_SLUR, GENDERED_SLUR, RECLAIMABLE_SLUR, SLUR -> AbuseKind.SLUR;
            case THREAT -> AbuseKind.THREAT;
        };
    }

    /** Whether single words of this class also match plural and masked ("f*ggot") spellings. */
    boolean takesWordVariants() {
        return this == SLUR || this == RECLAIMABLE_SLUR || this == GENDERED_SLUR || this == ABLEIST_SLUR || this == INSULT;
    }
}
