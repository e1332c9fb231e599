package org.hearth.server.moderation.filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.safety.pii.PiiFinding;
import org.hearth.server.safety.pii.PiiKind;
import org.hearth.server.safety.text.MessageText;

/**
 * Details that identify someone on their own (phone, e-mail, address, card, full name, ...) are
 * redacted before anyone sees them, and the author is told which kinds and why. Web addresses
 * and social handles follow the room's link policy: redacted under rule {@code links} where the
 * charter refuses links, left alone where it allows them. One pass of the detector serves both.
 * Immutable; the detector is shared by every room.
 */
public final class PersonalDetailsFilter implements MessageFilter {
    public static final String NAME = "safety.personal-details";
    public static final String LINKS_RULE = "links";
    private static final Set<PiiKind> LINK_KINDS = EnumSet.of(PiiKind.URL, PiiKind.SOCIAL_HANDLE);

    private final Function<MessageText, List<PiiFinding>> detector;
    private final boolean linksAllowed;

    /**
     * @param detector what the personal-details detector finds in a text
     * @param linksAllowed the charter's {@code policy.links} is {@code allowed}
     */
    public PersonalDetailsFilter(Function<MessageText, List<PiiFinding>> detector, boolean linksAllowed) {
        this.detector = detector;
        this.linksAllowed = linksAllowed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        List<PiiFinding> findings = detector.apply(candidate.message());
        if (findings.isEmpty()) {
            return Verdict.PASS;
        }
        List<Verdict.Span> details = new ArrayList<>();
        List<Verdict.Span> links = new ArrayList<>();
        EnumSet<PiiKind> kinds = EnumSet.noneOf(PiiKind.class);
        for (PiiFinding finding : findings) {
            Verdict.Span span = new Verdict.Span(finding.start(), finding.end());
            if (!LINK_KINDS.contains(finding.kind())) {
                details.add(span);
                kinds.add(finding.kind());
            } else if (!linksAllowed) {
                links.add(span);
            }
        }
        if (!details.isEmpty()) {
            // Links go in the same redaction then, named beside the details.
            details.addAll(links);
            return new Verdict.Redact(NAME, details, "We removed " + plainList(kinds)
                    + (links.isEmpty() ? "" : ", and links, which this room does not allow,")
                    + " from your message before anyone saw it. Details like these can identify you or someone else; "
                    + "the rest of your message was posted.");
        }
        if (!links.isEmpty()) {
            return new Verdict.Redact(LINKS_RULE, links,
                    "This room does not allow links, so we removed them from your message; the rest was posted.");
        }
        return Verdict.PASS;
    }

    /** "a phone number", "a phone number and an e-mail address", "a, b and c". */
    static String plainList(Set<PiiKind> kinds) {
        return PlainList.of(kinds.stream().map(PiiKind::plainWords).toList());
    }
}
