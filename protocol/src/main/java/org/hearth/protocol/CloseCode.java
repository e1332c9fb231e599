package org.hearth.protocol;

/**
 * WebSocket close codes the server uses, with stable numbers. Standard codes (1000–1015) mean
 * what RFC 6455 says; Hearth's own live in 4000–4999:
 * <ul>
 *   <li>4000–4099: reconnect (with backoff) and resume with the resume token.</li>
 *   <li>4100–4199: do not reconnect automatically; tell the member.</li>
 * </ul>
 */
public enum CloseCode {
    NORMAL(1000, false, "closed normally"),
    GOING_AWAY(1001, true, "the connection went idle or the peer is leaving"),
    UNSUPPORTED_DATA(1003, false, "binary frames are not part of this protocol"),
    INVALID_PAYLOAD(1007, false, "a text frame was not valid UTF-8"),
    POLICY_VIOLATION(1008, false, "the connection broke a protocol rule"),
    MESSAGE_TOO_BIG(1009, false, "a frame was larger than allowed"),
    SERVICE_RESTART(1012, true, "the server is restarting; reconnect shortly and resume"),

    SLOW_CONSUMER(4000, true, "the connection did not read fast enough; reconnect and resume"),
    SESSION_RESUMED_ELSEWHERE(4100, false, "this session was resumed on another connection");

    private final int code;
    private final boolean reconnect;
    private final String reason;

    CloseCode(int code, boolean reconnect, String reason) {
        this.code = code;
        this.reconnect = reconnect;
        this.reason = reason;
    }

    /** The number sent in the WebSocket close frame. */
    public int code() {
        return code;
    }

    /** Whether a client should reconnect and resume on its own after this close. */
    public boolean reconnect() {
        return reconnect;
    }

    /** The short reason text sent in the close frame (at most 123 bytes). */
    public String reason() {
        return reason;
    }

    /** The close code with this number, or null if there is none. */
    public static CloseCode ofCode(int code) {
        for (CloseCode value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        return null;
    }
}
