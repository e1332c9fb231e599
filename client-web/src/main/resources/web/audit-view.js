/**
 * The room's audit log in the console, newest first, a page at a time: `GET
 * /rooms/{room}/audit?before=ID&limit=N` with the staff token; the answer's `next` is the
 * `before` of the following page (null at the end). Text only via textContent.
 */

import { make } from './sync-list.js';

const PAGE = 50;

export class AuditView {
  #doc;
  #rows;
  #status;
  #more;
  #fetch;
  #token = null;
  #room = null;
  #next = null;
  #loading = false;

  constructor(doc, fetchImpl = globalThis.fetch.bind(globalThis)) {
    this.#doc = doc;
    this.#rows = doc.getElementById('audit-rows');
    this.#status = doc.getElementById('audit-status');
    this.#more = doc.getElementById('audit-more');
    this.#fetch = fetchImpl;
    this.#more.addEventListener('click', () => this.#load());
  }

  /** Starts again at the newest entries of `room`. */
  show(room, token) {
    this.#room = room;
    this.#token = token;
    this.#next = null;
    this.#rows.replaceChildren();
    this.#load();
  }

  async #load() {
    if (this.#loading || !this.#room) {
      return;
    }
    this.#loading = true;
    const room = this.#room;
    const query = new URLSearchParams({ limit: String(PAGE) });
    if (this.#next !== null) {
      query.set('before', String(this.#next));
    }
    this.#status.textContent = 'Loading…';
    try {
      const response = await this.#fetch(`/rooms/${encodeURIComponent(room)}/audit?${query}`, {
        headers: this.#token ? { Authorization: `Bearer ${this.#token}` } : {},
        credentials: 'same-origin',
      });
      if (!response.ok) {
        this.#status.textContent = response.status === 401
            ? 'Your sign-in has ended; sign in again to read the audit log.'
            : `The audit log could not be read (${response.status}).`;
        return;
      }
      const page = await response.json();
      if (room !== this.#room) {
        return; // another room was chosen meanwhile
      }
      const entries = Array.isArray(page.entries) ? page.entries : [];
      this.#rows.append(...entries.map((e) => this.#row(e)));
      this.#next = page.next ?? null;
      this.#more.hidden = this.#next === null || entries.length < PAGE;
      this.#status.textContent = this.#rows.childElementCount === 0 ? 'No decisions recorded yet.' : '';
    } catch {
      this.#status.textContent = 'The audit log could not be reached. Try again in a moment.';
    } finally {
      this.#loading = false;
    }
  }

  #row(e) {
    const doc = this.#doc;
    const tr = doc.createElement('tr');
    const when = Number.isFinite(e.timeMillis) ? new Date(e.timeMillis).toLocaleString() : '';
    for (const value of [when, e.actor, e.action, e.targetMember, e.rule, e.detail]) {
      tr.append(make(doc, 'td', null, value ?? ''));
    }
    return tr;
  }
}
