package org.hearth.server.safety.risk;

/**
 * How much risk to life a message shows. The room's charter decides what each level does; these
 * are the defaults the levels are named for.
 */
public enum RiskLevel {
    /** Nothing about risk to life (sadness, venting and talk of one's diagnosis are not risk). */
    NONE,
    /**
     * Worth a moderator's look, may flow: vague passive wishes ("I wish I could disappear"),
     * hopelessness not named as life ("I can't go on like this"), past or recovered self-harm,
     * worry about someone else.
     */
    WATCH,
    /**
     * A moderator should look before the room sees it, and the author privately gets support
     * resources (a gentle response, never a rejection): the author's own current suicidal thoughts
     * or self-harm, including the passive wish to be dead ("I wish I wasn't alive", "I don't want to
     * wake up"), feeling a burden ("everyone would be better off without me"), weariness of or
     * hopelessness about life as a whole ("I'm tired of being alive", "I feel hopeless"), and a past
     * attempt or self-harm told beside distress now.
     */
    URGENT,
    /** Someone may be in danger now: a plan, means at hand, a goodbye, an attempt under way. */
    CRISIS
}
