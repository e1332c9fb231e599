import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  crisisWaiting, dismissEvent, emptyModState, heldCounts, preselectedRule, queueOrder, reduceMod,
} from '../../main/resources/web/mod-state.js';

const ROOM = 'lounge';

function joined() {
  return reduceMod(emptyModState(), {
    type: 'joined', room: ROOM, members: ['jo'], headSeq: 0, reset: false, history: [],
    charter: { title: 'The lounge', purpose: '', support: [], rules: [{ id: 'rule-1', text: 'Be kind.' },
      { id: 'rule-2', text: 'No names.' }] },
  });
}

function held(heldId, level, time, rule = 'rule-2') {
  return { type: 'held', room: ROOM, heldId, author: 'ash', text: `text ${heldId}`, rule, level, reason: 'r', time };
}

test('the queue puts crisis before urgent before watch before none, then the oldest first', () => {
  const items = [held('a', 'watch', 1), held('b', 'crisis', 5), held('c', 'none', 0), held('d', 'urgent', 3),
    held('e', 'crisis', 2), held('f', 'urgent', 1)];
  assert.deepEqual(queueOrder(items.map((f) => ({ ...f }))).map((h) => h.heldId), ['e', 'b', 'f', 'd', 'a', 'c']);
});

test('an unknown level waits with the least urgent, not ahead of them', () => {
  const items = [held('x', 'strange', 0), held('n', 'none', 1), held('w', 'watch', 9)];
  assert.deepEqual(queueOrder(items).map((h) => h.heldId), ['w', 'x', 'n']);
});

test('a held message sent again on re-join is queued once, and leaves once resolved', () => {
  let state = joined();
  state = reduceMod(state, held('a', 'urgent', 1));
  state = reduceMod(state, held('a', 'urgent', 1));
  state = reduceMod(state, held('b', 'crisis', 2));
  assert.deepEqual(heldCounts(state.rooms[ROOM]), { crisis: 1, urgent: 1, watch: 0, none: 0 });
  assert.equal(crisisWaiting(state), 1);

  state = reduceMod(state, { type: 'resolved', room: ROOM, heldId: 'b', outcome: 'approved', by: 'jo', seq: 1 });
  assert.deepEqual(state.rooms[ROOM].held.map((h) => h.heldId), ['a']);
  assert.equal(crisisWaiting(state), 0);
});

test('the rule picker starts at the held message\'s own rule when the room has it, else the first rule', () => {
  const room = joined().rooms[ROOM];
  assert.equal(preselectedRule(room, { rule: 'rule-2' }), 'rule-2');
  assert.equal(preselectedRule(room, { rule: 'safety.risk' }), 'rule-1');
  assert.equal(preselectedRule({ rules: [] }, { rule: 'words.hold' }), 'words.hold');
});

test('alerts and flags arrive newest first and can be dismissed', () => {
  let state = joined();
  state = reduceMod(state, { type: 'alert', room: ROOM, kind: 'risk', rule: 'safety.risk', level: 'crisis', about: 'ash',
    seq: 4, text: 'risk to life' });
  state = reduceMod(state, { type: 'flagged', room: ROOM, seq: 3, author: 'birch', text: 'hm', by: 'ash' });
  state = reduceMod(state, { type: 'flagged', room: ROOM, seq: 5, author: 'birch', text: 'hm', by: 'rowan', reason: 'rude' });
  assert.deepEqual(state.flags.map((f) => f.by), ['rowan', 'ash']);
  assert.equal(state.alerts[0].level, 'crisis');

  state = dismissEvent(state, state.flags[0].key);
  assert.deepEqual(state.flags.map((f) => f.by), ['ash']);
});

test('room messages are kept in order and a redaction replaces the text', () => {
  let state = joined();
  for (const seq of [2, 1]) {
    state = reduceMod(state, { type: 'message', room: ROOM, seq, id: `m${seq}`, author: 'ash', text: `t${seq}`, time: seq });
  }
  state = reduceMod(state, { type: 'redacted', room: ROOM, seq: 2, rule: 'rule-2', text: 'removed by a moderator: rule-2' });
  assert.deepEqual(state.rooms[ROOM].messages.map((m) => m.text), ['t1', 'removed by a moderator: rule-2']);
});
