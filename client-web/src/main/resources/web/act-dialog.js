/**
 * The dialog in which a moderator acts on a posted message: remove the post (redact), mute its
 * author for a preset time, lift a mute, remove or ban the author, each under a chosen rule.
 * A native modal <dialog>: focus stays inside, Escape closes it, focus returns afterwards.
 *
 * Calls act({action, seq, author, rule, minutes}) with action one of redact | mute | unmute |
 * remove | ban.
 */

import { fillRoomRules } from './rule-picker.js';

export class ActDialog {
  #dialog;
  #quote;
  #rule;
  #minutes;
  #target = null;
  #returnFocus = null;

  constructor(doc, act) {
    this.#dialog = doc.getElementById('act-dialog');
    this.#quote = doc.getElementById('act-quote');
    this.#rule = doc.getElementById('act-rule');
    this.#minutes = doc.getElementById('act-minutes');
    doc.getElementById('act-form').addEventListener('submit', (event) => {
      event.preventDefault(); // the page acts; the form itself goes nowhere
      const action = event.submitter?.value ?? 'cancel';
      const target = this.#target;
      const rule = this.#rule.value;
      const minutes = Number(this.#minutes.value);
      this.#dialog.close();
      if (action !== 'cancel' && target) {
        act({ action, seq: target.seq, author: target.author, rule, minutes });
      }
    });
    this.#dialog.addEventListener('close', () => {
      this.#target = null;
      if (this.#returnFocus?.isConnected) {
        this.#returnFocus.focus();
      }
    });
  }

  /** Opens about `message` ({seq, author, text}) with the room's rules to choose from. */
  open(message, rules, returnFocus) {
    this.#target = message;
    this.#returnFocus = returnFocus ?? null;
    this.#quote.textContent = `#${message.seq} ${message.author}: ${message.text}`;
    fillRoomRules(this.#rule, rules);
    this.#dialog.showModal();
    this.#rule.focus();
  }
}
