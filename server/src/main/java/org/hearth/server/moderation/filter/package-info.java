/**
 * The filters themselves, one rule per class. May use the moderation package, the protocol module,
 * {@code java.time}, and the safety classifiers' results and text readings.
 */
package org.hearth.server.moderation.filter;
