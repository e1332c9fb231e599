package org.hearth.server.session;

import org.hearth.protocol.CloseCode;
import org.hearth.protocol.ServerMessage;

/**
 * One live client connection, as the rest of the server sees it. Implemented by the transport.
 *
 * <p>NOTE: frames reach the client in the order of the calls on the lane's thread. {@link #send}
 * from another thread is queued on the lane, behind anything queued there before it, so a room
 * that sends an ack and then broadcasts keeps that order for the author.
 */
public interface Connection {
    /** Encodes and sends one frame to this connection alone. Any thread. */
    void send(ServerMessage message);

    /** Writes an already-encoded frame. Only on {@link #lane()}'s thread. */
    void deliver(SharedFrame frame);

    /** The lane that owns this connection. */
    DeliveryLane lane();

    /** Closes the connection with a documented close code. Any thread; idempotent. */
    void close(CloseCode code);
}
