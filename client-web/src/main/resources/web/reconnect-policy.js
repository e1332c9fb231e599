/**
 * When and how soon the member page reconnects, and the ids it gives messages. Pure functions,
 * no page and no socket, so they are easy to check on their own.
 */

/**
 * Whether to reconnect on our own after the server closed with `code`. 1000 and 4100–4199 are
 * deliberate; 1002/1003/1007–1010 mean this page broke the protocol, and trying again would
 * only repeat it. Everything else (1001, 1006 network loss, 1011, 1012 restart, 4000–4099) is
 * passing.
 */
export function shouldReconnect(code) {
  if (code === 1000 || (code >= 4100 && code <= 4199)) {
    return false;
  }
  return ![1002, 1003, 1007, 1008, 1009, 1010].includes(code);
}

/**
 * Milliseconds to wait before reconnect attempt number `attempt` (0-based): doubling from
 * `baseMs`, capped at `maxMs`, with "equal jitter" (a random point in the upper half) so that
 * a room's members do not all come back in the same instant after a server restart.
 */
export function backoffDelay(attempt, random = Math.random, baseMs = 500, maxMs = 15_000) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A clientMsgId: 32 hex digits. getRandomValues works on plain http too, unlike randomUUID. */
export function newClientMsgId() {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
