package org.hearth.server.moderation;

/** How much risk to life a message shows; the safety filters assign it, the room's policy acts on it. */
public enum TriageLevel {
    /** Nothing of concern. */
    NONE,
    /** Worth a moderator's look; the message may flow. */
    WATCH,
    /** A moderator should look soon; held by default. */
    URGENT,
    /** Someone may be in danger now; held, support shown at once, moderators alerted first. */
    CRISIS
}
