package org.hearth.server.safety.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One message's text and the readings the safety classifiers make of it, each made at most once.
 * The filters read the same message one after another, and several read it the same way (the
 * personal-details and disclosure detectors split it into the same tokens, a room's two word lists
 * normalise it alike): a {@link Reading} names one way of reading a text, the first classifier to
 * ask for it pays for it, and the others get the same object.
 *
 * <p>Mutable, for one message on one thread: a message's filters run in turn on its room's thread.
 * Made afresh for each message and for each redacted version of it, so nothing read from one text
 * is used for another. A reading must not be changed by whoever asks for it.
 */
public final class MessageText {
    private static final Object[] NONE = new Object[0];

    private final String text;
    private Object[] readings = NONE;

    public MessageText(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public String text() {
        return text;
    }

    /** The text read as {@code reading} says, made on the first call for this message and kept. */
    public <T> T read(Reading<T> reading) {
        int slot = reading.slot;
        if (slot >= readings.length) {
            readings = Arrays.copyOf(readings, Math.max(slot + 1, Reading.count()));
        }
        @SuppressWarnings("unchecked")
        T read = (T) readings[slot];
        if (read == null) {
            read = Objects.requireNonNull(reading.read.apply(this), "a reading gave nothing");
            readings[slot] = read;
        }
        return read;
    }

    /** Equal when the texts are; what was read so far does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MessageText that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The length only: a message's text is never logged. */
    @Override
    public String toString() {
        return "MessageText[" + text.length() + " chars]";
    }

    /**
     * One way of reading a text, kept per message. Make each once, as a constant: every reading made
     * takes a slot in every message that asks for it.
     *
     * @param <T> what the reading gives
     */
    public static final class Reading<T> {
        private static final AtomicInteger MADE = new AtomicInteger();

        private final int slot = MADE.getAndIncrement();
        private final Function<MessageText, ? extends T> read;

        /**
         * @param read makes the reading from a message: from its text, and from other readings of it
         *     if it builds on them (a reading of phrases on the reading of tokens); pure, and never null
         */
        public Reading(Function<MessageText, ? extends T> read) {
            this.read = Objects.requireNonNull(read, "read");
        }

        static int count() {
            return MADE.get();
        }
    }
}
