/**
 * What the member page knows, changed only by pure functions `(state, input) → state` that
 * never modify their input and never touch the page or the network (so they run in Node too).
 * A part that did not change keeps its identity, which lets the view skip redrawing it.
 *
 * State  {self, nextKey, rooms: {[room]: Room}, notices: Notice[]}
 * Room   {id, title, purpose, rules: {id, text}[], support: string[], members: string[], count,
 *         lastSeq, wasReset, entries: Entry[], pending: Pending[], ...room-status.js's fields}
 * Entry  {key, kind: 'message', seq, id, author, text, time, redacted}
 *      | {key, kind: 'presence', handle, event, count}
 * Pending {clientMsgId, text, status, wasHeld?, seq?, code?, rule?, reason?}, status being
 *         'sending' | 'sent' (acked, waiting for its message frame) | 'held' | 'rejected'
 *         | 'failed' (an error frame refused it) | 'unconfirmed' (lost with an old session)
 * Notice {key, room, kind, rule, text}
 */

import * as status from './room-status.js';

/** Entries kept per room; older ones drop off the top (the server keeps history). */
export const MAX_ENTRIES = 500;
export const MAX_NOTICES = 20;

export function emptyState() {
  return { self: null, nextKey: 1, rooms: {}, notices: [] };
}

/**
 * Applies one server frame (parsed JSON with a `type`); unknown types change nothing. `now` (ms
 * since the epoch) is when it arrived, for what lasts a while (a mute).
 */
export function reduce(state, frame, now = Date.now()) {
  const type = frame?.type;
  return Object.hasOwn(BY_TYPE, type) ? BY_TYPE[type](state, frame, now) : state;
}

/** Applies a room-status change (room-status.js) to the frame's room, if joined. */
function inRoom(change) {
  return (state, f, now) => {
    const room = state.rooms[f.room];
    if (!room) {
      return state;
    }
    const next = change(room, f, now);
    return next === room ? state : withRoom(state, next);
  };
}

const BY_TYPE = Object.freeze({
  welcome: (state, f) => (f.handle === state.self ? state : { ...state, self: f.handle }),
  joined,
  left,
  message,
  ack,
  presence,
  notice,
  error,
  redacted,
  duty: inRoom(status.duty),
  paused: inRoom(status.paused),
  slowed: inRoom(status.slowed),
});

function joined(state, f) {
  const prev = f.reset ? null : state.rooms[f.room];
  let entries = prev ? prev.entries : [];
  for (const m of f.history ?? []) {
    entries = insertMessage(entries, m);
  }
  const lastSeq = Math.max(prev?.lastSeq ?? 0, f.headSeq ?? 0, ...(f.history ?? []).map((m) => m.seq));
  const pending = state.rooms[f.room]?.pending ?? [];
  const room = {
    ...status.initialStatus(),
    ...state.rooms[f.room], // a re-join keeps what the room told before (duty, pause, mute)
    id: f.room,
    title: f.charter?.title ?? f.room,
    purpose: f.charter?.purpose ?? '',
    rules: Array.isArray(f.charter?.rules) ? f.charter.rules : [],
    support: Array.isArray(f.charter?.support) ? f.charter.support : [],
    members: [...(f.members ?? [])],
    count: (f.members ?? []).length,
    lastSeq,
    wasReset: f.reset === true,
    entries: trim(entries),
    pending: pending.filter((p) => !(p.status === 'sent' && p.seq <= lastSeq)),
  };
  return withRoom(state, room);
}

function left(state, f) {
  if (!state.rooms[f.room]) {
    return state;
  }
  const rooms = { ...state.rooms };
  delete rooms[f.room];
  return { ...state, rooms };
}

function message(state, f) {
  const room = state.rooms[f.room];
  if (!room || !Number.isFinite(f.seq)) {
    return state;
  }
  const entries = insertMessage(room.entries, f);
  if (entries === room.entries) {
    return state; // already shown
  }
  const lastSeq = Math.max(room.lastSeq, f.seq);
  const pending = room.pending.filter((p) => !(p.status === 'sent' && p.seq <= lastSeq));
  return withRoom(state, { ...room, entries: trim(entries), lastSeq, pending: same(room.pending, pending) });
}

function ack(state, f) {
  const room = state.rooms[f.room];
  const mine = room?.pending.find((p) => p.clientMsgId === f.clientMsgId);
  if (!mine) {
    const after = room ? status.refused(room, f) : room;
    return after === room ? state : withRoom(state, after);
  }
  if (f.status === 'sent' && Number.isFinite(f.seq) && f.seq <= room.lastSeq) {
    // Its message frame came first (or with the history of a re-join): it is on screen.
    return withRoom(state, { ...room, pending: room.pending.filter((p) => p !== mine) });
  }
  const wasHeld = mine.status === 'held' || mine.wasHeld === true;
  const settled = f.status === 'sent'
      ? { ...mine, status: 'sent', seq: f.seq, wasHeld }
      : { ...mine, status: f.status === 'held' ? 'held' : 'rejected', wasHeld, code: f.code, rule: f.rule, reason: f.reason };
  const after = status.refused(room, f);
  return withRoom(state, { ...after, pending: room.pending.map((p) => (p === mine ? settled : p)) });
}

function presence(state, f) {
  const room = state.rooms[f.room];
  if (!room || typeof f.handle !== 'string') {
    return state;
  }
  const others = room.members.filter((h) => !sameHandle(h, f.handle));
  const members = f.event === 'joined' ? [...others, f.handle] : others;
  const count = Number.isFinite(f.count) ? f.count : members.length;
  let entries = room.entries;
  let nextKey = state.nextKey;
  if (!sameHandle(f.handle, state.self ?? '')) {
    entries = trim([...entries, { key: `p${nextKey}`, kind: 'presence', handle: f.handle, event: f.event, count }]);
    nextKey += 1;
  }
  return { ...withRoom(state, { ...room, members, count, entries }), nextKey };
}

function notice(state, f, now) {
  const n = { key: `n${state.nextKey}`, room: f.room, kind: f.kind, rule: f.rule, text: f.text ?? '', time: now };
  const next = { ...state, nextKey: state.nextKey + 1, notices: [...state.notices, n].slice(-MAX_NOTICES) };
  const room = next.rooms[f.room];
  return room ? withRoom(next, status.noticed(room, f)) : next;
}

/**
 * A moderator removed a posted message: its text is replaced where it is shown. The entry gets a
 * new key, so the view draws it afresh rather than keeping the old text on screen.
 */
function redacted(state, f) {
  const room = state.rooms[f.room];
  const shown = room?.entries.find((e) => e.kind === 'message' && e.seq === f.seq);
  if (!shown || shown.removed) {
    return state;
  }
  const replaced = { ...shown, key: `${shown.key}-removed`, text: f.text ?? 'removed by a moderator', removed: true };
  return withRoom(state, { ...room, entries: room.entries.map((e) => (e === shown ? replaced : e)) });
}

/** An error that names a clientMsgId refused that message; other errors are not room state. */
function error(state, f) {
  if (typeof f.clientMsgId !== 'string') {
    return state;
  }
  return updatePending(state, f.clientMsgId, (p) => ({ ...p, status: 'failed', code: f.code, reason: f.message }));
}

// --- the page's own actions ---

/** A message the member just sent, shown as "sending…" until its ack. */
export function addPending(state, roomId, clientMsgId, text) {
  const room = state.rooms[roomId];
  if (!room) {
    return state;
  }
  return withRoom(state, { ...room, pending: [...room.pending, { clientMsgId, text, status: 'sending' }] });
}

/** Messages sent on a session that is gone, whose fate nobody can know. */
export function markUnconfirmed(state, clientMsgIds) {
  return clientMsgIds.reduce(
      (s, id) => updatePending(s, id, (p) => (p.status === 'sending' ? { ...p, status: 'unconfirmed' } : p)), state);
}

export function dismissPending(state, roomId, clientMsgId) {
  const room = state.rooms[roomId];
  if (!room) {
    return state;
  }
  const pending = room.pending.filter((p) => p.clientMsgId !== clientMsgId);
  return pending.length === room.pending.length ? state : withRoom(state, { ...room, pending });
}

export function dismissNotice(state, key) {
  const notices = state.notices.filter((n) => n.key !== key);
  return notices.length === state.notices.length ? state : { ...state, notices };
}

export function findPending(state, roomId, clientMsgId) {
  return state.rooms[roomId]?.pending.find((p) => p.clientMsgId === clientMsgId) ?? null;
}

/** Handles are the same handle when they differ only in case (as on the server). */
export function sameHandle(a, b) {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}

// --- helpers ---

/** Inserts a message in seq order; returns `entries` itself when that seq is already there. */
function insertMessage(entries, m) {
  if (!Number.isFinite(m.seq) || entries.some((e) => e.kind === 'message' && e.seq === m.seq)) {
    return entries;
  }
  const entry = {
    key: `m${m.seq}`, kind: 'message', seq: m.seq, id: m.id, author: m.author,
    text: m.text ?? '', time: m.time, redacted: m.redacted === true,
  };
  // Usually it is the newest; otherwise it goes before the first message with a higher seq.
  const at = entries.findIndex((e) => e.kind === 'message' && e.seq > m.seq);
  return at < 0 ? [...entries, entry] : [...entries.slice(0, at), entry, ...entries.slice(at)];
}

function trim(entries) {
  return entries.length > MAX_ENTRIES ? entries.slice(-MAX_ENTRIES) : entries;
}

function updatePending(state, clientMsgId, change) {
  for (const room of Object.values(state.rooms)) {
    const mine = room.pending.find((p) => p.clientMsgId === clientMsgId);
    if (mine) {
      return withRoom(state, { ...room, pending: room.pending.map((p) => (p === mine ? change(p) : p)) });
    }
  }
  return state;
}

function withRoom(state, room) {
  return { ...state, rooms: { ...state.rooms, [room.id]: room } };
}

/** Keeps the old array when nothing was removed, so the view can tell nothing changed. */
function same(before, after) {
  return before.length === after.length ? before : after;
}
