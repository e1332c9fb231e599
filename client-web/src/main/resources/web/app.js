/**
 * Wires the member page: the room list and the rules-and-pseudonym form first, then one room.
 * The network client's events go through the state functions to the views, and the page's
 * forms and buttons go to the client. Never logs what anyone writes.
 */

import { FRAME_TYPES, HearthClient } from './hearth-client.js';
import {
  addPending, dismissNotice, dismissPending, emptyState, findPending, markUnconfirmed, reduce, sameHandle,
} from './state.js';
import {
  HANDLE_CODES, MAX_TEXT, backWords, closeWords, errorWords, handleProblem, noticeHeading, textLength,
} from './plain-words.js';
import { isMuted } from './room-status.js';
import { View } from './view.js';
import { RoomStatusView } from './room-status-view.js';
import { RoomList, fetchRooms, showChosen } from './room-list.js';
import { FlagDialog } from './flag-dialog.js';
import { TabStorage } from './tab-storage.js';

const ROOM_KEY = 'hearth.room';
const HANDLE_TAKEN = 204;
const STATUS_TICK_MS = 15_000; // a mute's time left is shown in minutes
const GONE_WORDS = 'You’re no longer in this room. Any notes for you are below.';

const tab = TabStorage.ofWindow(window);
const storage = new TabStorage(tab);
const view = new View(document);
const roomStatus = new RoomStatusView(document);
const roomList = new RoomList(document);
const flagDialog = new FlagDialog(document, (flag) => sendFlag(flag));
const client = new HearthClient({ url: socketUrl(window.location), storage: tab });
let state = emptyState();
let roomId = null; // the room this page is in, or about to join
let rooms = []; // the server's room list, once fetched
let returning = false; // the connection dropped; the next `joined` tells what was missed
let tooLongShown = false; // the status line holds the too-long warning, cleared once it fits

function apply(next) {
  if (next !== state) {
    state = next;
    render();
  }
}

function render() {
  view.render(state, roomId);
  const room = state.rooms[roomId];
  if (room) {
    roomStatus.render(room, Date.now());
  }
}

// State first, so the reactions below see the frame already applied.
for (const type of FRAME_TYPES) {
  client.addEventListener(type, (event) => apply(reduce(state, event.detail)));
}
client.addEventListener('unconfirmed', (event) => apply(markUnconfirmed(state, event.detail.clientMsgIds)));
setInterval(render, STATUS_TICK_MS);

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
  if (detail.room !== roomId) {
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

client.addEventListener('left', ({ detail }) => {
  if (detail.room === roomId) {
    storage.remove(ROOM_KEY);
    view.showStatus(GONE_WORDS);
  }
});

client.addEventListener('message', ({ detail }) => {
  if (detail.room === roomId && !sameHandle(detail.author, state.self)) {
    view.announce(`${detail.author}: ${String(detail.text).slice(0, 300)}`);
  }
});

client.addEventListener('notice', ({ detail }) => {
  view.announce(`${noticeHeading(detail.kind)}. ${detail.text}`);
  if (detail.kind === 'flagged') {
    view.clearStatus(); // "sending your flag…" is answered
  }
  if (detail.kind === 'support') {
    roomStatus.toggleSupport(true, { moveFocus: false });
  }
});

client.addEventListener('ack', ({ detail }) => {
  if (detail.status === 'held') {
    view.announce('Your message is waiting for a moderator.');
  } else if (detail.status === 'rejected') {
    putBackIfEmpty(detail.clientMsgId);
    view.announce(`Your message was not posted. ${detail.reason ?? ''}`);
  } else if (findPending(state, roomId, detail.clientMsgId)?.wasHeld) {
    view.announce('A moderator approved your message.');
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

// --- arriving: the room list, then the rules and a pseudonym ---

roomList.list.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-room]');
  const chosen = button && rooms.find((r) => r.room === button.dataset.room);
  if (chosen) {
    roomId = chosen.room;
    showChosen(document, chosen);
    view.el.accept.checked = false;
    view.showHandleForm();
    view.el.accept.focus();
  }
});

view.el.backToRooms.addEventListener('click', () => {
  view.showArrival();
  roomList.firstButton()?.focus();
});

view.el.accept.addEventListener('change', () => {
  if (view.el.accept.checked) {
    view.el.acceptError.textContent = '';
  }
});

view.el.handleForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!view.el.accept.checked) {
    view.el.acceptError.textContent = 'Please read the room’s rules and tick the box to say you’ll keep to them.';
    view.el.accept.focus();
    return;
  }
  const handle = view.el.handle.value.trim();
  const problem = handleProblem(handle);
  if (problem) {
    view.showHandleForm(problem);
    return;
  }
  view.showHandleForm();
  view.setHandleBusy(true);
  view.clearStatus();
  storage.write(ROOM_KEY, roomId);
  client.start(handle);
  client.join(roomId);
});

// --- in the room ---

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
  const room = state.rooms[roomId];
  if (!room) {
    // Not joined yet, or a moderator removed this member (the room is shown until they leave the page).
    view.showStatus(view.el.room.hidden || client.state !== 'ready' ? 'The room hasn’t loaded yet. Wait a moment, then send.'
        : GONE_WORDS);
    return;
  }
  if (isMuted(room, Date.now()) || room.paused) {
    view.showStatus('You can’t post here just now (see the note above the message box). Your words stay in the box.');
    return;
  }
  view.clearStatus();
  apply(addPending(state, roomId, client.send(roomId, text), text));
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

view.el.messages.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action="flag"]');
  const seq = Number(button?.dataset.seq);
  const shown = state.rooms[roomId]?.entries.find((e) => e.kind === 'message' && e.seq === seq);
  if (shown) {
    flagDialog.open(seq, shown.author, shown.text, button);
  }
});

roomStatus.supportToggle.addEventListener('click', () => roomStatus.toggleSupport());

view.el.pending.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) {
    return;
  }
  const id = button.dataset.id;
  if (button.dataset.action === 'restore') {
    const mine = findPending(state, roomId, id);
    if (mine) {
      view.putBack(mine.text);
    }
  }
  apply(dismissPending(state, roomId, id));
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

// A reload of this tab comes back as the same member in the same room; otherwise, the list.
const storedRoom = storage.read(ROOM_KEY);
if (storedRoom && client.resume()) {
  roomId = storedRoom;
  view.el.handle.value = client.handle;
  view.setHandleBusy(true);
  client.join(roomId);
} else {
  loadRooms();
}

// --- helpers ---

async function loadRooms() {
  roomList.showLoading();
  try {
    rooms = await fetchRooms();
    roomList.render(rooms);
  } catch {
    roomList.showProblem();
  }
}

function sendFlag({ seq, reason }) {
  const frame = { type: 'flag', room: roomId, seq };
  if (reason) {
    frame.reason = reason;
  }
  if (client.command(frame)) {
    view.showStatus('Sending your flag to the moderators…');
  } else {
    view.showStatus('Not connected just now, so the flag was not sent. Try again when the page is back.');
  }
}

/** Puts a refused message's text back in the box when the box is empty, so nothing is lost. */
function putBackIfEmpty(clientMsgId) {
  const mine = findPending(state, roomId, clientMsgId);
  if (mine && !view.el.text.value.trim()) {
    view.putBack(mine.text);
  }
}

function socketUrl(location) {
  const url = new URL('/ws', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
