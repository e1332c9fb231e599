package org.hearth.load;

/**
 * The text of a generated message: a stamp the receivers read back ({@code lt:<nanos>:<kind>:}),
 * then filler up to the configured size. {@code nanos} is the message's scheduled send time, in
 * nanoseconds since the run's base time, so every receiver measures latency from when the message
 * should have been sent.
 *
 * <p>Kinds: {@code p} an ordinary message; {@code m} a message meant to trip a moderation filter
 * (it carries an e-mail address and a phone number, which the PII filter of the moderation issue
 * redacts).
 */
public final class TextStamp {
    public static final String PREFIX = "lt:";
    public static final char PLAIN = 'p';
    public static final char MODERATED = 'm';

    /** A bit of personal detail for the moderation filters to find. */
    static final String PII = " you can reach me at sam.rivers@example.org or 0161 496 0000";
    private static final String FILLER =
            " Thank you all for listening tonight, it helps more than I can say. Same time tomorrow? ";

    private TextStamp() {
    }

    /** The message text: the stamp, then filler (and the PII sentence for kind m) up to about {@code size} characters. */
    public static String text(long sentNanos, char kind, int size) {
        StringBuilder text = new StringBuilder(Math.max(size, 40));
        text.append(PREFIX).append(sentNanos).append(':').append(kind).append(':');
        if (kind == MODERATED) {
            text.append(PII);
        }
        while (text.length() < size) {
            text.append(FILLER, 0, Math.min(FILLER.length(), size - text.length()));
        }
        // No trailing white space: the server keeps text as sent, and ends do not matter; still, be tidy.
        return text.toString().stripTrailing();
    }
}
