/**
 * Member sessions (pseudonymous, resumable) and the seams to the transport: {@link
 * org.hearth.server.session.Connection}, {@link org.hearth.server.session.DeliveryLane} and
 * {@link org.hearth.server.session.SharedFrame}. No Netty types: the transport implements these.
 * May use the protocol module and the JDK.
 */
package org.hearth.server.session;
