package org.hearth.protocol;

/** The shapes of the small fields client frames share: client message ids, rule ids, held ids, short texts, counts. */
final class CommandFields {
    private CommandFields() {
    }

    /** 1-64 of A-Z, a-z, 0-9, '_', '-', '.', ':'. */
    static boolean isValidClientMsgId(String id) {
        int n = id.length();
        if (n == 0 || n > ClientMessage.Send.MAX_CLIENT_MSG_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The rule a moderator's command names: 1-64 characters, such as {@code rule-2}. */
    static void checkRule(String rule, String frame) {
        if (rule == null || rule.isBlank() || rule.length() > 64) {
            throw new ProtocolViolation(rule == null ? ErrorCode.MISSING_FIELD : ErrorCode.INVALID_FIELD,
                    frame + " needs the rule behind it (expected: 1-64 characters, such as rule-2)");
        }
        checkNoNul(rule, "rule");
    }

    /** A held message's id as the server gives it: 1-32 letters and digits. */
    static void checkHeldId(String heldId, String frame) {
        if (heldId == null) {
            throw new ProtocolViolation(ErrorCode.MISSING_FIELD, frame + " needs a heldId");
        }
        if (heldId.isEmpty() || heldId.length() > 32 || !heldId.chars().allMatch(Character::isLetterOrDigit)) {
            throw new ProtocolViolation(ErrorCode.INVALID_FIELD,
                    "heldId is not one the server gave (expected: the heldId of a held frame)");
        }
    }

    /** Words a command may carry (a reason, a message for members): absent, or at most {@code max} characters. */
    static void checkOptionalText(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw new ProtocolViolation(ErrorCode.INVALID_FIELD,
                    field + " is " + text.length() + " characters (expected: at most " + max + ")");
        }
        checkNoNul(text, field);
    }

    /**
     * Free text may not hold U+0000: no store keeps it everywhere (PostgreSQL's text refuses it),
     * and a message no store can keep would fail the other messages written with it.
     */
    static void checkNoNul(String text, String field) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new ProtocolViolation(ErrorCode.INVALID_FIELD,
                    field + " has a NUL character (U+0000) (expected: text without it)");
        }
    }

    /** A whole number within bounds; {@code expected} says what is allowed, in words. */
    static void checkRange(int value, int min, int max, String field, String expected) {
        if (value < min || value > max) {
            throw new ProtocolViolation(ErrorCode.INVALID_FIELD, field + " is " + value + " (expected: " + expected + ")");
        }
    }
}
