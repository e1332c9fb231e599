/**
 * Wires the member page: the network client's events go through the state functions to the
 * view, and the page's forms and buttons go to the client. The page shows one room, the lounge.
 */

import { FRAME_TYPES, HearthClient } from './hearth-client.js';
import {
  addPending, dismissNotice, dismissPending, emptyState, findPending, markUnconfirmed, reduce, sameHandle,
} from './state.js';
import {
  HANDLE_CODES, MAX_TEXT, backWords, closeWords, errorWords, handleProblem, textLength,
} from './plain-words.js';
import { View } from './view.js';

const ROOM = 'lounge';
const HANDLE_TAKEN = 204;

const view = new View(document);
const client = new HearthClient({ url: socketUrl(window.location), storage: tabStorage() });
let state = emptyState();
let returning = false; // the connection dropped; the next `joined` tells what was missed
let tooLongShown = false; // the status line holds the too-long warning, cleared once it fits

function apply(next) {
  if (next !== state) {
    state = next;
    view.render(state, ROOM);
  }
}

// State first, so the reactions below see the frame already applied.
for (const type of FRAME_TYPES) {
  client.addEventListener(type, (event) => apply(reduce(state, event.detail)));
}
client.addEventListener('unconfirmed', (event) => apply(markUnconfirmed(state, event.detail.clientMsgIds)));

client.addEventListener('connection', ({ detail }) => {
  switch (detail.state) {
    case 'connecting':
      view.setConnection('connecting…', 'wait');
      break;
    case 'reconnecting':
      returning = returning || !view.el.room.hidden;
      view.setConnection('reconnecting…', 'wait');
      break;
    case 'ready':
      view.setConnection('connected', 'ok');
      view.clearStatus();
      break;
    case 'closed':
      view.setConnection(closeWords(detail.code, detail.reason), 'stopped', { retry: true });
      break;
    default:
      view.setConnection('not connected', 'idle');
  }
});

client.addEventListener('joined', ({ detail }) => {
  if (detail.room !== ROOM) {
    return;
  }
  if (returning) {
    returning = false;
    view.setConnection(backWords(detail), 'ok');
  }
  if (view.showRoom()) {
    view.focusComposer();
  }
});

client.addEventListener('message', ({ detail }) => {
  if (detail.room === ROOM && !sameHandle(detail.author, state.self)) {
    view.announce(`${detail.author}: ${String(detail.text).slice(0, 300)}`);
  }
});

client.addEventListener('notice', ({ detail }) => view.announce(`A note for you: ${detail.text}`));

client.addEventListener('ack', ({ detail }) => {
  if (detail.status === 'held') {
    view.announce('Your message is waiting for a moderator.');
  } else if (detail.status === 'rejected') {
    putBackIfEmpty(detail.clientMsgId);
    view.announce(`Your message was not posted. ${detail.reason ?? ''}`);
  }
});

client.addEventListener('error', ({ detail }) => {
  if (HANDLE_CODES.has(detail.code) || client.state === 'idle') {
    if (detail.code === HANDLE_TAKEN) {
      client.stop(); // the session has the taken handle: a new one needs a new session
    }
    view.showHandleForm(errorWords(detail));
    return;
  }
  if (typeof detail.clientMsgId === 'string') {
    putBackIfEmpty(detail.clientMsgId);
  }
  view.showStatus(errorWords(detail));
});

// --- the page ---

view.el.handleForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const handle = view.el.handle.value.trim();
  const problem = handleProblem(handle);
  if (problem) {
    view.showHandleForm(problem);
    return;
  }
  view.showHandleForm();
  view.setHandleBusy(true);
  view.clearStatus();
  client.start(handle);
  client.join(ROOM);
});

view.el.sendForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = view.el.text.value;
  if (!text.trim()) {
    return;
  }
  const over = textLength(text) - MAX_TEXT;
  if (over > 0) {
    view.showStatus(`That message is ${over.toLocaleString()} characters too long. Shorten it, then send.`);
    tooLongShown = true;
    return;
  }
  if (!state.rooms[ROOM]) {
    view.showStatus('The room hasn’t loaded yet. Wait a moment, then send.');
    return;
  }
  view.clearStatus();
  apply(addPending(state, ROOM, client.send(ROOM, text), text));
  view.el.text.value = '';
  view.updateCounter(0);
});

view.el.text.addEventListener('keydown', (event) => {
  // Enter sends, Shift+Enter is a new line; never in the middle of composing (IME) text.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && !event.ctrlKey && !event.altKey && !event.metaKey) {
    event.preventDefault();
    const form = view.el.sendForm;
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.dispatchEvent(new Event('submit', { cancelable: true })); // Safari before 16
    }
  }
});

view.el.text.addEventListener('input', () => {
  const length = textLength(view.el.text.value);
  view.updateCounter(length);
  if (tooLongShown && length <= MAX_TEXT) {
    tooLongShown = false;
    view.clearStatus();
  }
});

view.el.pending.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) {
    return;
  }
  const id = button.dataset.id;
  if (button.dataset.action === 'restore') {
    const mine = findPending(state, ROOM, id);
    if (mine) {
      view.putBack(mine.text);
    }
  }
  apply(dismissPending(state, ROOM, id));
  view.focusComposer(); // the button is gone; keep keyboard focus somewhere useful
});

view.el.noticeList.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action="dismiss-notice"]');
  if (button) {
    apply(dismissNotice(state, button.dataset.id));
    view.focusComposer();
  }
});

view.el.retry.addEventListener('click', () => client.reconnectNow());
window.addEventListener('online', () => client.reconnectNow());

// A reload of this tab comes back as the same member; otherwise, ask for a pseudonym.
if (client.resume()) {
  view.el.handle.value = client.handle;
  view.setHandleBusy(true);
  client.join(ROOM);
}

// --- helpers ---

/** Puts a refused message's text back in the box when the box is empty, so nothing is lost. */
function putBackIfEmpty(clientMsgId) {
  const mine = findPending(state, ROOM, clientMsgId);
  if (mine && !view.el.text.value.trim()) {
    view.putBack(mine.text);
  }
}

function socketUrl(location) {
  const url = new URL('/ws', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** This tab's sessionStorage, so two tabs are two members; null where the browser refuses it. */
function tabStorage() {
  try {
    const storage = window.sessionStorage;
    storage.getItem('hearth.handle');
    return storage;
  } catch {
    return null;
  }
}
