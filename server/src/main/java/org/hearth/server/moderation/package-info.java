/**
 * Moderation on the message path: {@link org.hearth.server.moderation.MessageFilter}s decide,
 * returning a {@link org.hearth.server.moderation.Verdict} that names the rule behind it; the
 * {@link org.hearth.server.moderation.FilterChain} runs them in order; the room reacts. May use
 * the protocol module and {@code java.time}; never the room or store internals.
 */
package org.hearth.server.moderation;
