package org.hearth.server.safety.pii;

import java.util.Arrays;

/**
 * The phrase occurrences {@link PhraseIndex#find(String)} found in one text: where each starts and
 * ends (exclusive) and which phrase it is, by number. Kept in parallel int arrays rather than as
 * objects, so a message with a handful of cue words costs a few small arrays. Filled by one call,
 * then only read; not shared between threads.
 */
public final class PhraseMatches {
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int[] phrases = new int[8];
    private int size;

    PhraseMatches() {
    }

    void add(int start, int end, int phrase) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            phrases = Arrays.copyOf(phrases, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        phrases[size] = phrase;
        size++;
    }

    /**
     * By end, then by phrase number. Found in order of their starts, the occurrences are nearly in
     * this order already (only overlapping ones are out of it), so an insertion sort does it in one pass.
     */
    void sortByEndThenPhrase() {
        for (int i = 1; i < size; i++) {
            int start = starts[i];
            int end = ends[i];
            int phrase = phrases[i];
            int k = i - 1;
            while (k >= 0 && (ends[k] > end || ends[k] == end && phrases[k] > phrase)) {
                starts[k + 1] = starts[k];
                ends[k + 1] = ends[k];
                phrases[k + 1] = phrases[k];
                k--;
            }
            starts[k + 1] = start;
            ends[k + 1] = end;
            phrases[k + 1] = phrase;
        }
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    /** Just after the occurrence's last character. */
    public int end(int i) {
        return ends[i];
    }

    /** The number of the phrase found, as {@link PhraseIndex#phrase(int)} takes it. */
    public int phrase(int i) {
        return phrases[i];
    }
}
