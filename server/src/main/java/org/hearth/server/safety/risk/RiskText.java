package org.hearth.server.safety.risk;

import java.util.Arrays;
import java.util.List;
import org.hearth.server.safety.text.TextNormalizer;

/**
 * Splits a message into normalised words and remembers where sentences and clauses end, which the
 * shared {@link TextNormalizer} forgets: negation, the person spoken of and the time spoken of all
 * stop at a sentence or a comma. Stateless and thread-safe.
 */
final class RiskText {
    /** No boundary before this word. */
    static final byte NO_BREAK = 0;
    /** A comma, colon, dash or "but" before this word: a new clause of the same sentence. */
    static final byte CLAUSE_BREAK = 1;
    /** A full stop, question mark, exclamation mark, semicolon or line break before this word. */
    static final byte SENTENCE_BREAK = 2;

    private RiskText() {
    }

    /** The words of a message and the boundary before each. */
    record Words(String[] words, byte[] breakBefore) {
        int size() {
            return words.length;
        }
    }

    /** The words of {@code text}, each as it is. */
    static Words read(String text) {
        return read(text, Vocabulary.ALL);
    }

    /** The words of {@code text}, those outside {@code vocabulary} read as {@link Vocabulary#UNKNOWN}. */
    static Words read(String text, Vocabulary vocabulary) {
        Words ascii = AsciiReader.read(text, vocabulary);
        return ascii != null ? ascii : readSegments(text, vocabulary);
    }

    /**
     * The general path: cuts the text at boundaries and has the shared normaliser read each piece.
     * Also the reference the ASCII fast path is tested against.
     */
    static Words readSegments(String text, Vocabulary vocabulary) {
        Collector words = new Collector(text.length(), vocabulary);
        StringBuilder segment = new StringBuilder(Math.min(text.length(), 256));
        byte pending = SENTENCE_BREAK;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            byte boundary = boundaryAt(text, i, c);
            if (boundary != NO_BREAK) {
                pending = flush(segment, pending, words);
                pending = (byte) Math.max(pending, boundary);
            } else if (isApostrophe(c) && i > 0 && i + 1 < length
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                // "I'm" and "don't" become "im" and "dont", as people also type them, so one word list serves both.
                continue;
            } else {
                segment.append(c);
            }
        }
        flush(segment, pending, words);
        return words.done();
    }

    /** Gathers the words of a message and the boundary before each. */
    static final class Collector {
        private final Vocabulary vocabulary;
        private String[] words;
        private byte[] breaks;
        private int size;

        Collector(int textLength, Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            // about one word per five or six characters of ordinary text: grown rarely
            int expected = Math.max(4, textLength / 5);
            words = new String[expected];
            breaks = new byte[expected];
        }

        void add(String word, byte before) {
            addKnown(vocabulary.word(word), before);
        }

        /** As {@link #add(String, byte)} for the first {@code length} letters of {@code letters}. */
        void add(char[] letters, int length, byte before) {
            addKnown(vocabulary.word(letters, length), before);
        }

        private void addKnown(String word, byte before) {
            if (word.equals("but") || word.equals("however") || word.equals("although")) {
                before = (byte) Math.max(before, CLAUSE_BREAK); // "I used to cut, but now I want to again"
            }
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                breaks = Arrays.copyOf(breaks, size * 2);
            }
            breaks[size] = before;
            words[size++] = word;
        }

        Words done() {
            return new Words(Arrays.copyOf(words, size), Arrays.copyOf(breaks, size));
        }
    }

    /** The normalised words of a phrase written in plain English, as {@link #read} would produce them. */
    static List<String> normalise(String phrase) {
        return List.of(read(phrase).words());
    }

    private static byte flush(StringBuilder segment, byte pending, Collector words) {
        if (segment.isEmpty()) {
            return pending;
        }
        List<String> segmentWords = TextNormalizer.words(segment.toString());
        segment.setLength(0);
        if (segmentWords.isEmpty()) {
            return pending;
        }
        for (int k = 0; k < segmentWords.size(); k++) {
            String word = segmentWords.get(k);
            words.add(word, k == 0 ? pending : NO_BREAK);
        }
        return NO_BREAK;
    }

    /**
     * A full stop ends a sentence only when a space or the end follows it, so "k.i.l.l" stays one
     * spaced-out word for the normaliser to join.
     */
    static byte boundaryAt(String text, int i, char c) {
        switch (c) {
            case '\n', '\r' -> {
                return SENTENCE_BREAK;
            }
            case '.', '!', '?', ';' -> {
                boolean endsHere = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                        || text.charAt(i + 1) == '"' || text.charAt(i + 1) == ')' || capitalAfter(text, i);
                // "!" and "?" also stand for letters in evasions ("sh!t"), so only a boundary at a word's end.
                return endsHere ? SENTENCE_BREAK : NO_BREAK;
            }
            case ',', ':', '(', ')', '\u2014', '\u2013' -> {
                return CLAUSE_BREAK;
            }
            default -> {
                return NO_BREAK;
            }
        }
    }

    /**
     * "it was fine.Now it's not": a sentence that runs on without a space, which pasted and hurried
     * text often has. A capital after a lower-case letter starts a new sentence, unless the capital is
     * itself followed by a full stop, as in spelled-out letters ("k.I.l.l") or initials.
     */
    private static boolean capitalAfter(String text, int i) {
        if (i == 0 || i + 2 >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char capital = text.charAt(i + 1);
        char after = text.charAt(i + 2);
        return Character.isLowerCase(before) && Character.isUpperCase(capital)
                && (Character.isLetter(after) || after == ' ' || isApostrophe(after));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }
}
