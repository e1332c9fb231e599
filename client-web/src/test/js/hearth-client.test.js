import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HearthClient } from '../../main/resources/web/hearth-client.js';

/** A WebSocket stand-in: records what the client sends; the test plays the server. */
class FakeSocket {
  static all = [];
  readyState = 0;
  sent = [];

  constructor(url, protocol) {
    this.url = url;
    this.protocol = protocol;
    FakeSocket.all.push(this);
  }

  send(text) {
    this.sent.push(JSON.parse(text));
  }

  close() {
    this.readyState = 3;
  }

  open() {
    this.readyState = 1;
    this.onopen?.();
  }

  receive(frame) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
}

/** Timers the test runs by hand, so nothing waits. */
function manualTimers() {
  const pending = new Map();
  let next = 1;
  return {
    setTimeout: (fn, ms) => { pending.set(next, { fn, ms }); return next++; },
    clearTimeout: (id) => pending.delete(id),
    runAll() {
      const due = [...pending.values()];
      pending.clear();
      due.forEach(({ fn }) => fn());
    },
  };
}

function newClient(timers) {
  FakeSocket.all = [];
  return new HearthClient({ url: 'ws://test/ws', WebSocketImpl: FakeSocket, timers, random: () => 0 });
}

function welcome(resumed, rooms = []) {
  return { type: 'welcome', sessionId: 's', resumeToken: 'tok-aaaaaaaaaaaaaaaaaaaaaa', handle: 'ash', resumed, rooms };
}

function joined(room, headSeq) {
  return { type: 'joined', room, charter: {}, members: ['ash'], history: [], headSeq, reset: false };
}

test('after a drop the client resumes, re-joins from the last seq seen and resends what was not acked', () => {
  const timers = manualTimers();
  const client = newClient(timers);
  client.start('ash');
  client.join('lounge');
  const first = FakeSocket.all[0];
  first.open();
  first.receive(welcome(false));
  first.receive(joined('lounge', 4));
  const id = client.send('lounge', 'are you there?');
  assert.equal(first.sent.at(-1).clientMsgId, id);

  first.drop();
  assert.equal(client.state, 'reconnecting');
  timers.runAll();
  const second = FakeSocket.all[1];
  second.open();
  assert.equal(second.sent[0].resumeToken, 'tok-aaaaaaaaaaaaaaaaaaaaaa');
  second.receive(welcome(true, ['lounge']));
  assert.deepEqual(second.sent[1], { type: 'join', room: 'lounge', lastSeq: 4 });
  second.receive(joined('lounge', 5));

  assert.deepEqual(second.sent[2], { type: 'send', room: 'lounge', clientMsgId: id, text: 'are you there?' });
});

test('messages sent on a session that could not be resumed are reported unconfirmed, not resent', () => {
  const timers = manualTimers();
  const client = newClient(timers);
  const unconfirmed = [];
  client.addEventListener('unconfirmed', (e) => unconfirmed.push(...e.detail.clientMsgIds));
  client.start('ash');
  client.join('lounge');
  FakeSocket.all[0].open();
  FakeSocket.all[0].receive(welcome(false));
  FakeSocket.all[0].receive(joined('lounge', 0));
  const id = client.send('lounge', 'hello');

  FakeSocket.all[0].drop();
  timers.runAll();
  FakeSocket.all[1].open();
  FakeSocket.all[1].receive(welcome(false));
  FakeSocket.all[1].receive(joined('lounge', 1));

  assert.deepEqual(unconfirmed, [id]);
  assert.equal(FakeSocket.all[1].sent.some((f) => f.type === 'send'), false);
});

test('a room command goes out only while connected', () => {
  const client = newClient(manualTimers());
  assert.equal(client.command({ type: 'flag', room: 'lounge', seq: 3 }), false);
  client.start('ash');
  FakeSocket.all[0].open();
  FakeSocket.all[0].receive(welcome(false));
  assert.equal(client.command({ type: 'flag', room: 'lounge', seq: 3 }), true);
  assert.deepEqual(FakeSocket.all[0].sent.at(-1), { type: 'flag', room: 'lounge', seq: 3 });
});

test('moderator frames reach listeners as events', () => {
  const client = newClient(manualTimers());
  const seen = [];
  for (const type of ['held', 'resolved', 'alert', 'flagged', 'duty', 'paused', 'slowed', 'done']) {
    client.addEventListener(type, (e) => seen.push(e.detail.type));
  }
  client.start('jo');
  FakeSocket.all[0].open();
  FakeSocket.all[0].receive(welcome(false));
  for (const type of ['held', 'resolved', 'alert', 'flagged', 'duty', 'paused', 'slowed', 'done']) {
    FakeSocket.all[0].receive({ type, room: 'lounge' });
  }
  assert.deepEqual(seen, ['held', 'resolved', 'alert', 'flagged', 'duty', 'paused', 'slowed', 'done']);
});
