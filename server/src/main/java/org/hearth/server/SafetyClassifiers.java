package org.hearth.server;

import java.util.List;
import java.util.function.Function;
import org.hearth.server.safety.abuse.AbuseAssessment;
import org.hearth.server.safety.abuse.AbuseDetector;
import org.hearth.server.safety.disclosure.Disclosure;
import org.hearth.server.safety.disclosure.DisclosureDetector;
import org.hearth.server.safety.pii.PiiDetector;
import org.hearth.server.safety.pii.PiiFinding;
import org.hearth.server.safety.risk.RiskAssessment;
import org.hearth.server.safety.risk.RiskTriage;
import org.hearth.server.safety.text.MessageText;

/**
 * The safety classifiers every room's filters share: built once at start-up (their word lists
 * and automata are the costly part), immutable and thread-safe after that. Each reads a
 * {@link MessageText}, so that what one has read of a message (its tokens, say) serves the next.
 *
 * @param risk risk triage of a text
 * @param personalDetails the personal details in a text, redacted before broadcast
 * @param disclosures the quasi-identifying details in a text, for the disclosure tally
 * @param abuse whether a text attacks someone
 */
public record SafetyClassifiers(Function<MessageText, RiskAssessment> risk,
                                Function<MessageText, List<PiiFinding>> personalDetails,
                                Function<MessageText, List<Disclosure>> disclosures,
                                Function<MessageText, AbuseAssessment> abuse) {

    /**
     * A message that wakes every part of every classifier (phone metadata is loaded on first use,
     * for one), so the first member's post is not the one that pays for it.
     */
    private static final String WARM_UP = "I'm 34, I live in Leeds and work at the Royal Infirmary as a nurse. "
            + "Call me on +44 7700 900123 or mail sam.rivers@example.org, 12 Elm Street, LS1 4AP. "
            + "Some days I want to die. You are a pathetic idiot.";

    /** The classifiers Hearth ships: built once, shared by every room, and warmed up before the first post. */
    public static SafetyClassifiers standard() {
        RiskTriage risk = new RiskTriage();
        PiiDetector personalDetails = new PiiDetector();
        DisclosureDetector disclosures = new DisclosureDetector();
        AbuseDetector abuse = new AbuseDetector();
        SafetyClassifiers classifiers = new SafetyClassifiers(risk::assess, personalDetails::find, disclosures::find,
                abuse::assess);
        MessageText warmUp = new MessageText(WARM_UP);
        classifiers.risk().apply(warmUp);
        classifiers.personalDetails().apply(warmUp);
        classifiers.disclosures().apply(warmUp);
        classifiers.abuse().apply(warmUp);
        return classifiers;
    }
}
