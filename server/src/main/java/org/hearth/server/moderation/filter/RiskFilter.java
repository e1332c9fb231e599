package org.hearth.server.moderation.filter;

import java.util.List;
import java.util.function.Function;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.SupportWords;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.safety.risk.RiskAssessment;
import org.hearth.server.safety.risk.RiskLevel;
import org.hearth.server.safety.text.MessageText;

/**
 * Risk to life, under the room's charter. Risk never refuses a message: risk means a human looks.
 * <ul>
 *   <li>A room that precludes discussion of suicidal behaviour holds any post that discusses it,
 *       whoever it is about ({@code charter.suicide-discussion}).
 *   <li>Urgent or crisis, the author's own: held for review (policy {@code hold}; the room then
 *       sends the author its support resources at once and moderators see it first), or let
 *       through with the support resources to the author and an alert to moderators (policy
 *       {@code allow-with-support}).
 *   <li>Someone else at risk: let through; the author gets support resources worded for a helper,
 *       and moderators an alert.
 *   <li>Watch: let through; moderators get an alert.
 * </ul>
 * Immutable; the triage it calls is shared by every room.
 */
public final class RiskFilter implements MessageFilter {
    public static final String NAME = "safety.risk";
    public static final String PRECLUDED_RULE = "charter.suicide-discussion";

    private final Function<MessageText, RiskAssessment> triage;
    private final boolean holdRisk;
    private final boolean suicideDiscussionPrecluded;
    private final List<String> support;

    /**
     * @param triage what the risk classifier says about a text
     * @param holdRisk the charter's {@code policy.risk} is {@code hold} (else {@code allow-with-support})
     * @param suicideDiscussionPrecluded the charter's {@code policy.suicide-discussion} is {@code precluded}
     * @param support the room's support resources
     */
    public RiskFilter(Function<MessageText, RiskAssessment> triage, boolean holdRisk, boolean suicideDiscussionPrecluded,
                      List<String> support) {
        this.triage = triage;
        this.holdRisk = holdRisk;
        this.suicideDiscussionPrecluded = suicideDiscussionPrecluded;
        this.support = List.copyOf(support);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        RiskAssessment risk = triage.apply(candidate.message());
        TriageLevel level = levelOf(risk.level());
        boolean ownCrisis = level.compareTo(TriageLevel.URGENT) >= 0 && !risk.aboutSomeoneElse();
        if (ownCrisis && holdRisk) {
            return new Verdict.Hold(NAME, level, "A moderator will read your message first, because it sounds like "
                    + "you are going through something really hard. You are not in trouble.");
        }
        if (suicideDiscussionPrecluded && risk.suicidalBehaviourDiscussed()) {
            return new Verdict.Hold(PRECLUDED_RULE, atLeastWatch(level), "This room asks that talk about suicide or "
                    + "self-harm goes through a moderator first, to keep others safe. A moderator will read your "
                    + "message soon; you are welcome here.");
        }
        if (level == TriageLevel.NONE) {
            return Verdict.PASS;
        }
        if (risk.aboutSomeoneElse()) {
            return new Verdict.Note(NAME, TriageLevel.WATCH,
                    new Verdict.Tell("support", SupportWords.forSomeoneElse(support)),
                    new Verdict.Tell("risk", "This post tells of someone else who may be at risk."));
        }
        if (ownCrisis) {
            return new Verdict.Note(NAME, level, new Verdict.Tell("support", SupportWords.forAuthor(support)),
                    new Verdict.Tell("risk", "This post shows " + level.name().toLowerCase(java.util.Locale.ROOT)
                            + " risk to its author; it was posted (the room allows that) and they were shown support."));
        }
        return new Verdict.Note(NAME, TriageLevel.WATCH, null,
                new Verdict.Tell("risk", "This post shows some risk to its author: worth a look and a kind word."));
    }

    private static TriageLevel levelOf(RiskLevel level) {
        return switch (level) {
            case NONE -> TriageLevel.NONE;
            case WATCH -> TriageLevel.WATCH;
            case URGENT -> TriageLevel.URGENT;
            case CRISIS -> TriageLevel.CRISIS;
        };
    }

    private static TriageLevel atLeastWatch(TriageLevel level) {
        return level == TriageLevel.NONE ? TriageLevel.WATCH : level;
    }
}
