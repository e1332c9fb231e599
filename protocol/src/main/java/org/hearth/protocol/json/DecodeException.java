package org.hearth.protocol.json;

import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.ServerMessage;

/**
 * A client frame that could not be decoded: the documented error code, a message for the client,
 * and whatever could be learned of the frame it refers to. Not thrown on valid input.
 */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String refType;
    private final String refRoom;
    private final String refClientMsgId;

    public DecodeException(ErrorCode code, String message, String refType, String refRoom, String refClientMsgId) {
        super(message, null, false, false); // expected on bad input: no stack trace
        this.code = code;
        this.refType = refType;
        this.refRoom = refRoom;
        this.refClientMsgId = refClientMsgId;
    }

    public ErrorCode code() {
        return code;
    }

    /** The error frame to send back to the client. */
    public ServerMessage.Error toErrorFrame() {
        return ServerMessage.Error.of(code, getMessage(), refType, refRoom, refClientMsgId);
    }
}
