/**
 * The rule picker the moderator console uses wherever a decision names a rule: a <select> of the
 * room's numbered rules, one already chosen, so deciding stays one click.
 */

import { make } from './sync-list.js';

/** The rule named for room actions in a room whose charter has no numbered rules. */
export const FALLBACK_RULE = 'room-safety';

/**
 * A <select> of the room's rules (id and words) with `chosen` selected. `extra` (a filter's own
 * rule, or the fallback for a room without rules) is offered too when the room has no rule by
 * that id. The choice is kept as the options' default, so it survives moving them elsewhere.
 */
export function rulePicker(doc, rules, chosen, extra) {
  const select = doc.createElement('select');
  const options = rules.map((r) => [r.id, `${r.id}: ${r.text}`]);
  if (extra && !rules.some((r) => r.id === extra)) {
    options.push([extra, extra]);
  }
  for (const [value, text] of options) {
    const option = make(doc, 'option', null, text.length > 60 ? `${text.slice(0, 59)}…` : text);
    option.value = value;
    option.defaultSelected = value === chosen;
    select.append(option);
  }
  return select;
}

/** Fills `select` with the room's rules, the first chosen (or the fallback when there are none). */
export function fillRoomRules(select, rules) {
  const chosen = rules[0]?.id ?? FALLBACK_RULE;
  select.replaceChildren(...rulePicker(select.ownerDocument, rules, chosen, rules.length ? null : FALLBACK_RULE).children);
  select.value = chosen;
}
