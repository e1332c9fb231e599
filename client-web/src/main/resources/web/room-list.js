/**
 * The first screen: the rooms there are (from the server's public `GET /rooms`), each with who
 * it is for, its rules, whether a moderator is on duty and a link to its full charter, and then
 * the chosen room's rules above the pseudonym form. Text from the server is set only with
 * textContent.
 *
 * Each room's button carries data-room; app.js listens for clicks on the list.
 */

import { dutyWords } from './plain-words.js';

const RULES_SHOWN = 3;

/** The room list from the server: [{room, title, purpose, rules, onDuty, charter}]. */
export async function fetchRooms(fetchImpl = globalThis.fetch) {
  const response = await fetchImpl('/rooms', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`the room list answered ${response.status}`);
  }
  const body = await response.json();
  return Array.isArray(body?.rooms) ? body.rooms : [];
}

export class RoomList {
  #doc;
  #list;
  #status;

  constructor(doc) {
    this.#doc = doc;
    this.#list = doc.getElementById('room-list');
    this.#status = doc.getElementById('rooms-status');
  }

  get list() {
    return this.#list;
  }

  showLoading() {
    this.#status.textContent = 'Finding the rooms…';
  }

  showProblem() {
    this.#status.textContent = 'The rooms could not be loaded. Check your connection, then reload the page.';
  }

  render(rooms) {
    this.#status.textContent = rooms.length === 0 ? 'There are no rooms open right now.' : '';
    this.#list.replaceChildren(...rooms.map((room) => this.#card(room)));
  }

  /** The first room's button, to give keyboard focus somewhere useful. */
  firstButton() {
    return this.#list.querySelector('button[data-room]');
  }

  #card(room) {
    const doc = this.#doc;
    const li = doc.createElement('li');
    li.className = 'room-card';
    const title = make(doc, 'h2', null, room.title);
    const purpose = make(doc, 'p', 'purpose', room.purpose);
    const duty = make(doc, 'p', 'duty-line', dutyWords(room.onDuty === true));
    duty.dataset.on = String(room.onDuty === true);
    li.append(title, purpose, duty);
    const rules = Array.isArray(room.rules) ? room.rules : [];
    if (rules.length > 0) {
      const list = make(doc, 'ol', 'rule-list short');
      rules.slice(0, RULES_SHOWN).forEach((rule) => list.append(make(doc, 'li', null, rule.text)));
      li.append(make(doc, 'p', 'hint', rules.length > RULES_SHOWN
          ? `Its rules, the first ${RULES_SHOWN} of ${rules.length}:` : 'Its rules:'), list);
    }
    const row = make(doc, 'p', 'form-row');
    const choose = make(doc, 'button', null, `Choose ${room.title}`);
    choose.type = 'button';
    choose.dataset.room = room.room;
    row.append(choose, charterLink(doc, room));
    li.append(row);
    return li;
  }
}

/** Fills the pseudonym screen's room part: title, purpose, every rule, the charter link. */
export function showChosen(doc, room) {
  doc.getElementById('chosen-title').textContent = room.title;
  doc.getElementById('chosen-purpose').textContent = room.purpose;
  const rules = Array.isArray(room.rules) ? room.rules : [];
  const list = doc.getElementById('chosen-rules');
  list.replaceChildren(...rules.map((rule) => make(doc, 'li', null, rule.text)));
  if (rules.length === 0) {
    list.append(make(doc, 'li', null, 'Be kind to each other; the moderators look after the room.'));
  }
  doc.getElementById('chosen-charter').href = charterPath(room.room);
}

export function charterPath(roomId) {
  return `/rooms/${encodeURIComponent(roomId)}/charter`;
}

function charterLink(doc, room) {
  const link = make(doc, 'a', 'charter-link', 'Full charter');
  link.href = charterPath(room.room);
  link.setAttribute('aria-label', `Full charter of ${room.title}`);
  return link;
}

function make(doc, tag, className, text) {
  const element = doc.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}
