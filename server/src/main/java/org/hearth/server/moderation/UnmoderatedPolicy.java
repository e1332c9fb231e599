package org.hearth.server.moderation;

import java.util.List;
import java.util.Locale;

/**
 * What a room does with posts while none of its moderators is on duty (the charter's
 * {@code whenUnmoderated}): let them flow, hold them all until a moderator is back, or hold the
 * ones a filter had something to say about (redacted parts, risk, a privacy nudge) and let the
 * rest flow. Immutable.
 */
public enum UnmoderatedPolicy {
    FLOW("flow"),
    HOLD_ALL("hold-all"),
    HOLD_FLAGGED("hold-flagged");

    /** The rule named to a member whose post waits for a moderator to come back. */
    public static final String RULE = "charter.unmoderated";

    private final String configName;

    UnmoderatedPolicy(String configName) {
        this.configName = configName;
    }

    /** The policy named as in a charter ({@code flow}, {@code hold-all}, {@code hold-flagged}). */
    public static UnmoderatedPolicy named(String name) {
        for (UnmoderatedPolicy policy : values()) {
            if (policy.configName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown policy '" + name + "' (expected: flow, hold-all or hold-flagged)");
    }

    public String configName() {
        return configName;
    }

    /**
     * The hold for a post the filters let through while no moderator is on duty, or null when it
     * may go on.
     */
    Verdict.Hold holdWhenUnmoderated(List<Verdict.Redact> redactions, List<Verdict.Note> notes) {
        boolean flagged = !redactions.isEmpty() || !notes.isEmpty();
        if (this == FLOW || (this == HOLD_FLAGGED && !flagged)) {
            return null;
        }
        TriageLevel level = TriageLevel.NONE;
        for (Verdict.Note note : notes) {
            if (note.level().compareTo(level) > 0) {
                level = note.level();
            }
        }
        return new Verdict.Hold(RULE, level, "No moderator is on duty in this room right now, so "
                + (this == HOLD_ALL ? "messages wait" : "messages like this one wait")
                + " until one is back. Yours will be read first thing; nobody else sees it before then.");
    }
}
