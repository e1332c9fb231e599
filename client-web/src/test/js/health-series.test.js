import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addSamples, emptySeries, latencyWords, panelData, panelWords, roomData } from '../../main/resources/web/health-series.js';

const samples = (times, overrides = {}) => ({
  time: times,
  connections: times.map(() => 3),
  deliveriesPerSecond: times.map(() => 12.5),
  fanOutP99Millis: times.map(() => 0.42),
  storeCommitP99Millis: times.map(() => null),
  slowConsumerDisconnects: times.map(() => 0),
  messagesPerMinute: { lounge: times.map(() => 2) },
  ...overrides,
});

test('a history starts the series afresh and each snapshot adds its samples after it', () => {
  let series = addSamples(emptySeries(), samples([100, 105]));
  series = addSamples(series, samples([110], { connections: [4], messagesPerMinute: { lounge: [5] } }));
  assert.deepEqual(series.time, [100, 105, 110]);
  assert.deepEqual(panelData(series, 'connections'), [[100, 105, 110], [3, 3, 4]]);
  assert.deepEqual(roomData(series, ['lounge']), [[100, 105, 110], [2, 2, 5]]);
});

test('only the last hour is kept', () => {
  let series = addSamples(emptySeries(), samples([0, 1800, 3600]));
  series = addSamples(series, samples([3605]));
  assert.deepEqual(series.time, [1800, 3600, 3605]);
  assert.equal(series.connections.length, 3);
  assert.equal(series.messagesPerMinute.lounge.length, 3);
});

test('a snapshot with only the rooms adds no samples', () => {
  const series = addSamples(addSamples(emptySeries(), samples([100])), samples([]));
  assert.deepEqual(series.time, [100]);
});

test('a room first seen later has gaps before it, so its line lines up with the times', () => {
  let series = addSamples(emptySeries(), samples([100]));
  series = addSamples(series, samples([105], { messagesPerMinute: { lounge: [1], 'night-owls': [7] } }));
  assert.deepEqual(roomData(series, ['night-owls', 'lounge']), [[100, 105], [null, 7], [2, 1]]);
});

test('the panels say the newest value, and slow-consumer disconnects over the hour', () => {
  const series = addSamples(emptySeries(), samples([100, 105], {
    deliveriesPerSecond: [10, 1234.4], slowConsumerDisconnects: [2, 1], storeCommitP99Millis: [3.5, null],
  }));
  assert.deepEqual(panelWords(series), {
    connections: '3',
    deliveriesPerSecond: '1,234',
    fanOutP99Millis: '0.42 ms',
    storeCommitP99Millis: 'none in the last period',
    slowConsumerDisconnects: '3 in the last hour',
  });
  assert.match(panelWords(emptySeries()).connections, /waiting/);
  assert.equal(panelWords(addSamples(emptySeries(), samples([100], { deliveriesPerSecond: [1.6] }))).deliveriesPerSecond, '1.6');
});

test('latencies read in plain units', () => {
  assert.equal(latencyWords(0.4213), '0.42 ms');
  assert.equal(latencyWords(12.4), '12 ms');
  assert.equal(latencyWords(2500), '2.50 s');
  assert.equal(latencyWords(null), 'none in the last period');
});
