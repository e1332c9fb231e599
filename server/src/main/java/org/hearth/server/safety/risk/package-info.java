/**
 * Risk triage: {@link org.hearth.server.safety.risk.RiskTriage} reads a message for risk to life
 * (suicidal thoughts, plans, means, self-harm, goodbyes) in context — who it is about, negation,
 * past and recovery, idioms, evasions — and gives a {@link org.hearth.server.safety.risk.RiskLevel}.
 * Immutable after construction, shared by every room. May use the JDK and the shared text package.
 */
package org.hearth.server.safety.risk;
