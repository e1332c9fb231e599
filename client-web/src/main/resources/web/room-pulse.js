/**
 * The operators' live room view, as pure functions: what one row of the table says for a room's
 * pulse (from GET /operations/rooms), and the chart's series kept from poll to poll. No DOM here,
 * so Node's test runner can check it.
 */

/** Plain words for a wait in seconds: "—" when nothing waits, else "45 s", "3 min", "2 h 5 min". */
export function waitWords(seconds) {
  if (!seconds || seconds <= 0) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** The cells of one room's row, each {text, attention}: attention marks what needs a person now. */
export function rowCells(pulse) {
  const held = pulse.heldByLevel ?? {};
  const crisis = held.crisis ?? 0;
  const other = held.none ?? 0;
  const waiting = crisis + (held.urgent ?? 0) + (held.watch ?? 0) + other;
  return [
    { text: pulse.title ? `${pulse.title} (${pulse.room})` : pulse.room, attention: false },
    { text: String(pulse.membersOnline), attention: false },
    { text: String(pulse.messagesLastMinute), attention: false },
    { text: `${crisis} · ${held.urgent ?? 0} · ${held.watch ?? 0} · ${other}`, attention: crisis > 0 },
    { text: waitWords(pulse.oldestHeldSeconds), attention: waiting > 0 && pulse.oldestHeldSeconds >= 600 },
    { text: pulse.moderatorOnDuty ? 'on duty' : 'none on duty', attention: !pulse.moderatorOnDuty },
  ];
}

/**
 * Adds one poll to the chart's data: uPlot's column form, [times (s), room 1 rates, room 2 rates, ...],
 * the rooms in a fixed order, at most `keep` points. Returns the new data and the rooms' order.
 */
export function addPoint(data, rooms, poll, keep = 180) {
  const order = rooms.length ? rooms : poll.rooms.map((pulse) => pulse.room);
  const byRoom = new Map(poll.rooms.map((pulse) => [pulse.room, pulse.messagesLastMinute]));
  const columns = data.length ? data.map((column) => column.slice(-(keep - 1))) : [[], ...order.map(() => [])];
  columns[0].push(poll.time / 1000);
  order.forEach((room, i) => columns[i + 1].push(byRoom.get(room) ?? null));
  return { data: columns, rooms: order };
}
