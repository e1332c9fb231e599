/**
 * The operators' server panels and charts, as pure functions over the live view's events
 * (GET /operations/live): each event carries samples in columns, oldest first, as uPlot draws
 * them; the page keeps the last hour. No DOM here, so Node's test runner can check it.
 */

/** The server panels, in the order the page shows them. */
export const PANELS = [
  { key: 'connections', title: 'Connections', about: 'WebSocket connections open' },
  { key: 'deliveriesPerSecond', title: 'Deliveries / s', about: 'frames written to members, a broadcast once per member' },
  { key: 'fanOutP99Millis', title: 'Fan-out p99', about: 'from a post arriving to its broadcast handed to every member' },
  { key: 'storeCommitP99Millis', title: 'Store commit p99', about: 'time one group commit took' },
  { key: 'slowConsumerDisconnects', title: 'Slow-consumer disconnects', about: 'connections cut off for not reading' },
];

const COLUMNS = ['time', ...PANELS.map((panel) => panel.key)];

/** No samples yet. */
export function emptySeries() {
  return Object.fromEntries([...COLUMNS.map((column) => [column, []]), ['messagesPerMinute', {}]]);
}

/**
 * The series with an event's samples added after its own (for a history event, add to
 * emptySeries()), keeping the samples within `keepSeconds` of the newest. Returns a new series.
 */
export function addSamples(series, samples, keepSeconds = 3600) {
  const times = [...series.time, ...samples.time];
  const newest = times.length ? times[times.length - 1] : 0;
  let from = 0;
  while (from < times.length && times[from] <= newest - keepSeconds) from++;
  const out = {};
  for (const column of COLUMNS) {
    out[column] = [...series[column], ...(samples[column] ?? samples.time.map(() => null))].slice(from);
  }
  const rooms = new Set([...Object.keys(series.messagesPerMinute), ...Object.keys(samples.messagesPerMinute ?? {})]);
  out.messagesPerMinute = {};
  for (const room of rooms) {
    const before = series.messagesPerMinute[room] ?? series.time.map(() => null);
    const added = samples.messagesPerMinute?.[room] ?? samples.time.map(() => null);
    out.messagesPerMinute[room] = [...before, ...added].slice(from);
  }
  return out;
}

/** A panel's chart data in uPlot's column form: [times, values]. */
export function panelData(series, key) {
  return [series.time, series[key]];
}

/** The rooms' chart data in uPlot's column form, [times, room 1, room 2, ...], in the given rooms' order. */
export function roomData(series, rooms) {
  return [series.time, ...rooms.map((room) => series.messagesPerMinute[room] ?? series.time.map(() => null))];
}

/**
 * What each panel says now, by key: the newest sample's value in plain units, and for
 * slow-consumer disconnects the count over the hour kept. A latency with nothing to measure in
 * the newest period reads "none in the last period".
 */
export function panelWords(series) {
  const newest = (column) => (column.length ? column[column.length - 1] : undefined);
  if (!series.time.length) {
    return Object.fromEntries(PANELS.map((panel) => [panel.key, 'waiting for the first sample…']));
  }
  const slow = series.slowConsumerDisconnects.reduce((sum, count) => sum + (count ?? 0), 0);
  return {
    connections: whole(newest(series.connections)),
    deliveriesPerSecond: rate(newest(series.deliveriesPerSecond)),
    fanOutP99Millis: latencyWords(newest(series.fanOutP99Millis)),
    storeCommitP99Millis: latencyWords(newest(series.storeCommitP99Millis)),
    slowConsumerDisconnects: `${whole(slow)} in the last hour`,
  };
}

/** Milliseconds in plain units: "0.42 ms", "12 ms", "1.25 s"; nothing measured reads "none in the last period". */
export function latencyWords(millis) {
  if (millis === null || millis === undefined) return 'none in the last period';
  if (millis < 10) return `${millis.toFixed(2)} ms`;
  if (millis < 1000) return `${Math.round(millis)} ms`;
  return `${(millis / 1000).toFixed(2)} s`;
}

/** A rate: one decimal below ten ("1.6"), whole above ("1,234"). */
function rate(value) {
  return value !== null && value !== undefined && value < 10 ? value.toFixed(1) : whole(value);
}

function whole(value) {
  return value === null || value === undefined ? '—' : Math.round(value).toLocaleString('en-GB');
}
