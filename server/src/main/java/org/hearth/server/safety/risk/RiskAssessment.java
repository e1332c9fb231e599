package org.hearth.server.safety.risk;

/**
 * What risk triage found in one message.
 *
 * @param level the triage level
 * @param aboutSomeoneElse the risk described is another person's ("my friend said she wants to
 *     die"): the author needs help supporting them, not the author's own crisis response
 * @param suicidalBehaviourDiscussed the text talks about suicidal behaviour (methods, attempts,
 *     plans), whoever it is about and whenever it happened: a room that precludes such discussion
 *     holds it for a moderator
 */
public record RiskAssessment(RiskLevel level, boolean aboutSomeoneElse, boolean suicidalBehaviourDiscussed) {
    public static final RiskAssessment NONE = new RiskAssessment(RiskLevel.NONE, false, false);
}
