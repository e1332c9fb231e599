package org.hearth.protocol;

/** Constants of the wire protocol that both ends must agree on. */
public final class Protocol {
    /** The WebSocket subprotocol a client asks for in {@code Sec-WebSocket-Protocol}. */
    public static final String SUBPROTOCOL = "hearth.v1";

    /** The path the server upgrades to WebSocket. */
    public static final String WEBSOCKET_PATH = "/ws";

    private Protocol() {
    }
}
