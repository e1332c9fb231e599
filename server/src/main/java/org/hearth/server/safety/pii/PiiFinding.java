package org.hearth.server.safety.pii;

/**
 * One personal detail found in a text.
 *
 * @param kind what it is
 * @param start its first UTF-16 index in the text, inclusive
 * @param end its last UTF-16 index, exclusive
 */
public record PiiFinding(PiiKind kind, int start, int end) {
    public PiiFinding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("finding [" + start + ", " + end + ") (expected: 0 <= start < end)");
        }
    }
}
