package org.hearth.protocol;

/**
 * A frame or value that breaks the protocol's rules. Carries the documented {@link ErrorCode}
 * and a message that says what was wrong and what would be right.
 */
public final class ProtocolViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public ProtocolViolation(ErrorCode code, String message) {
        super(message, null, false, false); // no stack trace: bad input is expected, not exceptional
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
