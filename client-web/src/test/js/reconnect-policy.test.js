import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, newClientMsgId, shouldReconnect } from '../../main/resources/web/reconnect-policy.js';

test('the backoff doubles from the base, with jitter in the upper half', () => {
  assert.equal(backoffDelay(0, () => 0, 500, 15_000), 250);
  assert.equal(backoffDelay(0, () => 0.999999, 500, 15_000), 500);
  assert.equal(backoffDelay(3, () => 0, 500, 15_000), 2000);
});

test('the backoff never waits longer than the cap, however many attempts', () => {
  for (const attempt of [5, 10, 50, 1000]) {
    assert.ok(backoffDelay(attempt, () => 0.999999, 500, 15_000) <= 15_000);
    assert.ok(backoffDelay(attempt, () => 0, 500, 15_000) >= 7_500);
  }
});

test('passing closes are retried, deliberate and protocol-breaking ones are not', () => {
  for (const code of [1001, 1006, 1011, 1012, 4000, 4099]) {
    assert.equal(shouldReconnect(code), true, `close ${code}`);
  }
  for (const code of [1000, 1002, 1003, 1007, 1008, 1009, 1010, 4100, 4199]) {
    assert.equal(shouldReconnect(code), false, `close ${code}`);
  }
});

test('client message ids are 32 hex digits and differ', () => {
  const a = newClientMsgId();
  assert.match(a, /^[0-9a-f]{32}$/);
  assert.notEqual(a, newClientMsgId());
});
