package org.hearth.server.moderation.filter;

import java.util.function.Function;
import org.hearth.protocol.ErrorCode;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.safety.abuse.AbuseAssessment;
import org.hearth.server.safety.abuse.AbuseKind;
import org.hearth.server.safety.text.MessageText;

/**
 * Attacks on other members, under the room's charter ({@code policy.abuse}): held for a moderator
 * (who may then mute or remove) or refused with the reason. Venting about oneself and mentions of
 * identity are the classifier's to let through. Immutable; the detector is shared by every room.
 */
public final class AbuseFilter implements MessageFilter {
    public static final String NAME = "safety.abuse";

    private final Function<MessageText, AbuseAssessment> detector;
    private final boolean hold;

    /**
     * @param detector what the abuse detector says about a text
     * @param hold the charter's {@code policy.abuse} is {@code hold} (else {@code reject})
     */
    public AbuseFilter(Function<MessageText, AbuseAssessment> detector, boolean hold) {
        this.detector = detector;
        this.hold = hold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        AbuseKind kind = detector.apply(candidate.message()).kind();
        if (kind == AbuseKind.NONE) {
            return Verdict.PASS;
        }
        String what = switch (kind) {
            case INSULT -> "it reads as an insult to someone";
            case HARASSMENT -> "it reads as pushing someone away or down";
            case SLUR -> "it uses a slur";
            case THREAT -> "it reads as a threat";
            case NONE -> throw new IllegalStateException("handled above");
        };
        if (hold) {
            // A threat is someone's safety too: moderators see it before ordinary holds.
            TriageLevel level = kind == AbuseKind.THREAT ? TriageLevel.WATCH : TriageLevel.NONE;
            return new Verdict.Hold(NAME, level, "A moderator will read your message before the room sees it: "
                    + what + ". Everyone here is carrying something; talk about what was said, not the person.");
        }
        return new Verdict.Reject(NAME, ErrorCode.REJECTED_BY_RULE, "Your message was not posted: " + what
                + ". Everyone here is carrying something; please say it in a way that talks about what was said, "
                + "not the person.");
    }
}
