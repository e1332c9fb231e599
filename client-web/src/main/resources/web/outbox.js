/**
 * Messages the member sent that the server has not answered yet, each with the connection it
 * last went out on (null: not yet sent). hearth-client.js resends them on a resumed session with
 * the same clientMsgId, which the server answers with its original ack, never posting twice.
 * Owned by one HearthClient; the page's single thread.
 */
export class Outbox {
  #entries = new Map(); // clientMsgId → {room, text, sentOn}

  add(clientMsgId, room, text) {
    this.#entries.set(clientMsgId, { room, text, sentOn: null });
  }

  get(clientMsgId) {
    return this.#entries.get(clientMsgId) ?? null;
  }

  /** The server answered (ack or error): nothing more to resend. */
  settle(clientMsgId) {
    this.#entries.delete(clientMsgId);
  }

  /** The ids of `room`'s messages not yet sent on connection number `connection`, oldest first. */
  unsentOn(room, connection) {
    return [...this.#entries].filter(([, e]) => e.room === room && e.sentOn !== connection).map(([id]) => id);
  }

  /**
   * Removes and returns the ids of messages that went out on an earlier session: a new session
   * does not know their clientMsgIds, so resending could post them twice.
   */
  takeSent() {
    const sent = [...this.#entries].filter(([, e]) => e.sentOn !== null).map(([id]) => id);
    sent.forEach((id) => this.#entries.delete(id));
    return sent;
  }
}
