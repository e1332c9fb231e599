package org.hearth.server.room;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.protocol.Handle;
import org.hearth.protocol.ServerMessage;

/**
 * What the room answered to each recent message, by author and client message id, so that a
 * resend (after a reconnect, or after a server restart) gets the first answer again and is never
 * posted twice. A message still being stored has no answer yet: its resend is ignored, since the
 * answer is on its way. Entries last as long as a member may take to come back, and there is a
 * bound on how many are kept.
 *
 * <p>Keyed by handle rather than session, because a restart ends sessions but not pseudonyms.
 * Owned by the room's thread.
 */
final class RecentAnswers {
    private record Entry(ServerMessage.Ack ack, long atMillis) {
    }

    private final int capacity;
    private final long maxAgeMillis;
    private final LinkedHashMap<String, Entry> byKey = new LinkedHashMap<>();

    RecentAnswers(int capacity, long maxAgeMillis) {
        this.capacity = capacity;
        this.maxAgeMillis = maxAgeMillis;
    }

    /** The outcome of an earlier message with this id: an answer, pending, or none. */
    enum Seen { NEW, PENDING, ANSWERED }

    Seen seen(Handle author, String clientMsgId, long nowMillis) {
        Entry entry = byKey.get(key(author, clientMsgId));
        if (entry == null || nowMillis - entry.atMillis > maxAgeMillis) {
            return Seen.NEW;
        }
        return entry.ack == null ? Seen.PENDING : Seen.ANSWERED;
    }

    ServerMessage.Ack answer(Handle author, String clientMsgId) {
        Entry entry = byKey.get(key(author, clientMsgId));
        return entry == null ? null : entry.ack;
    }

    void pending(Handle author, String clientMsgId, long nowMillis) {
        put(key(author, clientMsgId), new Entry(null, nowMillis));
    }

    void answered(Handle author, ServerMessage.Ack ack, long nowMillis) {
        put(key(author, ack.clientMsgId()), new Entry(ack, nowMillis));
    }

    /** Forgets a message that was never answered for good (it may be sent again). */
    void forget(Handle author, String clientMsgId) {
        byKey.remove(key(author, clientMsgId));
    }

    private void put(String key, Entry entry) {
        byKey.remove(key); // re-insert at the young end
        byKey.put(key, entry);
        long oldestAllowed = entry.atMillis - maxAgeMillis;
        Iterator<Map.Entry<String, Entry>> eldest = byKey.entrySet().iterator();
        while (eldest.hasNext()) {
            Entry next = eldest.next().getValue();
            if (byKey.size() <= capacity && next.atMillis >= oldestAllowed) {
                break;
            }
            eldest.remove();
        }
    }

    private static String key(Handle author, String clientMsgId) {
        return author.key() + '\n' + clientMsgId;
    }
}
