import type { OutcomeCounts } from './hard-counts';

/** One exact target of calibration.md §1a on the outcome process (the annealed part). */
export interface HardTarget {
  key: keyof OutcomeCounts;
  label: string;
  published: number;
  /** Error in "count units": 0 exactly when the target is met. */
  error: (value: number) => number;
}

const exact = (published: number) => (v: number) => Math.abs(v - published);
/**
 * Reported to one decimal: met when the rounded value equals the published one; otherwise
 * 1 plus the continuous distance, so the annealing has a slope to follow.
 */
const oneDecimal = (published: number, scale: number) => (v: number) => {
  const rounded = Math.round(v * 10) / 10;
  return Math.abs(rounded - published) < 1e-9 ? 0 : 1 + Math.abs(v - published) / scale;
};

export const OUTCOME_HARD_TARGETS: readonly HardTarget[] = [
  { key: 'responders', label: 'Best response PR or better', published: 54, error: exact(54) },
  { key: 'crOrBetter', label: 'Best response CR or sCR', published: 45, error: exact(45) },
  { key: 'progressions', label: 'Progressions', published: 29, error: exact(29) },
  {
    key: 'deathsWithoutProgression',
    label: 'Deaths without progression',
    published: 4,
    error: exact(4),
  },
  { key: 'mrdEverNegative', label: 'Ever MRD-negative', published: 54, error: exact(54) },
  {
    key: 'mrdSustainedNegative',
    label: 'MRD group sustained negative and alive',
    published: 21,
    error: exact(21),
  },
  { key: 'mrdDiedNegative', label: 'MRD group died while negative', published: 4, error: exact(4) },
  { key: 'mrdLostNegativity', label: 'MRD group lost negativity', published: 29, error: exact(29) },
  { key: 'mrdNegGe12', label: 'MRD-negative 12 months or longer', published: 41, error: exact(41) },
  { key: 'mrdNegGe36', label: 'MRD-negative 36 months or longer', published: 11, error: exact(11) },
  {
    key: 'mrdNegGe36Lost',
    label: 'MRD-negative 36 months or longer who later lost negativity',
    published: 3,
    error: exact(3),
  },
  {
    key: 'persistGe6',
    label: 'CAR-T persistence 6 months or longer',
    published: 43,
    error: exact(43),
  },
  {
    key: 'persistGe12',
    label: 'CAR-T persistence 12 months or longer',
    published: 22,
    error: exact(22),
  },
  {
    key: 'persistGe24',
    label: 'CAR-T persistence 24 months or longer',
    published: 14,
    error: exact(14),
  },
  {
    key: 'persistGe36',
    label: 'CAR-T persistence 36 months or longer',
    published: 4,
    error: exact(4),
  },
  {
    key: 'persistMedian',
    label: 'Median CAR-T persistence (months)',
    published: 9.0,
    error: oneDecimal(9.0, 1),
  },
  {
    key: 'persistMin',
    label: 'Shortest CAR-T persistence (months)',
    published: 0,
    error: oneDecimal(0, 1),
  },
  {
    key: 'persistMax',
    label: 'Longest CAR-T persistence (months)',
    published: 66.0,
    error: oneDecimal(66.0, 6),
  },
  {
    key: 'followUpMin',
    label: 'Shortest follow-up (months)',
    published: 1.0,
    error: oneDecimal(1.0, 0.5),
  },
  {
    key: 'followUpMax',
    label: 'Longest follow-up (months)',
    published: 69.3,
    error: oneDecimal(69.3, 0.5),
  },
];

/** Sum of hard-target errors (0 = every annealed hard count exact). */
export function hardError(c: OutcomeCounts): number {
  return OUTCOME_HARD_TARGETS.reduce((s, t) => s + t.error(c[t.key]), 0);
}
