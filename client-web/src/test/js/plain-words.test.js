import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  backWords, handleProblem, muteWords, noticeHeading, roomStateWords, textLength,
} from '../../main/resources/web/plain-words.js';

test('coming back says how many messages were missed, or that some were too old', () => {
  assert.equal(backWords({ history: [{}, {}, {}] }), 'back — 3 messages you missed');
  assert.equal(backWords({ history: [{}] }), 'back — 1 message you missed');
  assert.equal(backWords({ history: [] }), 'back — you missed nothing');
  assert.equal(backWords({ history: [{}], reset: true }), 'back — some messages were too old to fetch');
});

test('a mute says the time left and the rule, or the server\'s words when the end is unknown', () => {
  const mute = { rule: 'rule-2', text: 'muted until 14:10 (rule-2)' };
  assert.equal(muteWords(mute, 9), 'You’re muted here for 9 more minutes (rule-2). You can still read, and write again after that.');
  assert.match(muteWords(mute, 1), /about 1 more minute/);
  assert.equal(muteWords(mute, null), 'muted until 14:10 (rule-2)');
  assert.equal(muteWords(null, 5), '');
});

test('a pause wins over slow mode, and slow mode reads in seconds or minutes', () => {
  assert.match(roomStateWords({ paused: { message: 'Back at nine.' }, slowSeconds: 30 }), /paused the room for now\. Back at nine\./);
  assert.equal(roomStateWords({ paused: null, slowSeconds: 30 }), 'Slow mode: each person can post once every 30 seconds.');
  assert.equal(roomStateWords({ paused: null, slowSeconds: 120 }), 'Slow mode: each person can post once every 2 minutes.');
  assert.equal(roomStateWords({ paused: null, slowSeconds: 0 }), '');
});

test('every private notice kind has a heading, and an unknown kind a neutral one', () => {
  for (const kind of ['support', 'privacy', 'redacted', 'muted', 'unmuted', 'edited', 'removed', 'banned', 'flagged']) {
    assert.notEqual(noticeHeading(kind), 'A note for you', kind);
  }
  assert.equal(noticeHeading('something-new'), 'A note for you');
});

test('pseudonyms are checked for shape before asking the server; length counts characters as the server does', () => {
  assert.equal(handleProblem('QuietFern'), null);
  assert.match(handleProblem('x'), /2 to 24/);
  assert.match(handleProblem(''), /choose a pseudonym/);
  assert.equal(textLength('🌱ok'), 3);
});
