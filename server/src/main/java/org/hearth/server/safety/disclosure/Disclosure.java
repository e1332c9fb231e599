package org.hearth.server.safety.disclosure;

/**
 * One quasi-identifying detail found in a text. The place in the text is for evaluation and
 * tests; the tally keeps only the kind.
 *
 * @param kind what kind of detail it is
 * @param start its first UTF-16 index in the text, inclusive
 * @param end its last UTF-16 index, exclusive
 */
public record Disclosure(DisclosureKind kind, int start, int end) {
    public Disclosure {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("disclosure [" + start + ", " + end + ") (expected: 0 <= start < end)");
        }
    }
}
