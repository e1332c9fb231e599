import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addPending, emptyState, reduce } from '../../main/resources/web/state.js';
import { isMuted, minutesLeft } from '../../main/resources/web/room-status.js';

const ROOM = 'lounge';

function joinedAs(handle, history = []) {
  let state = reduce(emptyState(), { type: 'welcome', handle });
  state = reduce(state, {
    type: 'joined', room: ROOM, members: [handle], headSeq: history.length, reset: false, history,
    charter: { title: 'The lounge', purpose: 'for anyone', rules: [{ id: 'rule-1', text: 'Be kind.' }],
      support: ['Samaritans: 116 123'] },
  });
  return state;
}

function message(seq, author, text) {
  return { type: 'message', room: ROOM, seq, id: `m${seq}`, author, text, time: 1_000 * seq, redacted: false };
}

test('messages are kept in sequence order whatever order they arrive in, each once', () => {
  let state = joinedAs('ash');
  for (const seq of [2, 1, 3, 2]) {
    state = reduce(state, message(seq, 'birch', `text ${seq}`));
  }
  assert.deepEqual(state.rooms[ROOM].entries.map((e) => e.seq), [1, 2, 3]);
});

test('the charter\'s rules and support lines are kept with the room', () => {
  const room = joinedAs('ash').rooms[ROOM];
  assert.equal(room.rules[0].text, 'Be kind.');
  assert.deepEqual(room.support, ['Samaritans: 116 123']);
});

test('a held message waits, and once approved leaves the pending list when it is posted', () => {
  let state = addPending(joinedAs('ash'), ROOM, 'c1', 'hello');
  state = reduce(state, { type: 'ack', room: ROOM, clientMsgId: 'c1', status: 'held', code: 400, rule: 'rule-3',
    reason: 'A moderator will read it first.' });
  assert.equal(state.rooms[ROOM].pending[0].status, 'held');
  assert.equal(state.rooms[ROOM].pending[0].reason, 'A moderator will read it first.');

  state = reduce(state, { type: 'ack', room: ROOM, clientMsgId: 'c1', status: 'sent', seq: 1 });
  assert.equal(state.rooms[ROOM].pending[0].wasHeld, true);
  state = reduce(state, message(1, 'ash', 'hello'));
  assert.deepEqual(state.rooms[ROOM].pending, []);
  assert.equal(state.rooms[ROOM].entries[0].text, 'hello');
});

test('a held message that is declined says so, with the moderator\'s reason', () => {
  let state = addPending(joinedAs('ash'), ROOM, 'c1', 'hello');
  state = reduce(state, { type: 'ack', room: ROOM, clientMsgId: 'c1', status: 'held', code: 400, rule: 'r', reason: 'x' });
  state = reduce(state, { type: 'ack', room: ROOM, clientMsgId: 'c1', status: 'rejected', code: 401, rule: 'rule-2',
    reason: 'Keep names out.' });
  const mine = state.rooms[ROOM].pending[0];
  assert.equal(mine.status, 'rejected');
  assert.equal(mine.wasHeld, true);
  assert.equal(mine.reason, 'Keep names out.');
});

test('a redaction replaces the shown text in place', () => {
  let state = reduce(joinedAs('ash'), message(1, 'birch', 'my address is 12 Elm Street'));
  state = reduce(state, { type: 'redacted', room: ROOM, seq: 1, rule: 'rule-2', text: 'removed by a moderator: rule-2' });
  const entry = state.rooms[ROOM].entries[0];
  assert.equal(entry.text, 'removed by a moderator: rule-2');
  assert.equal(entry.removed, true);
});

test('a mute notice starts a countdown that ends by itself; unmute ends it at once', () => {
  const now = 1_700_000_000_000;
  let state = reduce(joinedAs('ash'), { type: 'notice', room: ROOM, kind: 'muted', rule: 'rule-2',
    text: 'A moderator has muted you in The lounge for 10 minutes (rule-2).', until: now + 10 * 60_000 }, now);
  const room = state.rooms[ROOM];
  assert.equal(isMuted(room, now), true);
  assert.equal(minutesLeft(room, now), 10);
  assert.equal(minutesLeft(room, now + 9.5 * 60_000), 1);
  assert.equal(isMuted(room, now + 10 * 60_000), false);
  assert.equal(state.notices.at(-1).kind, 'muted');

  state = reduce(state, { type: 'notice', room: ROOM, kind: 'unmuted', text: 'You can write again.' }, now + 1);
  assert.equal(isMuted(state.rooms[ROOM], now + 1), false);
});

test('a send refused as muted shows the mute even when its notice was missed', () => {
  let state = addPending(joinedAs('ash'), ROOM, 'c1', 'hello');
  state = reduce(state, { type: 'ack', room: ROOM, clientMsgId: 'c1', status: 'rejected', code: 302, rule: 'rule-2',
    reason: 'A moderator has muted you in this room until 14:10 (rule-2).' });
  assert.equal(isMuted(state.rooms[ROOM], Date.now()), true);
  assert.equal(minutesLeft(state.rooms[ROOM], Date.now()), null);
});

test('duty, pause and slow mode are kept per room, and a re-join keeps them', () => {
  let state = joinedAs('ash');
  assert.equal(state.rooms[ROOM].onDuty, null);
  state = reduce(state, { type: 'duty', room: ROOM, onDuty: true });
  state = reduce(state, { type: 'paused', room: ROOM, paused: true, message: 'Back at nine.' });
  state = reduce(state, { type: 'slowed', room: ROOM, seconds: 30 });
  state = reduce(state, { type: 'joined', room: ROOM, members: ['ash'], headSeq: 0, reset: false, history: [],
    charter: { title: 'The lounge', purpose: '', rules: [], support: [] } });
  const room = state.rooms[ROOM];
  assert.equal(room.onDuty, true);
  assert.deepEqual(room.paused, { message: 'Back at nine.' });
  assert.equal(room.slowSeconds, 30);

  state = reduce(state, { type: 'paused', room: ROOM, paused: false });
  assert.equal(state.rooms[ROOM].paused, null);
});

test('a frame that changes nothing keeps the same state object, so nothing is redrawn', () => {
  let state = reduce(joinedAs('ash'), { type: 'duty', room: ROOM, onDuty: false });
  assert.equal(reduce(state, { type: 'duty', room: ROOM, onDuty: false }), state);
  assert.equal(reduce(state, { type: 'duty', room: 'elsewhere', onDuty: true }), state);
  assert.equal(reduce(state, { type: 'no-such-type' }), state);
});
