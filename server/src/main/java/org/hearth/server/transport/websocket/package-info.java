/**
 * The WebSocket edge: the pipeline, the upgrade guard (origin, connections per address), the
 * client-frame decoder, the session handler, and the connection that turns the room's calls into
 * batched writes. May use Netty and everything it wires; nothing past it sees a ByteBuf.
 */
package org.hearth.server.transport.websocket;
