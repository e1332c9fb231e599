/**
 * The small dialog in which a member flags a post to the moderators, with an optional reason.
 * A native <dialog> opened modally: the browser keeps focus inside it, Escape closes it, and
 * focus goes back to the Flag button afterwards. The quoted post is set with textContent.
 *
 * Calls `onFlag({seq, reason})` when the member confirms; reason is omitted when left empty.
 */

const MAX_REASON = 500;

export class FlagDialog {
  #dialog;
  #quote;
  #reason;
  #seq = null;
  #returnFocus = null;

  constructor(doc, onFlag) {
    this.#dialog = doc.getElementById('flag-dialog');
    this.#quote = doc.getElementById('flag-quote');
    this.#reason = doc.getElementById('flag-reason');
    doc.getElementById('flag-form').addEventListener('submit', (event) => {
      event.preventDefault(); // the page handles it; the form itself goes nowhere
      const confirmed = event.submitter?.value === 'send';
      const seq = this.#seq;
      const reason = this.#reason.value.trim().slice(0, MAX_REASON);
      this.close();
      if (confirmed && seq !== null) {
        onFlag(reason ? { seq, reason } : { seq });
      }
    });
    this.#dialog.addEventListener('close', () => this.#restoreFocus());
  }

  /** Opens the dialog about the message `seq` whose text (and author) is shown. */
  open(seq, author, text, returnFocus) {
    this.#seq = seq;
    this.#returnFocus = returnFocus ?? null;
    this.#quote.textContent = `${author}: ${text}`;
    this.#reason.value = '';
    this.#dialog.showModal();
    this.#reason.focus();
  }

  close() {
    if (this.#dialog.open) {
      this.#dialog.close();
    }
    this.#seq = null;
  }

  #restoreFocus() {
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (target && target.isConnected) {
      target.focus();
    }
  }
}
