package org.hearth.server.safety.risk;

/**
 * What a listed phrase signals. Risk cues carry the level they stand for when the author says it of
 * themselves, now and unnegated; marker cues only colour the risk cues near them.
 */
enum Cue {
    /** An explicit wish to be dead: "I want to die", "I wish I were dead". */
    DEATH_WISH(RiskLevel.URGENT, false),
    /** Suicidal thinking named outright: "kill myself", "suicidal", "end my life", "kms". */
    SUICIDAL(RiskLevel.URGENT, false),
    /** The noun "suicide": the author's own thought only with the author as the subject. */
    SUICIDE_WORD(RiskLevel.URGENT, false),
    /** Counts only negated: "I don't want to live", "life isn't worth living". */
    LIFE_NEGATED(RiskLevel.URGENT, false),
    /** Counts only negated, a passive wish: "I don't want to wake up", "I don't want to be here". */
    HERE_NEGATED(RiskLevel.WATCH, false),
    /**
     * A wish to be dead or not to exist, said passively: "I wish I wasn't alive", "I want to go to
     * sleep and never wake up". The C-SSRS counts it as suicidal ideation (its first question).
     */
    PASSIVE_DEATH_WISH(RiskLevel.URGENT, false),
    /**
     * Feeling a burden whose death would relieve others: "everyone would be better off without me",
     * "nobody would miss me". Perceived burdensomeness is one of the two strands of the
     * interpersonal theory of suicide and a warning sign in its own right.
     */
    BURDEN(RiskLevel.URGENT, false),
    /**
     * Weariness of life itself or hopelessness about all of it: "I'm tired of being alive", "I have
     * nothing left to live for", "I feel hopeless", "I've lost all hope". Hopelessness said of
     * oneself as a whole, not of one situation, is among the strongest predictors of suicide.
     */
    LIFE_WEARY(RiskLevel.URGENT, false),
    /** Not waking up, which is a passive wish only beside a hope or a wish in its sentence. */
    NOT_WAKING(RiskLevel.URGENT, false),
    /** Asking to be admitted for one's own crisis: "I need to check myself into the hospital". */
    CRISIS_CARE(RiskLevel.URGENT, false),
    /** A vaguer passive wish: "I wish I could disappear", "I want to vanish". */
    PASSIVE_WISH(RiskLevel.WATCH, false),
    /** Hopelessness about going on, not named as life: "I can't go on like this", "there's no way out". */
    HOPELESS(RiskLevel.WATCH, false),
    /**
     * Despair that is the room's everyday talk alone ("nothing matters", "no one cares about me")
     * but adds to a passive wish or hopelessness about living: never a level of its own.
     */
    DESPAIR(RiskLevel.NONE, false),
    /** A self-harm act or urge: "cut myself", "self-harm", "burn myself". */
    SELF_HARM(RiskLevel.URGENT, true),
    /** A named method: "hang myself", "overdose", "jump off a bridge". */
    METHOD(RiskLevel.URGENT, true),
    /**
     * A firearm to hand: "I have a gun", "my gun". Access to a firearm is the strongest single
     * factor in whether a suicide attempt is fatal, so the author's own is worth a look soon.
     */
    LETHAL_MEANS(RiskLevel.URGENT, true),
    /** An attempt that happened: "tried to kill myself", "my suicide attempt", "she killed herself". */
    ATTEMPT(RiskLevel.URGENT, true),
    /** An attempt under way: "I took all my pills", "I'm standing on the ledge". */
    ATTEMPT_NOW(RiskLevel.CRISIS, true),
    /** A suicide plan or preparation in so many words: "my suicide note", "tied a noose". */
    PLAN(RiskLevel.CRISIS, true),
    /**
     * The act named only as "it", where the message names it elsewhere: "I know you want to kill
     * yourself ... I've been thinking about doing it as well". Counts beside risk about anyone, since
     * "it" points back at that.
     */
    ACT_REFERENCE(RiskLevel.URGENT, false),
    /** A farewell in so many words: "this is goodbye", "by the time you read this". */
    GOODBYE(RiskLevel.CRISIS, false),
    /** A figure of speech that contains a risk phrase: "shoot myself in the foot", "career suicide". */
    IDIOM(RiskLevel.NONE, false),

    /** Puts what is said in the distant past: "years ago", "when I was", "used to". */
    DISTANT(RiskLevel.NONE, false),
    /** Puts what is said now or very recently: "again", "still", "last night", "right now". */
    CURRENT(RiskLevel.NONE, false),
    /** Says it is over: "two years clean", "recovered". */
    RECOVERY(RiskLevel.NONE, false),
    /** A time soon: "tonight", "tomorrow", "this weekend". */
    TIMING(RiskLevel.NONE, false),
    /** Having or getting something: "I have", "bought". */
    POSSESS(RiskLevel.NONE, false),
    /** Keeping something back over time: "saved up", "stockpiling", "hoarding". */
    STOCKPILE(RiskLevel.NONE, false),
    /** A means of suicide that is also an everyday thing: "pills", "rope", "gun". */
    MEANS(RiskLevel.NONE, false),
    /** The author's own distress now: "I'm so depressed", "I'm struggling again", "falling apart". */
    DISTRESS(RiskLevel.NONE, false),
    /** A hope or a wish: "hoping", "I wish", "praying". */
    WISHING(RiskLevel.NONE, false);

    private final RiskLevel level;
    private final boolean behaviour;

    Cue(RiskLevel level, boolean behaviour) {
        this.level = level;
        this.behaviour = behaviour;
    }

    /** The level this cue stands for, said by the author of themselves, now and unnegated. */
    RiskLevel level() {
        return level;
    }

    /** Whether the cue is suicidal behaviour (methods, attempts, plans, self-harm acts) rather than thought. */
    boolean behaviour() {
        return behaviour;
    }

    boolean isRisk() {
        return level != RiskLevel.NONE || this == DESPAIR;
    }

    /** Whether only a negated form of the phrase is risk ("don't want to live"). */
    boolean needsNegation() {
        return this == LIFE_NEGATED || this == HERE_NEGATED;
    }
}
