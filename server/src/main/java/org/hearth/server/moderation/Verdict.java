package org.hearth.server.moderation;

import java.util.List;
import org.hearth.protocol.ErrorCode;

/**
 * What a filter decided about one message. Every verdict but {@link Pass} names the rule behind
 * it, so the member affected can be told why. Filters only decide; the room reacts.
 */
public sealed interface Verdict {
    Pass PASS = new Pass();

    /** A verdict that ends the chain: the message goes no further without a moderator. */
    sealed interface Stop extends Verdict {
        String rule();

        String reason();
    }

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
     * The message may go on as it is, and someone should know: the author privately (support
     * resources, a privacy nudge), the room's moderators (an alert that names the message once it
     * is posted), or both. Like a redaction it does not stop the chain.
     *
     * @param rule the rule's name, for example {@code safety.risk}
     * @param level how urgent it is for moderators
     * @param author what the author is told, or null
     * @param moderators what the moderators present are told, or null
     */
    record Note(String rule, TriageLevel level, Tell author, Tell moderators) implements Verdict {
        public Note {
            if (author == null && moderators == null) {
                throw new IllegalArgumentException("a note tells someone (expected: an author or a moderators tell)");
            }
        }
    }

    /**
     * Something said to someone about a message.
     *
     * @param kind what it is about, for example {@code support} or {@code privacy} for an author,
     *     {@code risk} or {@code disclosure} for moderators
     * @param text plain words; never the personal details themselves
     */
    record Tell(String kind, String text) {
    }

    /**
     * The message waits for a moderator; nobody else sees it until one approves it.
     *
     * @param rule the rule's name
     * @param level the triage level, for the order in which moderators see held messages
     * @param reason a plain sentence for the author
     */
    record Hold(String rule, TriageLevel level, String reason) implements Stop {
    }

    /**
     * The message is not posted.
     *
     * @param rule the rule's name
     * @param code the error code the author's ack carries (for example {@code RATE_LIMITED}, which
     *     tells the client it may try again later)
     * @param reason a plain sentence for the author
     */
    record Reject(String rule, ErrorCode code, String reason) implements Stop {
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
