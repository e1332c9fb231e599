/**
 * The operators' live room view, as pure functions: what one row of the table says for a room's
 * pulse (as GET /operations/live and GET /operations/rooms give it). No DOM here, so Node's test
 * runner can check it.
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
