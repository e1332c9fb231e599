/**
 * Draws the member page from state (see state.js). Text that came over the network is set
 * only with textContent, and elements are made with createElement, never from HTML strings.
 * Lists are keyed: an item already on screen stays as it is, so a new message is appended
 * rather than the log redrawn, and scroll position and focus survive.
 *
 * Buttons inside lists carry data-action (restore | dismiss | dismiss-notice | flag) and data-id
 * (data-seq for flag); app.js listens for their clicks on the list containers. What surrounds
 * the messages (duty, pause, mute, support) is room-status-view.js's.
 */

import { MAX_TEXT, noticeHeading, textLength } from './plain-words.js';
import { sameHandle } from './state.js';
import { syncList } from './sync-list.js';

const NEAR_BOTTOM_PX = 64;
const ANNOUNCEMENTS_KEPT = 3;

const PENDING_WORDS = Object.freeze({
  sending: 'sending…',
  sent: 'sending…',
  held: 'waiting for a moderator',
  rejected: 'not posted',
  failed: 'not sent',
  unconfirmed: 'not confirmed',
});

const IDS = ['connection', 'retry', 'status', 'arrive', 'welcome', 'handle-form', 'accept', 'accept-error',
  'handle', 'handle-error', 'handle-submit', 'back-to-rooms', 'room', 'room-title', 'room-purpose', 'member-count', 'members', 'log',
  'reset-note', 'messages', 'pending', 'notices', 'notice-list', 'send-form', 'text', 'counter',
  'announcer'];

export class View {
  /** The page's elements by camel-cased id, e.g. el.handleForm for #handle-form. */
  el;
  #doc;
  #shown = { room: null, self: null, notices: null, pendingCount: 0 };

  constructor(doc) {
    this.#doc = doc;
    this.el = {};
    for (const id of IDS) {
      const element = doc.getElementById(id);
      if (!element) {
        throw new Error(`index.html has no element with id "${id}"`);
      }
      this.el[id.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = element;
    }
  }

  /** Shows `roomId` from `state`; parts whose state did not change are left alone. */
  render(state, roomId) {
    const room = state.rooms[roomId];
    if (room && (room !== this.#shown.room || state.self !== this.#shown.self)) {
      this.#renderRoom(room, state.self);
    }
    if (state.notices !== this.#shown.notices) {
      this.#renderNotices(state.notices, room?.rules ?? []);
    }
    this.#shown = { ...this.#shown, room, self: state.self, notices: state.notices };
  }

  #renderRoom(room, self) {
    const { el } = this;
    el.roomTitle.textContent = room.title;
    el.roomPurpose.textContent = room.purpose;
    el.memberCount.textContent = room.count.toLocaleString();
    syncList(el.members, room.members, (h) => `${sameHandle(h, self) ? 'me' : 'h'}:${h.toLowerCase()}`,
        (h) => this.#memberItem(h, self));
    el.resetNote.hidden = !room.wasReset;

    const log = el.log;
    const nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < NEAR_BOTTOM_PX;
    const sentMore = room.pending.length > this.#shown.pendingCount;
    syncList(el.messages, room.entries, (e) => e.key,
        (e) => (e.kind === 'message' ? this.#messageItem(e, self) : this.#presenceItem(e)));
    // 'sent' looks like 'sending' until its message arrives, so it keeps the same element.
    syncList(el.pending, room.pending, (p) => `${p.clientMsgId}:${pendingWords(p)}`,
        (p) => this.#pendingItem(p));
    this.#shown.pendingCount = room.pending.length;
    if (nearBottom || sentMore) {
      log.scrollTop = log.scrollHeight; // follow the conversation unless the member scrolled back
    }
  }

  #renderNotices(notices, rules) {
    this.el.notices.hidden = notices.length === 0;
    syncList(this.el.noticeList, notices, (n) => n.key, (n) => this.#noticeItem(n, rules));
  }

  #memberItem(handle, self) {
    const li = this.#make('li', null, handle);
    if (sameHandle(handle, self)) {
      li.append(this.#make('span', 'you', ' (you)'));
    }
    return li;
  }

  #messageItem(e, self) {
    const li = this.#make('li', 'msg');
    li.classList.toggle('own', sameHandle(e.author, self));
    const meta = this.#make('p', 'meta');
    meta.append(this.#make('span', 'author', e.author), ' ', timeElement(this.#doc, e.time));
    li.append(meta, this.#make('p', 'text', e.text));
    if (e.removed) {
      li.classList.add('removed');
    } else if (e.redacted) {
      li.classList.add('redacted');
      li.append(this.#make('p', 'note', 'some details were removed'));
    }
    if (!e.removed && !sameHandle(e.author, self)) {
      const flag = this.#button('Flag', 'flag', String(e.seq));
      flag.classList.add('flag');
      flag.dataset.seq = String(e.seq);
      flag.setAttribute('aria-label', `Flag ${e.author}’s message to the moderators`);
      meta.append(' ', flag);
    }
    return li;
  }

  #presenceItem(e) {
    const what = e.event === 'joined' ? 'joined' : 'left';
    return this.#make('li', 'presence', `${e.handle} ${what} · ${e.count.toLocaleString()} here`);
  }

  #pendingItem(p) {
    const li = this.#make('li', `msg own pending ${p.status}`);
    const meta = this.#make('p', 'meta');
    meta.append(this.#make('span', 'author', 'You'), ' ', this.#make('span', 'state', pendingWords(p)));
    li.append(meta, this.#make('p', 'text', p.text));
    const why = pendingReason(p);
    if (why) {
      li.append(this.#make('p', 'note', why));
    }
    if (p.status === 'rejected' || p.status === 'failed' || p.status === 'unconfirmed') {
      li.append(this.#button('Put back in the message box', 'restore', p.clientMsgId));
    }
    if (p.status !== 'sending' && p.status !== 'sent') {
      li.append(this.#button('Dismiss', 'dismiss', p.clientMsgId));
    }
    return li;
  }

  #noticeItem(n, rules) {
    const li = this.#make('li', 'notice');
    li.dataset.kind = typeof n.kind === 'string' ? n.kind : 'note';
    li.append(this.#make('h3', 'notice-heading', noticeHeading(n.kind)), this.#make('p', 'text', n.text));
    if (n.rule) {
      // Name the rule in words when the room has it (a filter's own rule, say "rate-limit", has no words).
      const words = rules.find((r) => r.id === n.rule)?.text;
      li.append(this.#make('p', 'note', words ? `The room’s rule: ${words}` : `Room rule: ${n.rule}`));
    }
    li.append(this.#button('Dismiss', 'dismiss-notice', n.key));
    return li;
  }

  // --- connection, status, forms ---

  setConnection(text, tone, { retry = false } = {}) {
    this.el.connection.textContent = text;
    this.el.connection.dataset.tone = tone;
    this.el.retry.hidden = !retry;
  }

  showStatus(text) {
    this.el.status.textContent = text;
  }

  clearStatus() {
    this.el.status.textContent = '';
  }

  /** Shows the room list. */
  showArrival() {
    const { el } = this;
    el.room.hidden = true;
    el.welcome.hidden = true;
    el.arrive.hidden = false;
  }

  /** Shows the rules-and-pseudonym form, with `problem` beside the field when there is one. */
  showHandleForm(problem = '') {
    const { el } = this;
    el.room.hidden = true;
    el.arrive.hidden = true;
    el.welcome.hidden = false;
    el.acceptError.textContent = '';
    el.handleError.textContent = problem;
    el.handle.setAttribute('aria-invalid', problem ? 'true' : 'false');
    this.setHandleBusy(false);
    if (problem) {
      el.handle.focus();
    }
  }

  setHandleBusy(busy) {
    this.el.handleSubmit.disabled = busy;
    this.el.handleSubmit.textContent = busy ? 'Entering…' : 'Enter the room';
  }

  /** Shows the room; returns true when it was not shown before. */
  showRoom() {
    const first = this.el.room.hidden;
    this.el.arrive.hidden = true;
    this.el.welcome.hidden = true;
    this.el.room.hidden = false;
    this.setHandleBusy(false);
    return first;
  }

  focusComposer() {
    this.el.text.focus();
  }

  /** Puts `text` back in the message box, after what is there already. */
  putBack(text) {
    const box = this.el.text;
    if (box.value.includes(text)) {
      return; // already there (put back automatically when it was refused)
    }
    box.value = box.value.trim() ? `${box.value}\n\n${text}` : text;
    this.updateCounter(textLength(box.value));
  }

  updateCounter(length) {
    const over = length - MAX_TEXT;
    const counter = this.el.counter;
    counter.textContent = over > 0
        ? `${length.toLocaleString()} / ${MAX_TEXT.toLocaleString()} — ${over.toLocaleString()} too many`
        : `${length.toLocaleString()} / ${MAX_TEXT.toLocaleString()}`;
    counter.classList.toggle('over', over > 0);
  }

  /** Says `text` to screen readers, politely; keeps the last few so none is cut off. */
  announce(text) {
    const region = this.el.announcer;
    region.append(this.#make('p', null, text));
    while (region.childElementCount > ANNOUNCEMENTS_KEPT) {
      region.firstElementChild.remove();
    }
  }

  #button(label, action, id) {
    const button = this.#make('button', 'quiet', label);
    button.type = 'button';
    button.dataset.action = action;
    button.dataset.id = id;
    return button;
  }

  #make(tag, className, text) {
    const element = this.#doc.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }
}

function pendingWords(p) {
  if (p.wasHeld && p.status === 'rejected') {
    return 'declined by a moderator';
  }
  if (p.wasHeld && p.status === 'sent') {
    return 'approved — appearing now';
  }
  return PENDING_WORDS[p.status] ?? p.status;
}

function pendingReason(p) {
  switch (p.status) {
    case 'held':
      return p.reason || 'A moderator will look at it before it appears in the room.';
    case 'rejected':
    case 'failed':
      return p.reason || 'It was not posted.';
    case 'unconfirmed':
      return 'The connection dropped before the server confirmed this. '
          + 'If you don’t see it above, send it again.';
    default:
      return '';
  }
}

/** A <time> showing the hour and minute, and the date when it is not today. */
function timeElement(doc, ms) {
  const time = doc.createElement('time');
  if (!Number.isFinite(ms)) {
    return time;
  }
  const date = new Date(ms);
  time.dateTime = date.toISOString();
  const today = date.toDateString() === new Date().toDateString();
  time.textContent = today
      ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
      : date.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return time;
}
