/**
 * The state of a room around its messages, as one member sees it: whether a moderator is on
 * duty, whether the room is paused or in slow mode, and whether this member is muted there.
 * Pure functions `(room, frame[, now]) → room` used by state.js; they return `room` itself when
 * nothing changed, and never touch the page or the network.
 *
 * Room fields kept here: onDuty (true | false | null before the server said), paused
 * ({message} | null), slowSeconds (0 when off), mute ({rule, text, until} | null; until is ms
 * since the epoch, or null when the server did not say how long).
 */

const MUTED = 302;

/** The fields a room starts with before any of these frames arrived. */
export function initialStatus() {
  return { onDuty: null, paused: null, slowSeconds: 0, mute: null };
}

export function duty(room, f) {
  const onDuty = f.onDuty === true;
  return room.onDuty === onDuty ? room : { ...room, onDuty };
}

export function paused(room, f) {
  if (f.paused !== true) {
    return room.paused === null ? room : { ...room, paused: null };
  }
  return { ...room, paused: { message: typeof f.message === 'string' ? f.message : '' } };
}

export function slowed(room, f) {
  const slowSeconds = Number.isFinite(f.seconds) && f.seconds > 0 ? f.seconds : 0;
  return room.slowSeconds === slowSeconds ? room : { ...room, slowSeconds };
}

/**
 * A private notice may change the member's standing: muted starts a mute (its `until` says when
 * it ends; without one it is shown without a countdown), unmuted ends it.
 */
export function noticed(room, f) {
  if (f.kind === 'muted') {
    const until = Number.isFinite(f.until) ? f.until : null;
    return { ...room, mute: { rule: f.rule ?? null, text: f.text ?? '', until } };
  }
  if (f.kind === 'unmuted') {
    return room.mute === null ? room : { ...room, mute: null };
  }
  return room;
}

/**
 * A send refused because the member is muted (code 302) says so even when the muted notice was
 * missed (it came while this page was away); keep a countdown we already have.
 */
export function refused(room, f) {
  if (f.status !== 'rejected' || f.code !== MUTED || room.mute) {
    return room;
  }
  return { ...room, mute: { rule: f.rule ?? null, text: f.reason ?? '', until: null } };
}

/** Whether the member is muted in `room` at `now`; a mute whose end has passed is over. */
export function isMuted(room, now) {
  return Boolean(room?.mute) && (room.mute.until === null || room.mute.until > now);
}

/** Whole minutes left of the mute at `now` (at least 1 while it lasts), or null without an end. */
export function minutesLeft(room, now) {
  if (!isMuted(room, now) || room.mute.until === null) {
    return null;
  }
  return Math.max(1, Math.ceil((room.mute.until - now) / 60_000));
}
