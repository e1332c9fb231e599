package org.hearth.server.room;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.protocol.ServerMessage;

/**
 * The acks a member got for its most recent messages in a room, by client message id, so a
 * resent message is answered with its first ack and never posted twice. Bounded: a client resends
 * only what it sent just before a reconnect. Owned by the room's thread.
 */
final class RecentAcks {
    static final int CAPACITY = 256;

    private final Map<String, ServerMessage.Ack> byClientMsgId = new LinkedHashMap<>(32, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ServerMessage.Ack> eldest) {
            return size() > CAPACITY;
        }
    };

    ServerMessage.Ack get(String clientMsgId) {
        return byClientMsgId.get(clientMsgId);
    }

    void put(ServerMessage.Ack ack) {
        byClientMsgId.put(ack.clientMsgId(), ack);
    }
}
