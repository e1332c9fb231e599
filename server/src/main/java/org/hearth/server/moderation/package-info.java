/**
 * Moderation on the message path: {@link org.hearth.server.moderation.MessageFilter}s decide,
 * returning a {@link org.hearth.server.moderation.Verdict} that names the rule behind it; the
 * {@link org.hearth.server.moderation.FilterChain} runs them in order; the room reacts. May use
 * the protocol module, {@code java.time} and the safety package's {@code MessageText} (a candidate
 * carries what the filters have read of its text); never the room or store internals.
 */
package org.hearth.server.moderation;
