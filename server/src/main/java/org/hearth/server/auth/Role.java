package org.hearth.server.auth;

/** What a staff account may do. Members have no account and no role here. */
public enum Role {
    /** Moderates the rooms named in the account. */
    MODERATOR,
    /** Runs the service: every room, appoints moderators, edits charters. */
    OPERATOR
}
