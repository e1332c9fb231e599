package org.hearth.server.safety.abuse;

import java.util.Arrays;

/**
 * The text the phrase automaton reads: the message's words near an anchor word, joined by single
 * spaces, with a {@link PreparedText#BOUNDARY} word where words were left out (no listed phrase
 * holds it, so no match spans a gap). Knows which message word each match starts and ends on.
 * Immutable.
 */
final class MatchWindow {
    private final String text;
    /** For each word of {@link #text}, where it starts in the text. */
    private final int[] starts;
    /** For each word of {@link #text}, its index among the message's words; -1 for a gap. */
    private final int[] origins;

    private MatchWindow(String text, int[] starts, int[] origins) {
        this.text = text;
        this.starts = starts;
        this.origins = origins;
    }

    /** The words within {@code radius} of any of the {@code anchors} (word indexes, ascending). */
    static MatchWindow around(String[] words, int[] anchors, int radius) {
        StringBuilder text = new StringBuilder();
        // Each gap word stands for at least one left-out word, so the text has at most as many words.
        int[] starts = new int[words.length];
        int[] origins = new int[words.length];
        int count = 0;
        int next = 0; // the first word not yet read into the text
        for (int anchor : anchors) {
            int from = Math.max(anchor - radius, next);
            int to = Math.min(words.length - 1, anchor + radius);
            if (from > to) {
                continue;
            }
            if (from > next && count > 0) {
                starts[count] = text.length() + 1;
                origins[count++] = -1;
                text.append(' ').append(PreparedText.BOUNDARY);
            }
            for (int i = from; i <= to; i++) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                starts[count] = text.length();
                origins[count++] = i;
                text.append(words[i]);
            }
            next = to + 1;
        }
        return new MatchWindow(text.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(origins, count));
    }

    String text() {
        return text;
    }

    /** The index among the message's words of the word at {@code offset} in {@link #text()}. */
    int wordAt(int offset) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return origins[low];
    }
}
