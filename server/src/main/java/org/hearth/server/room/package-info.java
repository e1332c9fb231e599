/**
 * Rooms and the message path: {@link org.hearth.server.room.ChatService} takes what members send,
 * each {@link org.hearth.server.room.Room} orders, filters and fans out on its own thread. May use
 * the protocol module, sessions, moderation and the store and metrics interfaces; never Netty.
 */
package org.hearth.server.room;
