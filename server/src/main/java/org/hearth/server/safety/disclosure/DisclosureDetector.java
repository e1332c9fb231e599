package org.hearth.server.safety.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hearth.server.safety.pii.Dates;
import org.hearth.server.safety.pii.Tokens;
import org.hearth.server.safety.text.MessageText;

/**
 * Finds the quasi-identifying details in a message (see {@link DisclosureKind}): age, town or area,
 * workplace, school, job, a relative's name, someone's first name, a particular date, a diagnosis or clinic, a group the
 * author belongs to. These are tallied, not redacted. The text is split into tokens and scanned for
 * self-describing phrases once; each finder reads those. Findings may overlap (a clinic in a named
 * town is both). Immutable and thread-safe: one instance serves every room.
 */
public final class DisclosureDetector {
    private final AgeFinder ages = new AgeFinder();
    private final PlaceFinder places = new PlaceFinder();
    private final OrganisationFinder organisations = new OrganisationFinder();
    private final SelfDescriptionFinder selfDescriptions = new SelfDescriptionFinder();
    private final FirstNameFinder firstNames = new FirstNameFinder();

    /** The quasi-identifying details in {@code text}, sorted by start, at most one per kind and place. */
    public List<Disclosure> find(String text) {
        return find(new MessageText(text));
    }

    /** As {@link #find(String)}, reading the message's {@link Tokens} (made once, shared with other detectors). */
    public List<Disclosure> find(MessageText message) {
        if (message.text().isEmpty()) {
            return List.of();
        }
        Tokens tokens = message.read(Tokens.READING);
        SelfDescriptionCues cues = SelfDescriptionCues.of(message);
        List<Disclosure> found = new ArrayList<>();
        ages.find(tokens, cues, found);
        places.find(tokens, cues, found);
        organisations.find(tokens, cues, found);
        selfDescriptions.find(tokens, cues, found);
        firstNames.find(tokens, found);
        for (int i = 0; i < tokens.size(); i++) {
            int end = Dates.dateEnd(tokens, i);
            if (end >= 0) {
                found.add(new Disclosure(DisclosureKind.DATE, tokens.start(i), tokens.end(end)));
                i = end;
            }
        }
        found.sort(Comparator.comparingInt(Disclosure::start).thenComparingInt(Disclosure::end));
        return List.copyOf(withoutRepeats(found));
    }

    /**
     * Two finders may see the same detail ("from Leeds" by cue and by name, "my son Tom" as a
     * relative's and a first name): keep the first per kind and overlapping place, a relative's name
     * over a first name.
     */
    private static List<Disclosure> withoutRepeats(List<Disclosure> sorted) {
        List<Disclosure> kept = new ArrayList<>(sorted.size());
        for (Disclosure candidate : sorted) {
            boolean repeat = false;
            for (Disclosure other : kept) {
                boolean sameDetail = other.kind() == candidate.kind()
                        || other.kind() == DisclosureKind.RELATIVE_NAME && candidate.kind() == DisclosureKind.FIRST_NAME
                        || other.kind() == DisclosureKind.FIRST_NAME && candidate.kind() == DisclosureKind.RELATIVE_NAME;
                if (sameDetail && other.start() < candidate.end() && candidate.start() < other.end()) {
                    repeat = true;
                    break;
                }
            }
            if (!repeat) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
