package org.hearth.server.safety.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.server.safety.disclosure.Disclosure;
import org.hearth.server.safety.disclosure.DisclosureKind;
import org.hearth.server.safety.pii.PiiFinding;
import org.hearth.server.safety.pii.PiiKind;

/**
 * Scores findings against labelled entity spans by overlap.
 *
 * <p>Which of the data's types each of our kinds answers to:
 * <pre>
 *   EMAIL -> EMAIL_ADDRESS            PHONE -> PHONE_NUMBER          URL -> DOMAIN_NAME
 *   IP_ADDRESS -> IP_ADDRESS          PAYMENT_CARD -> CREDIT_CARD    IBAN -> IBAN_CODE
 *   NATIONAL_ID -> US_SSN, US_DRIVER_LICENSE                         DATE_OF_BIRTH -> DATE_TIME
 *   STREET_ADDRESS, POSTCODE -> STREET_ADDRESS, ZIP_CODE             PERSON_NAME -> PERSON, TITLE
 *   SOCIAL_HANDLE -> (no type in the data)
 *   disclosure AGE -> AGE   PLACE -> GPE   WORKPLACE, SCHOOL, HEALTH_SERVICE -> ORGANIZATION
 *   JOB -> TITLE   RELATIVE_NAME, FIRST_NAME -> PERSON   DATE -> DATE_TIME   GROUP -> NRP
 * </pre>
 * (a title such as "Mr." is taken into the redacted name, so a name finding answers to TITLE too).
 *
 * <p>Per type: an entity is a true positive when a finding of a kind that answers to its type
 * overlaps it, else a false negative; a finding is a false positive of its kind's first type when
 * it overlaps no entity of a type its kind answers to. Over all types ("any kind"): an entity is
 * found when any finding overlaps it, whatever the kind, since it was then redacted or tallied
 * either way; a finding is a false positive when it overlaps no entity at all. The stricter
 * all-types figure ("same kind") requires the kinds to answer to the type as per type does.
 * True positives and false negatives count labelled entities, false positives count findings, so
 * two findings over one entity are one true positive, and one finding over two entities two.
 * Mutable; used by one evaluation thread.
 */
final class SpanScoring {
    /** A finding reduced to what scoring needs: the types it answers to and its place. */
    record Scored(String label, List<String> types, int start, int end) {
        boolean overlaps(LabelledSpans.Entity entity) {
            return entity.overlaps(start, end);
        }
    }

    private static final Map<PiiKind, List<String>> PII_TYPES = Map.ofEntries(
            Map.entry(PiiKind.EMAIL, List.of("EMAIL_ADDRESS")),
            Map.entry(PiiKind.PHONE, List.of("PHONE_NUMBER")),
            Map.entry(PiiKind.URL, List.of("DOMAIN_NAME")),
            Map.entry(PiiKind.SOCIAL_HANDLE, List.of()),
            Map.entry(PiiKind.IP_ADDRESS, List.of("IP_ADDRESS")),
            Map.entry(PiiKind.PAYMENT_CARD, List.of("CREDIT_CARD")),
            Map.entry(PiiKind.IBAN, List.of("IBAN_CODE")),
            Map.entry(PiiKind.NATIONAL_ID, List.of("US_SSN", "US_DRIVER_LICENSE")),
            Map.entry(PiiKind.STREET_ADDRESS, List.of("STREET_ADDRESS", "ZIP_CODE")),
            Map.entry(PiiKind.POSTCODE, List.of("ZIP_CODE", "STREET_ADDRESS")),
            Map.entry(PiiKind.DATE_OF_BIRTH, List.of("DATE_TIME")),
            Map.entry(PiiKind.PERSON_NAME, List.of("PERSON", "TITLE")));
    private static final Map<DisclosureKind, List<String>> DISCLOSURE_TYPES = Map.ofEntries(
            Map.entry(DisclosureKind.AGE, List.of("AGE")),
            Map.entry(DisclosureKind.PLACE, List.of("GPE")),
            Map.entry(DisclosureKind.WORKPLACE, List.of("ORGANIZATION")),
            Map.entry(DisclosureKind.SCHOOL, List.of("ORGANIZATION")),
            Map.entry(DisclosureKind.HEALTH_SERVICE, List.of("ORGANIZATION")),
            Map.entry(DisclosureKind.JOB, List.of("TITLE")),
            Map.entry(DisclosureKind.RELATIVE_NAME, List.of("PERSON")),
            Map.entry(DisclosureKind.FIRST_NAME, List.of("PERSON")),
            Map.entry(DisclosureKind.DATE, List.of("DATE_TIME")),
            Map.entry(DisclosureKind.GROUP, List.of("NRP")));

    private final Map<String, Counts> perType = new TreeMap<>();
    private final Counts anyKind = new Counts();
    private final Counts sameKind = new Counts();
    private final Map<String, Counts> perKind = new TreeMap<>();

    static List<Scored> scored(List<PiiFinding> pii, List<Disclosure> disclosures) {
        List<Scored> all = new ArrayList<>(pii.size() + disclosures.size());
        for (PiiFinding finding : pii) {
            all.add(new Scored("pii " + finding.kind(), PII_TYPES.get(finding.kind()), finding.start(), finding.end()));
        }
        for (Disclosure disclosure : disclosures) {
            all.add(new Scored("disclosure " + disclosure.kind(), DISCLOSURE_TYPES.get(disclosure.kind()), disclosure.start(),
                    disclosure.end()));
        }
        return all;
    }

    /** Scores one sentence's findings against its labels. */
    void add(LabelledSpans sentence, List<Scored> findings) {
        for (LabelledSpans.Entity entity : sentence.entities()) {
            boolean anyOverlap = false;
            boolean compatibleOverlap = false;
            for (Scored finding : findings) {
                if (finding.overlaps(entity)) {
                    anyOverlap = true;
                    compatibleOverlap |= finding.types().contains(entity.type());
                }
            }
            Counts type = perType.computeIfAbsent(entity.type(), t -> new Counts());
            record(type, compatibleOverlap);
            record(anyKind, anyOverlap);
            record(sameKind, compatibleOverlap);
        }
        for (Scored finding : findings) {
            boolean overlapsAny = false;
            boolean overlapsCompatible = false;
            for (LabelledSpans.Entity entity : sentence.entities()) {
                if (finding.overlaps(entity)) {
                    overlapsAny = true;
                    overlapsCompatible |= finding.types().contains(entity.type());
                }
            }
            Counts kind = perKind.computeIfAbsent(finding.label(), k -> new Counts());
            if (overlapsCompatible) {
                kind.truePositive();
            } else {
                kind.falsePositive();
                if (!finding.types().isEmpty()) {
                    perType.computeIfAbsent(finding.types().get(0), t -> new Counts()).falsePositive();
                }
                sameKind.falsePositive();
            }
            if (!overlapsAny) {
                anyKind.falsePositive();
            }
        }
    }

    private static void record(Counts counts, boolean found) {
        if (found) {
            counts.truePositive();
        } else {
            counts.falseNegative();
        }
    }

    /** Per entity type of the data; a type nothing was labelled with but something was said about has only false positives. */
    Counts type(String type) {
        return perType.getOrDefault(type, new Counts());
    }

    Set<String> types() {
        return perType.keySet();
    }

    /** All types together, an entity found by a finding of any kind. */
    Counts anyKind() {
        return anyKind;
    }

    /** All types together, an entity found only by a finding of a kind that answers to its type. */
    Counts sameKind() {
        return sameKind;
    }

    /** Per kind of ours: how many of its findings overlapped an entity of a type it answers to. */
    Map<String, Counts> perKind() {
        return perKind;
    }
}
