package org.hearth.server.room;

import java.util.Locale;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.metrics.RoomMetrics;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.session.Session;

/**
 * What the filters had to say about a message that was posted, told to whom it concerns: the
 * author learns what was redacted and why, and gets any private note (support resources, a
 * privacy nudge); the moderators present get alerts naming the posted message. Every redaction
 * and alert is audited. Owned by the room's thread.
 */
final class FilterReplies {
    /** The kind of private note that tells a member their posts together could identify them. */
    private static final String PRIVACY_NUDGE = "privacy";

    private final RoomId room;
    private final HoldDesk holdDesk;
    private final RoomAudit audit;
    private final RoomMetrics metrics;

    FilterReplies(RoomId room, HoldDesk holdDesk, RoomAudit audit, RoomMetrics metrics) {
        this.metrics = metrics;
        this.room = room;
        this.holdDesk = holdDesk;
        this.audit = audit;
    }

    /** The message is durable and about to be broadcast. */
    void posted(Session author, ServerMessage.Message message, FilterChain.Result result) {
        for (int i = 0; i < result.redactions().size(); i++) { // indexed: parallel to redactedBy
            Verdict.Redact redaction = result.redactions().get(i);
            metrics.redacted(result.redactedBy().get(i), redaction.rule());
            author.send(new ServerMessage.Notice(room, "redacted", redaction.rule(), redaction.notice()));
            audit.record("filter", "redacted", author.handle(), "seq:" + message.seq(), redaction.rule(),
                    redaction.spans().size() + " parts");
        }
        for (Verdict.Note note : result.notes()) {
            String level = note.level().name().toLowerCase(Locale.ROOT);
            if (note.author() != null) {
                if (PRIVACY_NUDGE.equals(note.author().kind())) {
                    metrics.disclosureNudged();
                }
                author.send(new ServerMessage.Notice(room, note.author().kind(), note.rule(), note.author().text()));
            }
            if (note.moderators() != null) {
                holdDesk.toModerators(new ServerMessage.Alert(room, note.moderators().kind(), note.rule(), level,
                        author.handle(), message.seq(), note.moderators().text()));
            }
            audit.record("filter", "noted", author.handle(), "seq:" + message.seq(), note.rule(), level);
        }
    }
}
