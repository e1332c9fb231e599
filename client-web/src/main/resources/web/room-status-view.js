/**
 * Draws what surrounds the room's messages: whether a moderator is on duty, a pause or slow
 * mode, the member's own mute with the time left, and the room's support lines (always one
 * click away, opened at once when a support notice arrives). Text only via textContent.
 */

import { dutyWords, muteWords, roomStateWords } from './plain-words.js';
import { isMuted, minutesLeft } from './room-status.js';
import { charterPath } from './room-list.js';

export class RoomStatusView {
  #doc;
  #el;
  #shownSupport = null;

  constructor(doc) {
    this.#doc = doc;
    this.#el = {};
    for (const id of ['duty-line', 'room-state', 'mute-line', 'support', 'support-toggle', 'support-list',
      'support-none', 'room-charter', 'send-form']) {
      const element = doc.getElementById(id);
      if (!element) {
        throw new Error(`index.html has no element with id "${id}"`);
      }
      this.#el[id] = element;
    }
  }

  get supportToggle() {
    return this.#el['support-toggle'];
  }

  /** Draws `room`'s status as of `now`; returns whether the member may send there now. */
  render(room, now) {
    const el = this.#el;
    const onDuty = room.onDuty === true;
    el['duty-line'].textContent = room.onDuty === null ? '' : dutyWords(onDuty);
    el['duty-line'].dataset.on = room.onDuty === null ? 'unknown' : String(onDuty);
    el['room-state'].textContent = roomStateWords(room);
    const muted = isMuted(room, now);
    el['mute-line'].textContent = muted ? muteWords(room.mute, minutesLeft(room, now)) : '';
    el['room-charter'].href = charterPath(room.id);
    if (room.support !== this.#shownSupport) {
      this.#renderSupport(room.support);
    }
    const open = !muted && !room.paused;
    const send = el['send-form'].querySelector('button[type=submit]');
    send.disabled = !open;
    send.textContent = open ? 'Send' : (muted ? 'Muted for now' : 'Paused for now');
    return open;
  }

  /**
   * Opens or closes the support lines. Opening by the button moves focus there so they are read
   * out; opening because a support notice arrived does not, so nobody loses what they type.
   */
  toggleSupport(open = this.#el.support.hidden, { moveFocus = true } = {}) {
    const panel = this.#el.support;
    panel.hidden = !open;
    this.#el['support-toggle'].setAttribute('aria-expanded', String(open));
    if (open && moveFocus) {
      panel.focus();
    }
  }

  #renderSupport(support) {
    this.#shownSupport = support;
    const lines = Array.isArray(support) ? support : [];
    this.#el['support-list'].replaceChildren(...lines.map((line) => {
      const li = this.#doc.createElement('li');
      li.textContent = line;
      return li;
    }));
    this.#el['support-none'].hidden = lines.length > 0;
  }
}
