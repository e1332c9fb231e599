/**
 * The network side of the member page and the moderator console: one WebSocket to the Hearth server, speaking protocol v1
 * (subprotocol "hearth.v1"). It says hello, joins rooms and sends messages; when the connection
 * drops it reconnects with exponential backoff and jitter, resumes the session with the resume
 * token, re-joins each room from the last sequence number it saw, and resends messages that were
 * never acknowledged (the server acks a resent clientMsgId with its original seq, never posts it
 * twice). It never touches the page, so it also runs in Node with a fake WebSocket.
 *
 * Events: one per server frame type, a CustomEvent whose `detail` is the parsed frame:
 *   welcome, joined, left, ack, message, presence, notice, error, redacted, duty, paused, slowed,
 *   and for moderators held, resolved, flagged, alert, done
 * and two of its own:
 *   connection   detail {state, ...}: state is one of
 *                  'idle'          no session: before start(), after stop(), or hello was refused
 *                  'connecting'    opening the first connection of a session
 *                  'reconnecting'  the connection dropped; detail.delayMs until the next try
 *                  'ready'         welcomed; detail.resumed, detail.reconnected
 *                  'closed'        closed for good by the server; detail.code, detail.reason
 *   unconfirmed  detail {clientMsgIds}: a new session had to be started, and these messages had
 *                gone out on the old one without an ack, so nobody can say whether they posted.
 *
 * Ownership: the page's single JS thread; all state is private to the instance.
 */

import { backoffDelay, newClientMsgId, shouldReconnect } from './reconnect-policy.js';
import { TabStorage } from './tab-storage.js';
import { Outbox } from './outbox.js';

export const SUBPROTOCOL = 'hearth.v1';
export const FRAME_TYPES = Object.freeze(['welcome', 'joined', 'left', 'ack', 'message', 'presence', 'notice',
  'error', 'redacted', 'duty', 'paused', 'slowed', 'held', 'resolved', 'flagged', 'alert', 'done']);

const HANDLE_KEY = 'hearth.handle';
const TOKEN_KEY = 'hearth.resumeToken';
const OPEN = 1; // WebSocket.OPEN, spelled out so a fake WebSocket needs no constants

export class HearthClient extends EventTarget {
  #opt; // the constructor's options, fixed for the client's life
  #storage;

  #ws = null;
  #state = 'idle';
  #greeted = false;
  #everReady = false;
  #attempt = 0;
  #connection = 0; // counts sockets, so an outbox entry knows which one it went out on
  #retryTimer = null;
  #watchdog = null;
  #handle = null;
  #token = null;

  #wanted = new Set(); // rooms the page wants to be in, across sessions
  #requested = new Set(); // rooms a join was sent for on this connection
  #joinedHere = new Set(); // rooms joined on this connection
  #lastSeq = new Map(); // room → last sequence number seen
  #outbox = new Outbox();

  /**
   * @param {object} options
   * @param {string} options.url the WebSocket URL, e.g. wss://host/ws
   * @param {Storage|null} [options.storage] where the handle and resume token live (per tab)
   * @param {Function} [options.WebSocketImpl] the WebSocket constructor (a fake in tests)
   * @param {Function} [options.random] a source of numbers in [0, 1), for the jitter
   * @param {{setTimeout: Function, clearTimeout: Function}} [options.timers]
   */
  constructor({
    url, storage = null, WebSocketImpl = globalThis.WebSocket, random = Math.random,
    timers = globalThis, baseDelayMs = 500, maxDelayMs = 15_000, connectTimeoutMs = 10_000,
  }) {
    super();
    this.#opt = Object.freeze({ url, WebSocketImpl, random, timers, baseDelayMs, maxDelayMs, connectTimeoutMs });
    this.#storage = new TabStorage(storage);
  }

  get state() {
    return this.#state;
  }

  get handle() {
    return this.#handle;
  }

  /** Resumes this tab's stored session, if it has one. Returns whether it did. */
  resume() {
    const handle = this.#storage.read(HANDLE_KEY);
    const token = this.#storage.read(TOKEN_KEY);
    if (!handle || !token) {
      return false;
    }
    this.#handle = handle;
    this.#token = token;
    this.#attempt = 0;
    this.#connect('connecting');
    return true;
  }

  /** Starts a new session as `handle`, ending any earlier one of this tab. */
  start(handle) {
    this.#dropSocket();
    this.#handle = handle;
    this.#forgetToken();
    this.#storage.write(HANDLE_KEY, handle);
    this.#attempt = 0;
    this.#connect('connecting');
  }

  /** Ends the session for good: closes the socket and forgets the resume token. */
  stop() {
    this.#dropSocket();
    this.#forgetToken();
    this.#setState('idle');
  }

  /** Tries again now, skipping the rest of a backoff wait or after a final close. */
  reconnectNow() {
    if (this.#handle && (this.#state === 'reconnecting' || this.#state === 'closed')) {
      this.#dropSocket();
      this.#connect('reconnecting');
    }
  }

  /** Joins `room` now if connected, else as soon as a session opens (and again after each). */
  join(room) {
    this.#wanted.add(room);
    if (this.#state === 'ready') {
      this.#sendJoin(room);
    }
  }

  leave(room) {
    this.#wanted.delete(room);
    this.#lastSeq.delete(room);
    if (this.#state === 'ready') {
      this.#sendFrame({ type: 'leave', room });
    }
  }

  /**
   * Sends `text` to `room`, now if the room is joined on this connection, else once it is.
   * Returns the clientMsgId, which the ack (or an error) will carry.
   */
  send(room, text) {
    const clientMsgId = newClientMsgId();
    this.#outbox.add(clientMsgId, room, text);
    if (this.#state === 'ready' && this.#joinedHere.has(room)) {
      this.#transmit(clientMsgId);
    }
    return clientMsgId;
  }

  /**
   * Sends a room command (flag, or a moderator's approve, decline, redact, mute, unmute, remove,
   * duty, pause, slow) on the open connection. Returns false when not connected: a command is
   * about what the sender sees now, so it is not queued for later like a message.
   */
  command(frame) {
    return this.#state === 'ready' && this.#sendFrame(frame);
  }

  // --- connection ---

  #connect(state) {
    this.#cancelTimers();
    this.#connection += 1;
    this.#greeted = false;
    this.#requested.clear();
    this.#joinedHere.clear();
    this.#setState(state);
    let ws;
    try {
      ws = new this.#opt.WebSocketImpl(this.#opt.url, SUBPROTOCOL);
    } catch {
      this.#scheduleReconnect();
      return;
    }
    this.#ws = ws;
    ws.onopen = () => this.#onOpen(ws);
    ws.onmessage = (event) => this.#onMessage(ws, event);
    ws.onclose = (event) => this.#onClose(ws, event);
    ws.onerror = () => {}; // a close event always follows; that is where we decide
    this.#watchdog = this.#opt.timers.setTimeout(() => {
      // NOTE: a socket stuck opening, or open but never welcomed, would otherwise wait forever.
      if (this.#ws === ws && !this.#greeted) {
        this.#dropSocket();
        this.#scheduleReconnect();
      }
    }, this.#opt.connectTimeoutMs);
  }

  #onOpen(ws) {
    if (ws !== this.#ws) {
      return;
    }
    const hello = { type: 'hello', handle: this.#handle };
    if (this.#token) {
      hello.resumeToken = this.#token;
    }
    this.#sendFrame(hello);
  }

  #onClose(ws, event) {
    if (ws !== this.#ws) {
      return;
    }
    this.#ws = null;
    this.#greeted = false;
    this.#cancelTimers();
    if (shouldReconnect(event.code)) {
      this.#scheduleReconnect();
    } else {
      this.#setState('closed', { code: event.code, reason: event.reason ?? '' });
    }
  }

  #scheduleReconnect() {
    if (!this.#handle) {
      this.#setState('idle');
      return;
    }
    const delayMs = backoffDelay(this.#attempt, this.#opt.random, this.#opt.baseDelayMs, this.#opt.maxDelayMs);
    this.#attempt += 1;
    this.#setState('reconnecting', { delayMs });
    this.#retryTimer = this.#opt.timers.setTimeout(() => this.#connect('reconnecting'), delayMs);
  }

  /** Closes the current socket without reacting to its close event. */
  #dropSocket() {
    this.#cancelTimers();
    const ws = this.#ws;
    this.#ws = null;
    this.#greeted = false;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try {
        ws.close(1000);
      } catch {
        // already closing: nothing to do
      }
    }
  }

  #cancelTimers() {
    if (this.#retryTimer !== null) {
      this.#opt.timers.clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
    }
    if (this.#watchdog !== null) {
      this.#opt.timers.clearTimeout(this.#watchdog);
      this.#watchdog = null;
    }
  }

  // --- frames ---

  #onMessage(ws, event) {
    if (ws !== this.#ws || typeof event.data !== 'string') {
      return;
    }
    let frame;
    try {
      frame = JSON.parse(event.data);
    } catch {
      return; // not ours to show; the server only sends JSON
    }
    if (frame === null || typeof frame !== 'object' || !FRAME_TYPES.includes(frame.type)) {
      return;
    }
    switch (frame.type) {
      case 'welcome':
        this.#onWelcome(frame);
        return;
      case 'joined':
        this.#onJoined(frame);
        return;
      case 'error':
        this.#onError(frame);
        return;
      case 'message':
        this.#seen(frame.room, frame.seq);
        break;
      case 'ack':
        this.#outbox.settle(frame.clientMsgId);
        break;
      case 'left':
        this.#wanted.delete(frame.room);
        this.#joinedHere.delete(frame.room);
        this.#lastSeq.delete(frame.room);
        break;
      default: // the other frames only need to reach the page
    }
    this.#emit(frame);
  }

  #onWelcome(frame) {
    this.#cancelTimers();
    this.#greeted = true;
    this.#attempt = 0;
    if (typeof frame.resumeToken === 'string') {
      this.#token = frame.resumeToken;
      this.#storage.write(TOKEN_KEY, frame.resumeToken);
    }
    if (typeof frame.handle === 'string') {
      this.#handle = frame.handle;
      this.#storage.write(HANDLE_KEY, frame.handle);
    }
    const resumed = frame.resumed === true;
    // A new session does not know the old one's clientMsgIds, so a resend could post twice.
    const unconfirmed = resumed ? [] : this.#outbox.takeSent();
    const reconnected = this.#everReady;
    this.#everReady = true;
    this.#setState('ready', { resumed, reconnected });
    this.#emit(frame);
    if (unconfirmed.length > 0) {
      this.dispatchEvent(new CustomEvent('unconfirmed', { detail: { clientMsgIds: unconfirmed } }));
    }
    const rooms = new Set(this.#wanted);
    if (resumed && Array.isArray(frame.rooms)) {
      frame.rooms.forEach((room) => rooms.add(room));
    }
    rooms.forEach((room) => this.#sendJoin(room));
  }

  #onJoined(frame) {
    const seqs = Array.isArray(frame.history) ? frame.history.map((m) => m.seq) : [];
    const known = frame.reset ? 0 : (this.#lastSeq.get(frame.room) ?? 0);
    this.#lastSeq.set(frame.room, Math.max(known, frame.headSeq ?? 0, ...seqs));
    this.#requested.add(frame.room);
    this.#joinedHere.add(frame.room);
    this.#emit(frame);
    // Resend what is still unacknowledged (same clientMsgId), then anything typed offline.
    this.#outbox.unsentOn(frame.room, this.#connection).forEach((id) => this.#transmit(id));
  }

  #onError(frame) {
    if (typeof frame.clientMsgId === 'string') {
      this.#outbox.settle(frame.clientMsgId);
    }
    if (!this.#greeted) {
      // Hello was refused. Settle our own state first, so listeners see where we stand.
      this.#dropSocket();
      if ((frame.code >= 300 && frame.code < 400) || frame.code >= 500) {
        this.#scheduleReconnect(); // busy or failed: the same hello may work later
      } else {
        this.#forgetToken(); // the handle itself was refused: the member must choose another
        this.#setState('idle');
      }
    }
    this.#emit(frame);
  }

  #sendJoin(room) {
    if (this.#requested.has(room)) {
      return;
    }
    const join = { type: 'join', room };
    const lastSeq = this.#lastSeq.get(room);
    if (lastSeq !== undefined) {
      join.lastSeq = lastSeq;
    }
    if (this.#sendFrame(join)) {
      this.#requested.add(room);
    }
  }

  #transmit(clientMsgId) {
    const entry = this.#outbox.get(clientMsgId);
    if (entry && this.#sendFrame({ type: 'send', room: entry.room, clientMsgId, text: entry.text })) {
      entry.sentOn = this.#connection;
    }
  }

  #sendFrame(frame) {
    if (!this.#ws || this.#ws.readyState !== OPEN) {
      return false;
    }
    this.#ws.send(JSON.stringify(frame));
    return true;
  }

  #seen(room, seq) {
    if (Number.isFinite(seq) && seq > (this.#lastSeq.get(room) ?? 0)) {
      this.#lastSeq.set(room, seq);
    }
  }

  #emit(frame) {
    this.dispatchEvent(new CustomEvent(frame.type, { detail: frame }));
  }

  #setState(state, detail = {}) {
    this.#state = state;
    this.dispatchEvent(new CustomEvent('connection', { detail: { state, ...detail } }));
  }

  #forgetToken() {
    this.#token = null;
    this.#storage.remove(TOKEN_KEY);
  }
}
