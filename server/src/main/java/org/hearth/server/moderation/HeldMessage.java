package org.hearth.server.moderation;

import org.hearth.protocol.RoomId;

/**
 * A message kept back for a moderator's decision.
 *
 * @param id the id moderators approve or decline it by
 * @param room the room it was posted to
 * @param memberId the author's session id
 * @param clientMsgId the author's id of the message
 * @param candidate the message as the chain saw it when it stopped (redactions applied)
 * @param hold the verdict that held it
 */
public record HeldMessage(String id, RoomId room, String memberId, String clientMsgId, Candidate candidate,
                          Verdict.Hold hold) {
}
