/**
 * What survives a restart, behind one interface per concern: {@link
 * org.hearth.server.store.MessageStore} (messages, per-room sequence counters, resend keys), {@link
 * org.hearth.server.store.RoomCatalog} (rooms and their settings), accounts, the audit log, mutes and
 * charter edits, opened together as {@link org.hearth.server.store.Stores}. Backends live in
 * subpackages named after them ({@code memory}, {@code sqlite}, {@code postgres}); the SQL ones
 * share {@code jdbc}. May use the protocol module and the JDK.
 */
package org.hearth.server.store;
