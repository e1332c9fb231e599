package org.hearth.server.moderation;

import java.util.List;
import org.hearth.protocol.ErrorCode;

/**
 * What a filter decided about one message. Every verdict but {@link Pass} names the rule behind
 * it, so the member affected can be told why. Filters only decide; the room reacts.
 */
public sealed interface Verdict {
    Pass PASS = new Pass();

    /** The message may go on as it is. */
    record Pass() implements Verdict {
    }

    /**
     * The message may go on with these parts replaced.
     *
     * @param rule the rule's name, for example {@code pii.email}
     * @param spans the parts of the text to replace, as UTF-16 index ranges
     * @param notice a plain sentence for the author saying what was removed and why
     */
    record Redact(String rule, List<Span> spans, String notice) implements Verdict {
        public Redact {
            spans = List.copyOf(spans);
        }
    }

    /**
     * The message waits for a moderator; nobody else sees it until one approves it.
     *
     * @param rule the rule's name
     * @param level the triage level, for the order in which moderators see held messages
     * @param reason a plain sentence for the author
     */
    record Hold(String rule, TriageLevel level, String reason) implements Verdict {
    }

    /**
     * The message is not posted.
     *
     * @param rule the rule's name
     * @param code the error code the author's ack carries (for example {@code RATE_LIMITED}, which
     *     tells the client it may try again later)
     * @param reason a plain sentence for the author
     */
    record Reject(String rule, ErrorCode code, String reason) implements Verdict {
    }

    /**
     * A part of a message's text.
     *
     * @param start the first UTF-16 index, inclusive
     * @param end the last UTF-16 index, exclusive
     */
    record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") (expected: 0 <= start < end)");
            }
        }
    }
}
