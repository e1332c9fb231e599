/**
 * The hold queue of one room in the moderator console: each held post with its author, triage
 * level, the filter's rule and what its author was told, and a rule picker preselected for it.
 * Approve, decline and edit-then-approve are one click each, or one key (A, D, E) with the post
 * or one of its buttons focused. Crisis posts stand out by shape and words, not only colour.
 * Text only via textContent.
 *
 * Calls decide({action: 'approve' | 'decline' | 'edit', heldId, rule, text?}) on a decision.
 */

import { preselectedRule, queueOrder } from './mod-state.js';
import { make, syncList } from './sync-list.js';
import { rulePicker } from './rule-picker.js';

const LEVEL_WORDS = Object.freeze({ crisis: 'Crisis', urgent: 'Urgent', watch: 'Watch', none: 'Held' });
const KEYS = Object.freeze({ a: 'approve', d: 'decline', e: 'edit' });

export class QueueView {
  #doc;
  #list;
  #empty;
  #count;
  #decide;
  #shownHeld = null;

  constructor(doc, decide) {
    this.#doc = doc;
    this.#list = doc.getElementById('queue-list');
    this.#empty = doc.getElementById('queue-empty');
    this.#count = doc.getElementById('queue-count');
    this.#decide = decide;
    this.#list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (button) {
        this.#act(button.closest('li[data-held-id]'), button.dataset.action);
      }
    });
    this.#list.addEventListener('keydown', (event) => this.#onKey(event));
  }

  render(room) {
    if (room.held === this.#shownHeld) {
      return;
    }
    const hadFocus = this.#list.contains(this.#doc.activeElement);
    this.#shownHeld = room.held;
    const ordered = queueOrder(room.held);
    syncList(this.#list, ordered, (h) => h.heldId, (h) => this.#item(room, h));
    this.#empty.hidden = ordered.length > 0;
    this.#count.textContent = ordered.length > 0 ? `(${ordered.length.toLocaleString()})` : '';
    if (hadFocus && !this.#list.contains(this.#doc.activeElement)) {
      this.focusFirst(); // the decided post is gone; the next one is where the keys go
    }
  }

  /** Moves focus to the most urgent post, if there is one. */
  focusFirst() {
    this.#list.firstElementChild?.focus();
  }

  #onKey(event) {
    if (event.ctrlKey || event.altKey || event.metaKey || event.target.closest('textarea, input, select')) {
      return;
    }
    const action = KEYS[event.key.toLowerCase()];
    const item = event.target.closest('li[data-held-id]');
    if (action && item) {
      event.preventDefault();
      this.#act(item, action);
    }
  }

  #act(item, action) {
    if (!item) {
      return;
    }
    const heldId = item.dataset.heldId;
    const rule = item.querySelector('select.rule-pick').value;
    const edit = item.querySelector('.edit');
    if (action === 'edit') {
      edit.hidden = false;
      edit.querySelector('textarea').focus();
      return;
    }
    if (action === 'cancel-edit') {
      edit.hidden = true;
      item.focus();
      return;
    }
    if (action === 'post-edit') {
      const text = edit.querySelector('textarea').value;
      if (text.trim()) {
        this.#decide({ action: 'edit', heldId, rule, text });
      }
      return;
    }
    this.#decide({ action, heldId, rule });
  }

  #item(room, h) {
    const doc = this.#doc;
    const level = LEVEL_WORDS[h.level] ? h.level : 'none';
    const li = make(doc, 'li', `held level-${level}`);
    li.tabIndex = 0;
    li.dataset.heldId = h.heldId;
    li.setAttribute('aria-label', `${LEVEL_WORDS[level]}: ${h.author} wrote: ${h.text}`);
    const meta = make(doc, 'p', 'meta');
    meta.append(make(doc, 'span', 'level', LEVEL_WORDS[level]), ' ', make(doc, 'span', 'author', h.author), ' ',
        make(doc, 'span', null, clock(h.time)), ' · held by ', make(doc, 'code', null, h.rule));
    li.append(meta, make(doc, 'p', 'text', h.text));
    if (h.reason) {
      li.append(make(doc, 'p', 'note', `Its author was told: ${h.reason}`));
    }
    const row = make(doc, 'div', 'form-row decide');
    // The rule picker comes first: it is what Decline and Edit will name, already chosen.
    const pickId = `rule-${h.heldId}`;
    const label = make(doc, 'label', null, 'Rule');
    label.htmlFor = pickId;
    const pick = rulePicker(doc, room.rules, preselectedRule(room, h), h.rule);
    pick.id = pickId;
    pick.classList.add('rule-pick');
    const rule = make(doc, 'div', 'form-row rule-row');
    rule.append(label, pick);
    row.append(button(doc, 'Approve (A)', 'approve'), button(doc, 'Decline (D)', 'decline', 'quiet'),
        button(doc, 'Edit (E)', 'edit', 'quiet'));
    const edit = make(doc, 'div', 'edit');
    edit.hidden = true;
    const area = make(doc, 'textarea');
    area.value = h.text;
    area.rows = 3;
    area.setAttribute('aria-label', `Your edit of ${h.author}’s post`);
    edit.append(area, button(doc, 'Post my edit', 'post-edit'), button(doc, 'Cancel edit', 'cancel-edit', 'quiet'));
    li.append(rule, row, edit);
    return li;
  }
}

function button(doc, label, action, className) {
  const b = make(doc, 'button', className, label);
  b.type = 'button';
  b.dataset.action = action;
  return b;
}

function clock(ms) {
  return Number.isFinite(ms) ? new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
}
