package org.hearth.server.safety.abuse;

/** What kind of abuse a message shows, if any. */
public enum AbuseKind {
    /** None: including strong language about oneself or one's situation, and mentions of identity. */
    NONE,
    /** An insult aimed at a person ("you're pathetic"). */
    INSULT,
    /** Hounding or demeaning a person: telling them to leave, shut up, that nobody wants them. */
    HARASSMENT,
    /** A slur against a group, or a person by their group. */
    SLUR,
    /** A threat of violence against a person. */
    THREAT
}
