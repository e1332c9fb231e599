package org.hearth.server.store;

import org.hearth.protocol.ServerMessage;

/**
 * A message as it is kept: what members see, plus what the server needs to recognise a resend.
 *
 * @param message the message as broadcast (room, sequence, id, author, text, time, redaction)
 * @param memberId the author's session id when it was sent
 * @param clientMsgId the author's own id for it
 */
public record StoredMessage(ServerMessage.Message message, String memberId, String clientMsgId) {
}
