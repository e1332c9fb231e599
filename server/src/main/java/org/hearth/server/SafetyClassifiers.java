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

/**
 * The safety classifiers every room's filters share: built once at start-up (their word lists
 * and automata are the costly part), immutable and thread-safe after that.
 *
 * @param risk risk triage of a text
 * @param personalDetails the personal details in a text, redacted before broadcast
 * @param disclosures the quasi-identifying details in a text, for the disclosure tally
 * @param abuse whether a text attacks someone
 */
public record SafetyClassifiers(Function<String, RiskAssessment> risk,
                                Function<String, List<PiiFinding>> personalDetails,
                                Function<String, List<Disclosure>> disclosures,
                                Function<String, AbuseAssessment> abuse) {

    /** The classifiers Hearth ships: built once, shared by every room. */
    public static SafetyClassifiers standard() {
        RiskTriage risk = new RiskTriage();
        PiiDetector personalDetails = new PiiDetector();
        DisclosureDetector disclosures = new DisclosureDetector();
        AbuseDetector abuse = new AbuseDetector();
        return new SafetyClassifiers(risk::assess, personalDetails::find, disclosures::find, abuse::assess);
    }
}
