import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiveFeed } from '../../main/resources/web/live-feed.js';

/** An EventSource the test drives: it records itself, and the test fires its events. */
class FakeSource {
  static made = [];
  readyState = 0;
  closed = false;
  #listeners = {};
  constructor(url) {
    this.url = url;
    FakeSource.made.push(this);
  }
  addEventListener(kind, listener) {
    (this.#listeners[kind] ??= []).push(listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  fire(kind, event = {}) {
    for (const listener of this.#listeners[kind] ?? []) listener(event);
  }
}

function feedWith(probeStatus) {
  FakeSource.made = [];
  const timers = [];
  const states = [];
  const events = [];
  const feed = new LiveFeed({
    EventSourceImpl: FakeSource,
    fetchImpl: async () => (probeStatus === 'unreachable' ? Promise.reject(new Error('down')) : { status: probeStatus }),
    setTimer: (task, ms) => timers.push({ task, ms }),
  });
  feed.addEventListener('state', ({ detail }) => states.push(detail));
  for (const kind of ['history', 'snapshot']) feed.addEventListener(kind, ({ detail }) => events.push([kind, detail]));
  feed.start();
  return { feed, timers, states, events };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('the feed passes on the history and snapshots it is pushed, and says when it is live', () => {
  const { states, events } = feedWith(200);
  const source = FakeSource.made[0];
  assert.equal(source.url, '/operations/live');
  source.fire('open');
  source.fire('history', { data: '{"time":1,"rooms":[]}' });
  source.fire('snapshot', { data: '{"time":2,"rooms":null}' });
  assert.deepEqual(states, ['live']);
  assert.deepEqual(events, [['history', { time: 1, rooms: [] }], ['snapshot', { time: 2, rooms: null }]]);
});

test('a lost connection the browser is retrying reads as reconnecting, and nothing else is opened', async () => {
  const { states, timers } = feedWith(200);
  const source = FakeSource.made[0];
  source.fire('open');
  source.readyState = 0; // CONNECTING: the browser retries by itself
  source.fire('error');
  await settle();
  assert.deepEqual(states, ['live', 'reconnecting']);
  assert.equal(timers.length, 0);
  assert.equal(FakeSource.made.length, 1);
});

test('a refused stream whose sign-in has ended asks the operator to sign in again', async () => {
  const { states, timers } = feedWith(401);
  const source = FakeSource.made[0];
  source.readyState = 2;
  source.fire('error');
  await settle();
  assert.deepEqual(states, ['reconnecting', 'signed-out']);
  assert.ok(source.closed);
  assert.equal(timers.length, 0);
});

test('a stream refused for another reason is opened again after a backoff', async () => {
  for (const status of [503, 'unreachable']) {
    const { states, timers } = feedWith(status);
    FakeSource.made[0].readyState = 2;
    FakeSource.made[0].fire('error');
    await settle();
    assert.deepEqual(states, ['reconnecting']);
    assert.equal(timers.length, 1);
    timers[0].task();
    assert.equal(FakeSource.made.length, 2, `a new stream after ${status}`);
  }
});

test('the server saying the sign-in ended stops the feed', () => {
  const { states } = feedWith(200);
  const source = FakeSource.made[0];
  source.fire('signed-out');
  source.fire('error');
  assert.ok(source.closed);
  assert.deepEqual(states, ['signed-out']);
});
