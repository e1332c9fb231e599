/**
 * The filters themselves, one rule per class. May use the moderation package, the protocol module
 * and {@code java.time}.
 */
package org.hearth.server.moderation.filter;
