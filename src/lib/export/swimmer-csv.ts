import type { SwimmerResult } from '../engine/types';
import type { CsvCell } from './csv';

const STATE_WORDS = { neg: 'MRD-negative', pos: 'MRD-positive', none: 'not assessed' } as const;

/**
 * The swimmer plot's rows as CSV, one line per bar segment in the order drawn: the patient, the
 * MRD group, the segment (start, end, MRD status), and the patient's marks and annotations
 * repeated on each line (progression, death or last follow-up, best response, cytogenetic risk,
 * number of MRD tests); every line names the dataset, so a simulated cohort stays marked.
 * @example swimmerCsvRows(result, 'Simulated cohort')[1].slice(3, 5) // ['SIM-002', 'Sustained MRD-negative']
 */
export function swimmerCsvRows(result: SwimmerResult, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'row',
    'patient_id',
    'mrd_group',
    'segment_start_months',
    'segment_end_months',
    'mrd_status',
    'progression_month',
    'death_month',
    'follow_up_months',
    'mrd_negative_duration_months',
    'best_response',
    'high_risk_cytogenetics',
    'mrd_tests',
  ];
  const lines = result.rows.flatMap((r, k) =>
    r.segments.map((s): CsvCell[] => [
      dataset,
      result.title,
      k + 1,
      r.patientId,
      result.groups[r.group]?.label ?? null,
      s.start,
      s.end,
      STATE_WORDS[s.state],
      r.progression,
      r.death,
      r.followUp,
      r.negativeMonths,
      r.bestResponse,
      r.highRisk === null ? null : r.highRisk ? 1 : 0,
      r.tests.length,
    ]),
  );
  return [header, ...lines];
}

/**
 * The method caption of an exported swimmer plot: patients shown of all, the order, how the
 * segments were built, and the dataset (a simulated cohort says so).
 * @example swimmerCaption(result, 'Simulated cohort')[0] // 'n shown 56 of 56. Rows …'
 */
export function swimmerCaption(result: SwimmerResult, dataset: string): string[] {
  const left = result.leftOut.length > 0 ? ` Not shown: ${result.leftOut.join('; ')}.` : '';
  return [
    `n shown ${result.nUsed} of ${result.nTotal}.${left} Rows within each MRD group sorted by ${result.sortLabel}.`,
    `Methods: ${result.methods.join('; ')}.`,
    `Dataset: ${dataset}.`,
  ];
}
