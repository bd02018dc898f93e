import { smallGroupNote, suppressCount, type SmallCells } from './small-cells';
import { textWidth } from './text-width';
import type { KmCurveInput } from './types';

const FONT = 12;

/**
 * A Kaplan–Meier legend entry's text: the group, its n and its events, with a small group's flag
 * ("n = 3 — small group (< 5): estimates unstable"; shortened to "n = 3, small group" when the
 * full flag would not fit `maxWidth`) and counts 1 … k − 1 as "<k" when suppressed. `small` is
 * the flag for the tooltip, or null for a group of k or more.
 * @example legendCounts({ label: 'ECOG 0', n: 3, events: 2 }, { minCell: 5, suppress: false }, 700).text // 'ECOG 0 (n = 3 — small group (< 5): estimates unstable; 2 events)'
 */
export function legendCounts(
  c: Pick<KmCurveInput, 'label' | 'n' | 'events'>,
  cells: SmallCells,
  maxWidth: number,
): { text: string; small: string | null } {
  const e = suppressCount(c.events, cells);
  const events = `${e} ${e === '1' ? 'event' : 'events'}`;
  const n = suppressCount(c.n, cells);
  const nText = n.startsWith('<') ? `n ${n.replace('<', '< ')}` : `n = ${n}`;
  const small = smallGroupNote(c.n, cells);
  if (!small) return { text: `${c.label} (${nText}, ${events})`, small };
  const full = `${c.label} (${small}; ${events})`;
  if (textWidth(full, FONT) <= maxWidth) return { text: full, small };
  return { text: `${c.label} (${nText}, small group; ${events})`, small };
}
