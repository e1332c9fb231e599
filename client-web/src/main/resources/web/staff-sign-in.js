/**
 * Staff sign-in for the moderator console: `POST /auth/sign-in` with the account name and
 * password. The server answers with a bearer token and also sets it as an HttpOnly cookie,
 * which the browser then sends on the WebSocket upgrade by itself (a browser cannot set an
 * Authorization header on a WebSocket). The token is kept only in memory, for the audit log.
 */

/**
 * Signs in. Resolves to {ok: true, token, name, role, rooms, expires} or {ok: false, problem},
 * the problem in plain words; never throws for a refusal.
 */
export async function signIn(name, password, fetchImpl = globalThis.fetch) {
  let response;
  try {
    response = await fetchImpl('/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, problem: 'The server could not be reached. Check the connection and try again.' };
  }
  let body = {};
  try {
    body = await response.json();
  } catch {
    // a body that is not JSON still has a status to go by
  }
  if (response.ok && typeof body.token === 'string') {
    return { ok: true, token: body.token, name: body.name, role: body.role, rooms: body.rooms ?? [], expires: body.expires };
  }
  return { ok: false, problem: refusalWords(response.status, body.error) };
}

function refusalWords(status, error) {
  switch (status) {
    case 401:
      return 'That account name and password don’t match. Check both and try again.';
    case 429:
      return `Too many tries for now: ${error ?? 'wait a while, then try again'}.`;
    case 400:
      return 'Enter both your account name and your password.';
    default:
      return 'Signing in didn’t work just now. Try again in a moment.';
  }
}
