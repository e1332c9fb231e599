package org.hearth.server.transport.websocket;

import io.netty.channel.Channel;
import org.hearth.protocol.CloseCode;

/** What the rest of the transport may do to WebSocket connections it holds only as channels. */
public final class WebSocketChannels {
    private WebSocketChannels() {
    }

    /**
     * Closes the channel's WebSocket connection with a close code, behind the frames the connection
     * still owes its member; a channel whose handshake never finished is closed at once.
     */
    public static void close(Channel channel, CloseCode code) {
        WebSocketConnection connection = channel.attr(WebSocketConnection.OF_CHANNEL).get();
        if (connection != null) {
            connection.close(code);
        } else {
            channel.close();
        }
    }
}
