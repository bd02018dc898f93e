import type { SwimmerRow } from '../engine/swimmer-types';
import { formatMonths } from './format';

const STATE_WORDS = { neg: 'MRD-negative', pos: 'MRD-positive' } as const;

/**
 * One swimmer row's course in words, for screen readers and the row readout: the patient, the
 * group, the MRD-negative and -positive stretches, progression, death or last follow-up, best
 * response, cytogenetic risk and the number of MRD tests.
 * @example swimmerRowWords(row, 'Lost MRD negativity')
 *   // 'SIM-012, lost MRD negativity. MRD-negative months 0.5–14.0; … Progression at month 18.5. …'
 */
export function swimmerRowWords(row: SwimmerRow, groupLabel: string): string {
  const m = (t: number) => formatMonths(t);
  const stretches = row.segments
    .filter((s) => s.state !== 'none')
    .map((s) => `${STATE_WORDS[s.state as 'neg' | 'pos']} months ${m(s.start)}–${m(s.end)}`);
  const parts = [
    `${row.patientId}, ${groupLabel.charAt(0).toLowerCase()}${groupLabel.slice(1)}.`,
    stretches.length > 0
      ? `${stretches.join('; ')}.`
      : row.tests.length > 0
        ? 'No MRD test with a result.'
        : 'Never MRD-tested.',
  ];
  if (row.progression !== null) parts.push(`Progression at month ${m(row.progression)}.`);
  parts.push(
    row.death !== null
      ? `Died at month ${m(row.death)}.`
      : `Alive at last follow-up, month ${m(row.followUp)}.`,
  );
  const about = [
    row.bestResponse ? `best response ${row.bestResponse}` : 'best response not known',
    row.highRisk === null
      ? 'cytogenetic risk not known'
      : row.highRisk
        ? 'high-risk cytogenetics'
        : 'standard-risk cytogenetics',
    `${row.tests.length} MRD ${row.tests.length === 1 ? 'test' : 'tests'}`,
  ];
  parts.push(`${about.join('; ').replace(/^./, (c) => c.toUpperCase())}.`);
  return parts.join(' ');
}
