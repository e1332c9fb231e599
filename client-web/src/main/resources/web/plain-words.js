/**
 * Plain words for what the server reports by number (protocol v1's ErrorCode and CloseCode),
 * and for the few things this page checks itself. Unknown codes fall back to the server's own
 * sentence, which is written for people too.
 */

export const MAX_TEXT = 4000;

const ERRORS = new Map([
  [107, 'That message is longer than the room allows. Shorten it and send it again.'],
  [108, 'That message was empty.'],
  [109, 'That pseudonym can’t be used. Use 2 to 24 letters, digits, “_”, “-” or “.”, '
      + 'starting with a letter or digit.'],
  [110, 'That pseudonym is reserved, so that nobody can pass for staff. Please choose another.'],
  [202, 'This room doesn’t exist any more.'],
  [203, 'You’re not in the room yet. Wait until it has loaded, then send again.'],
  [204, 'Someone in the room already uses that pseudonym. Please choose another.'],
  [205, 'You’re in as many rooms as one connection allows.'],
  [403, 'A moderator has banned you from this room.'],
  [300, 'You’re sending quickly. Wait a moment, then send again.'],
  [302, 'A moderator has muted you here for a while. You can still read.'],
  [303, 'A moderator has paused the room for now. You can still read.'],
  [500, 'The server couldn’t save that message, so nobody saw it. Please send it again.'],
]);

/** Codes that mean "choose another pseudonym". */
export const HANDLE_CODES = new Set([109, 110, 204]);

/** Words for an `error` frame. */
export function errorWords(frame) {
  const known = ERRORS.get(frame?.code);
  if (known) {
    return known;
  }
  return typeof frame?.message === 'string' && frame.message ? frame.message : 'Something went wrong.';
}

/** Words for a close that will not be retried on its own. */
export function closeWords(code, reason) {
  if (code === 4100) {
    return 'This conversation was opened in another tab or window, so it stopped here.';
  }
  if (code === 4101) {
    return 'The server closed the connection after messages it couldn’t read. Reload the page to start again.';
  }
  if (code === 1000) {
    return 'The server closed the connection.';
  }
  if (code >= 1002 && code <= 1010) {
    return 'The connection closed because of a problem between this page and the server. '
        + 'Reload the page to start again.';
  }
  return reason ? `The connection closed: ${reason}` : 'The connection closed.';
}

/** What the connection line says after coming back. */
export function backWords(joined) {
  if (joined.reset) {
    return 'back — some messages were too old to fetch';
  }
  const n = Array.isArray(joined.history) ? joined.history.length : 0;
  if (n === 0) {
    return 'back — you missed nothing';
  }
  return `back — ${n.toLocaleString()} ${n === 1 ? 'message' : 'messages'} you missed`;
}

const HANDLE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_.-]{1,23}$/;

/**
 * The shape rule for a pseudonym, checked here only to answer quickly; the server decides
 * (it also refuses reserved words).
 */
export function handleProblem(handle) {
  if (!handle) {
    return 'Please choose a pseudonym.';
  }
  return HANDLE_SHAPE.test(handle) ? null : ERRORS.get(109);
}

/** Length as the server counts it: in Unicode code points, so an emoji is one character. */
export function textLength(text) {
  let n = 0;
  for (const _ of text) {
    n += 1;
  }
  return n;
}

/** Whether a moderator is on duty, said plainly and without alarm. */
export function dutyWords(onDuty) {
  return onDuty
      ? 'A moderator is on duty now.'
      : 'No moderator is on duty right now, so some posts may wait until one is back.';
}

/** The room's pace and whether it is open, for the line above the composer ('' when normal). */
export function roomStateWords(room) {
  if (room.paused) {
    const why = room.paused.message ? ` ${room.paused.message}` : '';
    return `A moderator has paused the room for now.${why} You can still read.`;
  }
  if (room.slowSeconds > 0) {
    return `Slow mode: each person can post once every ${durationWords(room.slowSeconds)}.`;
  }
  return '';
}

/** The mute, with the time left when known ('' when not muted). */
export function muteWords(mute, minutesLeft) {
  if (!mute) {
    return '';
  }
  const rule = mute.rule ? ` (${mute.rule})` : '';
  if (minutesLeft === null) {
    return mute.text || `A moderator has muted you here for a while${rule}. You can still read.`;
  }
  const left = minutesLeft === 1 ? 'about 1 more minute' : `${minutesLeft.toLocaleString()} more minutes`;
  return `You’re muted here for ${left}${rule}. You can still read, and write again after that.`;
}

/** A short heading for a private notice of `kind`; unknown kinds get a neutral one. */
export function noticeHeading(kind) {
  return NOTICE_HEADINGS.get(kind) ?? 'A note for you';
}

const NOTICE_HEADINGS = new Map([
  ['support', 'We’re glad you said something'],
  ['privacy', 'A gentle privacy reminder'],
  ['redacted', 'Some details were taken out of your message'],
  ['muted', 'You’re muted for a while'],
  ['unmuted', 'You can write again'],
  ['edited', 'A moderator edited your message'],
  ['removed', 'You were removed from the room'],
  ['banned', 'You can’t come back to this room'],
  ['flagged', 'Thank you — the moderators were told'],
]);

function durationWords(seconds) {
  if (seconds < 60 || seconds % 60 !== 0) {
    return seconds === 1 ? 'second' : `${seconds.toLocaleString()} seconds`;
  }
  const minutes = seconds / 60;
  return minutes === 1 ? 'minute' : `${minutes.toLocaleString()} minutes`;
}
