/**
 * Wires the moderator console: sign in over HTTP, then one WebSocket (the sign-in cookie goes
 * with the upgrade) joined to every room the moderator looks after. Server frames go through
 * mod-state.js to the views; the console's buttons and keys become protocol commands. Never
 * logs what anyone writes.
 */

import { FRAME_TYPES, HearthClient } from './hearth-client.js';
import { crisisWaiting, dismissEvent, emptyModState, reduceMod, setMyDuty } from './mod-state.js';
import { ModView } from './mod-view.js';
import { QueueView } from './queue-view.js';
import { ActDialog } from './act-dialog.js';
import { AuditView } from './audit-view.js';
import { CrisisSignal } from './crisis-signal.js';
import { signIn } from './staff-sign-in.js';
import { fetchRooms } from './room-list.js';
import { HANDLE_CODES, closeWords, errorWords } from './plain-words.js';

const view = new ModView(document);
const queue = new QueueView(document, decide);
const actDialog = new ActDialog(document, act);
const audit = new AuditView(document);
const signal = new CrisisSignal(document);
let client = null;
let token = null;
let state = emptyModState();
let roomId = null; // the room shown
let actRoom = null; // the room of the post the action dialog is about
let signedIn = null; // {name, rooms} once the password was accepted

function apply(next) {
  if (next === state) {
    return;
  }
  state = next;
  if (!roomId || !state.rooms[roomId]) {
    roomId = Object.keys(state.rooms)[0] ?? null;
  }
  view.render(state, roomId);
  if (state.rooms[roomId]) {
    queue.render(state.rooms[roomId]);
  }
}

// --- signing in ---

view.el.signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = view.el.account.value.trim();
  const password = view.el.password.value;
  if (signedIn && !password && name === signedIn.name) {
    // Still signed in (the cookie lasts); only the name shown in the rooms was refused.
    connect(view.el.shownAs.value.trim() || signedIn.name, signedIn.rooms);
    return;
  }
  if (!name || !password) {
    view.el.signInError.textContent = 'Enter both your account name and your password.';
    return;
  }
  view.el.signInSubmit.disabled = true;
  view.el.signInError.textContent = '';
  const result = await signIn(name, password);
  view.el.signInSubmit.disabled = false;
  if (!result.ok) {
    view.el.signInError.textContent = result.problem;
    view.el.password.focus();
    return;
  }
  view.el.password.value = '';
  token = result.token;
  let rooms = result.rooms;
  if (rooms.length === 0 && result.role === 'operator') {
    rooms = (await fetchRooms().catch(() => [])).map((r) => r.room); // operators look after every room
  }
  signedIn = { name: result.name, rooms };
  connect(view.el.shownAs.value.trim() || result.name, rooms);
});

function connect(handle, rooms) {
  client?.stop();
  client = new HearthClient({ url: socketUrl(window.location), storage: null });
  for (const type of FRAME_TYPES) {
    client.addEventListener(type, (e) => apply(reduceMod(state, e.detail)));
  }
  client.addEventListener('connection', ({ detail }) => onConnection(detail));
  client.addEventListener('joined', () => view.showDesk());
  client.addEventListener('held', ({ detail }) => {
    const crisis = detail.level === 'crisis';
    signal.update(crisisWaiting(state), crisis);
    view.announce(`${crisis ? 'Crisis post' : 'A post'} from ${detail.author} is waiting for a decision.`);
  });
  client.addEventListener('resolved', ({ detail }) => {
    signal.update(crisisWaiting(state), false);
    view.announce(`Decided by ${detail.by}: ${detail.outcome}.`);
  });
  client.addEventListener('alert', ({ detail }) => view.announce(`Alert about ${detail.about}: ${detail.text}`));
  client.addEventListener('flagged', ({ detail }) => view.announce(`${detail.by} flagged a post by ${detail.author}.`));
  client.addEventListener('done', ({ detail }) => view.showStatus(doneWords(detail)));
  client.addEventListener('error', ({ detail }) => {
    if (HANDLE_CODES.has(detail.code)) {
      client.stop();
      view.el.signIn.hidden = false;
      view.el.desk.hidden = true;
      view.el.signInError.textContent = `${errorWords(detail)} You are signed in: put another name in `
          + '“Name members see” and press Sign in (no need for the password again).';
      view.el.shownAs.focus();
      return;
    }
    view.showStatus(errorWords(detail));
  });
  client.start(handle);
  rooms.slice(0, 20).forEach((room) => client.join(room));
}

function onConnection(detail) {
  switch (detail.state) {
    case 'ready':
      view.setConnection(`signed in as ${client.handle}`, 'ok');
      break;
    case 'connecting':
    case 'reconnecting':
      view.setConnection(`${detail.state}…`, 'wait');
      break;
    case 'closed':
      view.setConnection(closeWords(detail.code, detail.reason), 'stopped', { retry: true });
      break;
    default:
      view.setConnection('not connected', 'idle');
  }
}

// --- deciding and acting ---

function decide({ action, heldId, rule, text }) {
  const room = state.rooms[roomId];
  if (action === 'approve') {
    send({ type: 'approve', room: roomId, heldId });
  } else if (action === 'edit') {
    send({ type: 'approve', room: roomId, heldId, text, rule });
  } else if (action === 'decline') {
    const words = room?.rules.find((r) => r.id === rule)?.text;
    send(words ? { type: 'decline', room: roomId, heldId, rule, reason: words.slice(0, 500) }
        : { type: 'decline', room: roomId, heldId, rule });
  }
}

function act({ action, seq, author, rule, minutes }) {
  const room = actRoom ?? roomId;
  switch (action) {
    case 'redact':
      send({ type: 'redact', room, seq, rule });
      break;
    case 'mute':
      send({ type: 'mute', room, handle: author, minutes, rule });
      break;
    case 'unmute':
      send({ type: 'unmute', room, handle: author, rule });
      break;
    case 'remove':
    case 'ban':
      send({ type: 'remove', room, handle: author, rule, ban: action === 'ban' });
      break;
    default:
      break;
  }
}

function openAct(room, seq, fallback, button) {
  const shown = state.rooms[room]?.messages.find((m) => m.seq === seq) ?? fallback;
  if (shown) {
    actRoom = room;
    actDialog.open({ seq, author: shown.author, text: shown.text }, state.rooms[room]?.rules ?? [], button);
  }
}

function send(frame) {
  if (!client?.command(frame)) {
    view.showStatus('Not connected just now, so that was not sent. Try again when the console is back.');
  }
}

view.el.modMessages.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-seq]');
  if (button) {
    openAct(roomId, Number(button.dataset.seq), null, button);
  }
});

view.el.eventList.addEventListener('click', (event) => {
  const dismiss = event.target.closest('button[data-dismiss]');
  if (dismiss) {
    apply(dismissEvent(state, dismiss.dataset.dismiss));
    return;
  }
  const button = event.target.closest('button[data-seq]');
  if (button) {
    const seq = Number(button.dataset.seq);
    const e = [...state.alerts, ...state.flags].find((x) => x.seq === seq && x.room === button.dataset.room);
    openAct(button.dataset.room, seq, e ? { author: e.author ?? e.about, text: e.text } : null, button);
  }
});

view.el.roomTabs.addEventListener('click', (event) => {
  const tab = event.target.closest('button[data-room]');
  if (tab && state.rooms[tab.dataset.room]) {
    roomId = tab.dataset.room;
    view.render(state, roomId);
    queue.render(state.rooms[roomId]);
    if (document.getElementById('audit').open) {
      audit.show(roomId, token);
    }
  }
});

view.el.dutyToggle.addEventListener('click', () => {
  const room = state.rooms[roomId];
  if (room) {
    send({ type: 'duty', room: roomId, onDuty: !room.myDuty });
    apply(setMyDuty(state, roomId, !room.myDuty));
  }
});

view.el.pauseForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const room = state.rooms[roomId];
  if (room) {
    const message = view.el.pauseMessage.value.trim();
    const frame = { type: 'pause', room: roomId, paused: !room.paused, rule: view.el.roomRule.value };
    send(message ? { ...frame, message } : frame);
  }
});

view.el.slowForm.addEventListener('submit', (event) => {
  event.preventDefault();
  send({ type: 'slow', room: roomId, seconds: Number(view.el.slowSeconds.value), rule: view.el.roomRule.value });
});

// A moderator answers in the room like any member (for example to someone whose post was held):
// the client's outbox keeps the message until the server has it, across a reconnect.
view.el.sayForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = view.el.sayText.value.trim();
  if (!text || !roomId) {
    return;
  }
  if (!client) {
    view.showStatus('Not connected just now, so that was not sent. Try again when the console is back.');
    return;
  }
  client.send(roomId, text);
  view.el.sayText.value = '';
});

view.el.sayText.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    view.el.sayForm.requestSubmit();
  }
});

view.el.sound.addEventListener('change', () => signal.setSound(view.el.sound.checked));

document.getElementById('audit').addEventListener('toggle', (event) => {
  if (event.target.open && roomId) {
    audit.show(roomId, token);
  }
});

view.el.retry.addEventListener('click', () => client?.reconnectNow());

// --- helpers ---

function doneWords(done) {
  const who = done.handle ? ` ${done.handle}` : '';
  const until = Number.isFinite(done.until)
      ? ` until ${new Date(done.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : '';
  return `Done: ${done.action}${who}${until} in ${done.room}.`;
}

function socketUrl(location) {
  const url = new URL('/ws', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
