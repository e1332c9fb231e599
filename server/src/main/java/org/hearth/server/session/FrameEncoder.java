package org.hearth.server.session;

import org.hearth.protocol.ServerMessage;

/** Encodes a server frame once into bytes that can be written to any connection as they are. */
@FunctionalInterface
public interface FrameEncoder {
    SharedFrame encode(ServerMessage message);
}
