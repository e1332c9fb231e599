package org.hearth.server.safety.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hearth.server.safety.text.MessageText;

/**
 * Finds the personal details in a message that identify someone on their own (see {@link PiiKind}):
 * contact details, numbers with check digits, phone numbers, street addresses and postcodes, dates
 * of birth and full names. The message is split into tokens and scanned for cue phrases once; each
 * detector family then reads those. Where findings overlap, the more certain kind wins (a number
 * that passes a card's check digit over a phone number, an e-mail over a handle), and among equally
 * certain ones the longer. Immutable and thread-safe: one instance serves every room.
 */
public final class PiiDetector {
    private final ContactDetector contacts = new ContactDetector();
    private final ChecksumNumberDetector checksumNumbers = new ChecksumNumberDetector();
    private final NamedIdNumberDetector namedIdNumbers = new NamedIdNumberDetector();
    private final PhoneDetector phones;
    private final AddressDetector addresses = new AddressDetector();
    private final BirthDateDetector birthDates = new BirthDateDetector();
    private final NameDetector names = new NameDetector();

    /** With national phone numbers read in US formats; international ones ("+44 …") in any. */
    public PiiDetector() {
        this("US");
    }

    /** @param defaultRegion the ISO 3166 region whose national phone formats are read, e.g. "GB" */
    public PiiDetector(String defaultRegion) {
        this.phones = new PhoneDetector(defaultRegion);
    }

    /** The personal details in {@code text}, sorted by start, none overlapping another. */
    public List<PiiFinding> find(String text) {
        return find(new MessageText(text));
    }

    /** As {@link #find(String)}, reading the message's {@link Tokens} (made once, shared with other detectors). */
    public List<PiiFinding> find(MessageText message) {
        if (message.text().isEmpty()) {
            return List.of();
        }
        Tokens tokens = message.read(Tokens.READING);
        CueWords cues = CueWords.of(message);
        List<PiiFinding> candidates = new ArrayList<>();
        contacts.find(tokens, candidates);
        checksumNumbers.find(tokens, cues, candidates);
        namedIdNumbers.find(tokens, cues, candidates);
        phones.find(tokens, cues, candidates);
        birthDates.find(tokens, cues, candidates);
        addresses.find(tokens, cues, candidates);
        names.find(tokens, cues, candidates);
        return Overlaps.resolve(candidates);
    }

    /** Chooses among overlapping findings. */
    static final class Overlaps {
        private Overlaps() {
        }

        static List<PiiFinding> resolve(List<PiiFinding> candidates) {
            if (candidates.size() <= 1) {
                return List.copyOf(candidates);
            }
            List<PiiFinding> byPreference = new ArrayList<>(candidates.size());
            for (PiiFinding candidate : mergeAddressParts(candidates)) {
                if (!(candidate.kind() == PiiKind.PHONE && insideAddress(candidate, candidates))) {
                    byPreference.add(candidate);
                }
            }
            byPreference.sort(Comparator.comparingInt((PiiFinding f) -> certainty(f.kind()))
                    .thenComparing(Comparator.comparingInt((PiiFinding f) -> f.end() - f.start()).reversed())
                    .thenComparingInt(PiiFinding::start));
            List<PiiFinding> chosen = new ArrayList<>();
            for (PiiFinding candidate : byPreference) {
                boolean free = true;
                for (PiiFinding taken : chosen) {
                    if (taken.start() < candidate.end() && candidate.start() < taken.end()) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    chosen.add(candidate);
                }
            }
            chosen.sort(Comparator.comparingInt(PiiFinding::start));
            return List.copyOf(chosen);
        }

        /**
         * An address and a postcode that overlap ("18 Rosebank Road, Leeds LS6" and "LS6 4HP") are
         * one address: their union is redacted, so no part of either is left in the text.
         */
        private static List<PiiFinding> mergeAddressParts(List<PiiFinding> candidates) {
            List<PiiFinding> merged = new ArrayList<>(candidates.size());
            List<PiiFinding> addressParts = new ArrayList<>();
            for (PiiFinding candidate : candidates) {
                boolean addressPart = candidate.kind() == PiiKind.STREET_ADDRESS || candidate.kind() == PiiKind.POSTCODE;
                (addressPart ? addressParts : merged).add(candidate);
            }
            addressParts.sort(Comparator.comparingInt(PiiFinding::start));
            PiiFinding current = null;
            for (PiiFinding part : addressParts) {
                if (current != null && part.start() < current.end()) {
                    PiiKind kind = current.kind() == PiiKind.POSTCODE && part.kind() == PiiKind.POSTCODE ? PiiKind.POSTCODE
                            : PiiKind.STREET_ADDRESS;
                    current = new PiiFinding(kind, current.start(), Math.max(current.end(), part.end()));
                } else {
                    if (current != null) {
                        merged.add(current);
                    }
                    current = part;
                }
            }
            if (current != null) {
                merged.add(current);
            }
            return merged;
        }

        /**
         * House and street numbers side by side ("224 4966 Bond Street") parse as a local phone
         * number; inside a longer address they are the address's.
         */
        private static boolean insideAddress(PiiFinding phone, List<PiiFinding> candidates) {
            for (PiiFinding other : candidates) {
                if (other.kind() == PiiKind.STREET_ADDRESS && other.start() <= phone.start() && phone.end() <= other.end()
                        && other.end() - other.start() > phone.end() - phone.start()) {
                    return true;
                }
            }
            return false;
        }

        /** Lower is more certain: a checked format before a shape, a shape before a guess from context. */
        private static int certainty(PiiKind kind) {
            return switch (kind) {
                case EMAIL, URL, IBAN, PAYMENT_CARD, IP_ADDRESS -> 0;
                case NATIONAL_ID, DATE_OF_BIRTH -> 1;
                case PHONE, SOCIAL_HANDLE -> 2;
                case STREET_ADDRESS, POSTCODE -> 3;
                case PERSON_NAME -> 4;
            };
        }
    }
}
