/**
 * What survives a restart, behind one interface per concern: {@link
 * org.hearth.server.store.MessageStore} (messages, per-room sequence counters, resend keys) and
 * {@link org.hearth.server.store.RoomCatalog} (rooms and their settings). Backends live in
 * subpackages named after them. May use the protocol module and the JDK.
 */
package org.hearth.server.store;
