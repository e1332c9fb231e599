/**
 * The safety classifiers: plain Java components that read a message's text and say what they
 * found (a triage level for risk to life, personal details with their places in the text, abuse
 * aimed at a person, the kinds of quasi-identifying detail disclosed). They decide nothing about a
 * room: filters in {@code moderation.filter} turn their findings into verdicts under the room's
 * charter. Stateless or immutable after construction, so one instance serves every room and thread.
 * May use the JDK and the text libraries only; never the protocol, rooms, stores or the network.
 */
package org.hearth.server.safety;
