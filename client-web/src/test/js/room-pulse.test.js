import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowCells, waitWords } from '../../main/resources/web/room-pulse.js';

const pulse = (overrides) => ({
  room: 'lounge', title: 'The lounge', membersOnline: 4, messagesLastMinute: 12,
  heldByLevel: { none: 0, watch: 1, urgent: 0, crisis: 0 }, oldestHeldSeconds: 75, moderatorOnDuty: true, ...overrides,
});

test('a wait reads in plain units, and nothing waiting reads as a dash', () => {
  assert.equal(waitWords(0), '—');
  assert.equal(waitWords(45), '45 s');
  assert.equal(waitWords(190), '3 min');
  assert.equal(waitWords(7500), '2 h 5 min');
  assert.equal(waitWords(7200), '2 h');
});

test('a row names the room and marks a crisis waiting and a room without a moderator', () => {
  const calm = rowCells(pulse({}));
  assert.deepEqual(calm.map((cell) => cell.text), ['The lounge (lounge)', '4', '12', '0 · 0 · 1 · 0', '1 min', 'on duty']);
  assert.ok(calm.every((cell) => !cell.attention));

  const urgent = rowCells(pulse({ heldByLevel: { crisis: 1 }, moderatorOnDuty: false, oldestHeldSeconds: 900 }));
  assert.equal(urgent[3].text, '1 · 0 · 0 · 0');
  assert.ok(urgent[3].attention, 'a crisis post waiting');
  assert.ok(urgent[4].attention, 'waiting ten minutes or more');
  assert.ok(urgent[5].attention, 'no moderator on duty');
});
