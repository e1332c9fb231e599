package org.hearth.server.safety.risk;

/**
 * How much risk to life a message shows. The room's charter decides what each level does; these
 * are the defaults the levels are named for.
 */
public enum RiskLevel {
    /** Nothing about risk to life (sadness, venting and talk of one's diagnosis are not risk). */
    NONE,
    /** Worth a moderator's look, may flow: passive wishes ("I wish I could disappear"), past or recovered self-harm, worry about someone else. */
    WATCH,
    /** A moderator should look soon: the author's own current suicidal thoughts or self-harm. */
    URGENT,
    /** Someone may be in danger now: a plan, means at hand, a goodbye, an attempt under way. */
    CRISIS
}
