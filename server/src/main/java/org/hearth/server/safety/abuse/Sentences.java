package org.hearth.server.safety.abuse;

/**
 * The sentences of one message's words, and which of them report what someone said, worked out
 * once per sentence on first asking, so a long message with many matches reads each sentence once.
 * Mutable; lives for one {@link AbuseDetector#assess} call on one thread.
 */
final class Sentences {
    private static final byte UNKNOWN = 0;
    private static final byte PLAIN = 1;
    private static final byte REPORT = 2;

    private final String[] words;
    /** For each word, the index of the first word of its sentence. */
    private final int[] sentenceStart;
    /** For each sentence, by its first word's index: whether it is a report, once known. */
    private final byte[] reports;

    Sentences(String[] words) {
        this.words = words;
        this.sentenceStart = new int[words.length];
        this.reports = new byte[words.length];
        int start = 0;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && words[i - 1].equals(PreparedText.BOUNDARY)) {
                start = i;
            }
            sentenceStart[i] = start;
        }
    }

    /** Whether the sentence holding word {@code index} reports what someone said. */
    boolean reported(int index) {
        int start = sentenceStart[index];
        if (reports[start] == UNKNOWN) {
            reports[start] = SentenceContext.reportsSpeech(words, start) ? REPORT : PLAIN;
        }
        return reports[start] == REPORT;
    }
}
