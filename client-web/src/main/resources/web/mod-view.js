/**
 * Draws the moderator console around the hold queue: the rooms with their held counts by
 * level, the chosen room's controls (duty, pause, slow mode), alerts and flags, and the room's
 * messages, each with an "Act…" button (data-seq) that app code answers with the action dialog.
 * Text only via textContent.
 */

import { crisisWaiting, heldCounts } from './mod-state.js';
import { fillRoomRules } from './rule-picker.js';
import { make, syncList } from './sync-list.js';

const LEVEL_WORDS = Object.freeze({ crisis: 'crisis', urgent: 'urgent', watch: 'watch', none: 'other' });

export class ModView {
  el = {};
  #doc;
  #shown = { rules: null, messages: null, alerts: null, flags: null, slowSeconds: null, roomId: null };

  constructor(doc) {
    this.#doc = doc;
    for (const id of ['connection', 'retry', 'status', 'sign-in', 'sign-in-form', 'account', 'password', 'shown-as',
      'sign-in-error', 'sign-in-submit', 'desk', 'crisis-banner', 'room-tabs', 'controls-title', 'room-line',
      'duty-toggle', 'room-rule', 'pause-form', 'pause-message', 'pause-toggle', 'slow-form', 'slow-seconds', 'sound',
      'event-list', 'events-empty', 'mod-messages', 'say-form', 'say-text', 'announcer']) {
      const element = doc.getElementById(id);
      if (!element) {
        throw new Error(`moderate.html has no element with id "${id}"`);
      }
      this.el[id.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = element;
    }
  }

  showDesk() {
    this.el.signIn.hidden = true;
    this.el.desk.hidden = false;
  }

  /** Draws everything but the queue for `roomId`. */
  render(state, roomId) {
    this.#renderTabs(state, roomId);
    const crisis = crisisWaiting(state);
    this.el.crisisBanner.hidden = crisis === 0;
    this.el.crisisBanner.textContent = crisis === 1
        ? 'A crisis post is waiting: it is first in its room’s queue.'
        : `${crisis} crisis posts are waiting: they are first in their rooms’ queues.`;
    const room = state.rooms[roomId];
    if (!room) {
      return;
    }
    this.#renderControls(room);
    if (room.messages !== this.#shown.messages) {
      this.#shown.messages = room.messages;
      syncList(this.el.modMessages, room.messages, (m) => `${m.seq}:${m.removed}`, (m) => this.#messageItem(m));
    }
    if (state.alerts !== this.#shown.alerts || state.flags !== this.#shown.flags) {
      this.#shown.alerts = state.alerts;
      this.#shown.flags = state.flags;
      const events = [...state.alerts, ...state.flags];
      syncList(this.el.eventList, events, (e) => e.key, (e) => this.#eventItem(e));
      this.el.eventsEmpty.hidden = events.length > 0;
    }
  }

  setConnection(text, tone, { retry = false } = {}) {
    this.el.connection.textContent = text;
    this.el.connection.dataset.tone = tone;
    this.el.retry.hidden = !retry;
  }

  showStatus(text) {
    this.el.status.textContent = text;
  }

  /** Says `text` to screen readers, politely; keeps the last few. */
  announce(text) {
    const region = this.el.announcer;
    region.append(make(this.#doc, 'p', null, text));
    while (region.childElementCount > 3) {
      region.firstElementChild.remove();
    }
  }

  #renderTabs(state, roomId) {
    const rooms = Object.values(state.rooms);
    syncList(this.el.roomTabs, rooms, (r) => `${r.id}:${countWords(heldCounts(r))}:${r.id === roomId}`, (r) => {
      const li = make(this.#doc, 'li');
      const tab = make(this.#doc, 'button', r.id === roomId ? 'tab current' : 'tab quiet');
      tab.type = 'button';
      tab.dataset.room = r.id;
      tab.setAttribute('aria-current', String(r.id === roomId));
      const counts = heldCounts(r);
      tab.append(make(this.#doc, 'span', 'tab-title', r.title), ' ',
          make(this.#doc, 'span', counts.crisis > 0 ? 'counts has-crisis' : 'counts', countWords(counts)));
      li.append(tab);
      return li;
    });
  }

  #renderControls(room) {
    const { el } = this;
    el.controlsTitle.textContent = room.title;
    const duty = room.onDuty === null ? '' : (room.onDuty ? ' · a moderator is on duty' : ' · no moderator on duty');
    el.roomLine.textContent = `${room.members.length.toLocaleString()} here${duty}`
        + (room.paused ? ' · paused' : '') + (room.slowSeconds > 0 ? ` · slow mode ${room.slowSeconds} s` : '');
    el.dutyToggle.setAttribute('aria-pressed', String(room.myDuty));
    el.dutyToggle.textContent = room.myDuty ? 'On duty — go off duty' : 'Off duty — go on duty';
    el.pauseToggle.textContent = room.paused ? 'Open the room again' : 'Pause the room';
    if (room.slowSeconds !== this.#shown.slowSeconds || room.id !== this.#shown.roomId) {
      // Only when it changed, so a choice being made in the picker is not undone by a new message.
      this.#shown.slowSeconds = room.slowSeconds;
      this.#shown.roomId = room.id;
      const value = String(room.slowSeconds);
      if (![...el.slowSeconds.options].some((o) => o.value === value)) {
        const option = make(this.#doc, 'option', null, `${value} seconds`); // set by the charter or another moderator
        option.value = value;
        el.slowSeconds.append(option);
      }
      el.slowSeconds.value = value;
    }
    if (room.rules !== this.#shown.rules) {
      this.#shown.rules = room.rules;
      fillRoomRules(el.roomRule, room.rules);
    }
  }

  #messageItem(m) {
    const doc = this.#doc;
    const li = make(doc, 'li', m.removed ? 'msg removed' : 'msg');
    const meta = make(doc, 'p', 'meta');
    meta.append(make(doc, 'span', 'author', m.author), ' ', make(doc, 'span', null, `#${m.seq}`));
    if (!m.removed) {
      const act = make(doc, 'button', 'quiet flag', 'Act…');
      act.type = 'button';
      act.dataset.seq = String(m.seq);
      act.setAttribute('aria-label', `Act on ${m.author}’s post number ${m.seq}`);
      meta.append(' ', act);
    }
    li.append(meta, make(doc, 'p', 'text', m.text));
    return li;
  }

  #eventItem(e) {
    const doc = this.#doc;
    const isAlert = 'kind' in e;
    const li = make(doc, 'li', isAlert ? `event alert level-${e.level}` : 'event flag-event');
    const what = isAlert
        ? `${e.level === 'none' ? 'Alert' : `${e.level} alert`} (${e.kind}) about ${e.about}, post #${e.seq}`
        : `${e.by} flagged ${e.author}’s post #${e.seq}`;
    li.append(make(doc, 'p', 'meta', `${e.room} · ${what}`), make(doc, 'p', 'text', e.text));
    if (!isAlert && e.reason) {
      li.append(make(doc, 'p', 'note', `Their words: ${e.reason}`));
    }
    const row = make(doc, 'div', 'form-row');
    const act = make(doc, 'button', 'quiet', 'Act on the post…');
    act.type = 'button';
    act.dataset.seq = String(e.seq);
    act.dataset.room = e.room;
    const done = make(doc, 'button', 'quiet', 'Dismiss');
    done.type = 'button';
    done.dataset.dismiss = e.key;
    row.append(act, done);
    li.append(row);
    return li;
  }
}

function countWords(counts) {
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([level, n]) => `${n} ${LEVEL_WORDS[level]}`);
  return parts.length === 0 ? 'nothing held' : parts.join(', ');
}
