/**
 * What the moderator console knows, changed only by pure functions `(state, input) → state`
 * that never modify their input and never touch the page or the network (so they run in Node).
 * A part that did not change keeps its identity, so the view can skip redrawing it.
 *
 * State  {self, nextKey, rooms: {[room]: Room}, alerts: Alert[], flags: Flag[]}
 * Room   {id, title, rules: {id, text}[], members: string[], onDuty, myDuty, paused, slowSeconds,
 *         messages: Message[], held: Held[]}
 * Held   {heldId, room, author, text, rule, level, reason, time} (as the `held` frame)
 * Alert  {key, room, kind, rule, level, about, seq, text}
 * Flag   {key, room, seq, author, text, by, reason}
 * Message {seq, author, text, time, removed}
 */

/** Triage levels, most urgent first; the queue is in this order, then oldest first. */
export const LEVELS = Object.freeze(['crisis', 'urgent', 'watch', 'none']);
export const MAX_MESSAGES = 300;
export const MAX_EVENTS = 100;

export function emptyModState() {
  return { self: null, nextKey: 1, rooms: {}, alerts: [], flags: [] };
}

/** Applies one server frame; types the console does not keep change nothing. */
export function reduceMod(state, frame) {
  const type = frame?.type;
  return Object.hasOwn(BY_TYPE, type) ? BY_TYPE[type](state, frame) : state;
}

const BY_TYPE = Object.freeze({
  welcome: (state, f) => (f.handle === state.self ? state : { ...state, self: f.handle }),
  joined,
  left: (state, f) => {
    if (!state.rooms[f.room]) {
      return state;
    }
    const rooms = { ...state.rooms };
    delete rooms[f.room];
    return { ...state, rooms };
  },
  message: inRoom((room, f) => withMessage(room, f)),
  redacted: inRoom((room, f) => {
    const shown = room.messages.find((m) => m.seq === f.seq);
    if (!shown || shown.removed) {
      return room;
    }
    const replaced = { ...shown, text: f.text ?? 'removed by a moderator', removed: true };
    return { ...room, messages: room.messages.map((m) => (m === shown ? replaced : m)) };
  }),
  presence: inRoom((room, f) => {
    const others = room.members.filter((h) => h.toLowerCase() !== String(f.handle).toLowerCase());
    return { ...room, members: f.event === 'joined' ? [...others, f.handle].sort(byName) : others };
  }),
  held: inRoom((room, f) => (room.held.some((h) => h.heldId === f.heldId) ? room : { ...room, held: [...room.held, heldOf(f)] })),
  resolved: inRoom((room, f) => {
    const held = room.held.filter((h) => h.heldId !== f.heldId);
    return held.length === room.held.length ? room : { ...room, held };
  }),
  duty: inRoom((room, f) => (room.onDuty === (f.onDuty === true) ? room : { ...room, onDuty: f.onDuty === true })),
  paused: inRoom((room, f) => ({ ...room, paused: f.paused === true ? { message: f.message ?? '' } : null })),
  slowed: inRoom((room, f) => ({ ...room, slowSeconds: Number.isFinite(f.seconds) ? f.seconds : 0 })),
  alert: (state, f) => addEvent(state, 'alerts', {
    room: f.room, kind: f.kind, rule: f.rule, level: f.level, about: f.about, seq: f.seq, text: f.text ?? '',
  }),
  flagged: (state, f) => addEvent(state, 'flags', {
    room: f.room, seq: f.seq, author: f.author, text: f.text ?? '', by: f.by, reason: f.reason ?? '',
  }),
});

function joined(state, f) {
  const prev = f.reset ? null : state.rooms[f.room];
  let room = {
    id: f.room,
    title: f.charter?.title ?? f.room,
    rules: Array.isArray(f.charter?.rules) ? f.charter.rules : [],
    members: [...(f.members ?? [])],
    onDuty: prev?.onDuty ?? null,
    myDuty: prev?.myDuty ?? true, // a moderator who joins is on duty (protocol: `duty`)
    paused: prev?.paused ?? null,
    slowSeconds: prev?.slowSeconds ?? 0,
    messages: prev?.messages ?? [],
    held: prev?.held ?? [],
  };
  for (const m of f.history ?? []) {
    room = withMessage(room, m);
  }
  return withRoom(state, room);
}

// --- the console's own actions ---

/** The moderator asked to go on or off duty in `roomId`. */
export function setMyDuty(state, roomId, onDuty) {
  const room = state.rooms[roomId];
  return !room || room.myDuty === onDuty ? state : withRoom(state, { ...room, myDuty: onDuty });
}

/** Forgets an alert or flag the moderator has dealt with. */
export function dismissEvent(state, key) {
  const alerts = state.alerts.filter((a) => a.key !== key);
  const flags = state.flags.filter((f) => f.key !== key);
  return alerts.length === state.alerts.length && flags.length === state.flags.length
      ? state : { ...state, alerts, flags };
}

// --- reading it ---

/**
 * Held messages, most urgent first (crisis, urgent, watch, none; an unknown level counts as
 * none), then oldest first; held messages of equal level and time keep their arrival order.
 */
export function queueOrder(held) {
  return held
      .map((h, arrival) => ({ h, arrival }))
      .sort((a, b) => rank(a.h.level) - rank(b.h.level) || (a.h.time ?? 0) - (b.h.time ?? 0) || a.arrival - b.arrival)
      .map(({ h }) => h);
}

/** How many held messages wait at each level: {crisis, urgent, watch, none}. */
export function heldCounts(room) {
  const counts = { crisis: 0, urgent: 0, watch: 0, none: 0 };
  for (const h of room?.held ?? []) {
    counts[LEVELS.includes(h.level) ? h.level : 'none'] += 1;
  }
  return counts;
}

/** How many held messages at the crisis level wait, across every room. */
export function crisisWaiting(state) {
  return Object.values(state.rooms).reduce((n, room) => n + heldCounts(room).crisis, 0);
}

/**
 * The rule to preselect when deciding on a held message: its own rule when the room has a rule
 * by that id, else the room's first rule, else the held message's rule as it is.
 */
export function preselectedRule(room, held) {
  const rules = room?.rules ?? [];
  if (rules.some((r) => r.id === held.rule)) {
    return held.rule;
  }
  return rules[0]?.id ?? held.rule;
}

// --- helpers ---

function rank(level) {
  const at = LEVELS.indexOf(level);
  return at < 0 ? LEVELS.length - 1 : at;
}

function heldOf(f) {
  return {
    heldId: f.heldId, room: f.room, author: f.author, text: f.text ?? '', rule: f.rule, level: f.level,
    reason: f.reason ?? '', time: f.time,
  };
}

function withMessage(room, m) {
  if (!Number.isFinite(m.seq) || room.messages.some((e) => e.seq === m.seq)) {
    return room;
  }
  const entry = { seq: m.seq, author: m.author, text: m.text ?? '', time: m.time, removed: false };
  const messages = [...room.messages, entry].sort((a, b) => a.seq - b.seq).slice(-MAX_MESSAGES);
  return { ...room, messages };
}

function addEvent(state, list, event) {
  const entry = { key: `e${state.nextKey}`, ...event };
  return { ...state, nextKey: state.nextKey + 1, [list]: [entry, ...state[list]].slice(0, MAX_EVENTS) };
}

function inRoom(change) {
  return (state, f) => {
    const room = state.rooms[f.room];
    if (!room) {
      return state;
    }
    const next = change(room, f);
    return next === room ? state : withRoom(state, next);
  };
}

function withRoom(state, room) {
  return { ...state, rooms: { ...state.rooms, [room.id]: room } };
}

function byName(a, b) {
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}
