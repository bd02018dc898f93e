// Shared inputs for the layout tests: hand-made edge-case curves, the R-made aml fixture, and
// simple scales (time 0–4 → 0–100 px, survival 0–1 → 100–0 px) so coordinates read as numbers.
import { readFileSync } from 'node:fs';
import { scaleLinear } from 'd3-scale';
import type { KmCurveInput, KmScales, KmStepInput } from '../../../src/lib/layout/types';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function simpleScales(maxTime = 4): KmScales {
  return {
    x: scaleLinear().domain([0, maxTime]).range([0, 100]),
    y: scaleLinear().domain([0, 1]).range([100, 0]),
    plot: { x: 0, y: 0, width: 100, height: 100 },
    xTicks: [0, maxTime],
    yTicks: [0, 0.5, 1],
  };
}

type Step = [
  time: number,
  nRisk: number,
  nEvent: number,
  nCensor: number,
  surv: number,
  lower: number | null,
  upper: number | null,
];

export function curve(label: string, n: number, rows: Step[], median: number | null = null) {
  const steps: KmStepInput[] = rows.map(([time, nRisk, nEvent, nCensor, surv, lower, upper]) => ({
    time,
    nRisk,
    nEvent,
    nCensor,
    surv,
    lower,
    upper,
  }));
  const events = steps.reduce((a, s) => a + s.nEvent, 0);
  return deepFreeze<KmCurveInput>({ label, n, events, steps, median });
}

/** The edge cases every layout function is checked against. */
export const EDGE_CURVES = {
  empty: curve('empty', 0, []),
  oneStep: curve('one step', 2, [[1, 2, 1, 0, 0.5, 0.1, 1]], 1),
  allCensored: curve('all censored', 3, [
    [1, 3, 0, 1, 1, 1, 1],
    [2, 2, 0, 2, 1, 1, 1],
  ]),
  reachesZero: curve(
    'reaches zero',
    3,
    [
      [1, 3, 1, 0, 2 / 3, 0.3, 1],
      [2, 2, 0, 1, 2 / 3, 0.3, 1],
      [3, 1, 1, 0, 0, null, null],
    ],
    3,
  ),
  nullAfterLastEvent: curve(
    'CI null after last event',
    4,
    [
      [1, 4, 1, 0, 0.75, 0.4, 1],
      [2, 3, 2, 0, 0.25, 0.05, 0.9],
      [3, 1, 0, 1, 0.25, null, null],
    ],
    2,
  ),
} satisfies Record<string, KmCurveInput>;

interface RCurve extends KmCurveInput {
  at: {
    time: number;
    nRisk: number;
    cumEvents: number;
    surv: number;
    lower: number | null;
    upper: number | null;
  }[];
}

/** survival::aml by group: survfit steps and summary(fit, times, extend = TRUE), made by km-reference.R. */
export const AML: { call: string; curves: RCurve[] } = deepFreeze(
  JSON.parse(readFileSync(new URL('./fixtures/km-reference.json', import.meta.url), 'utf8')),
);

/** Eight curves, one per palette entry, each dropping at a different time. */
export const MANY_GROUPS = Array.from({ length: 8 }, (_, g) =>
  curve(
    `group ${g + 1}`,
    2,
    [
      [0.25 * (g + 1), 2, 1, 0, 0.5, 0.2, 0.9],
      [3.5, 1, 0, 1, 0.5, 0.2, 0.9],
    ],
    0.25 * (g + 1),
  ),
);

/** Vertices of an SVG path made only of M/L/Z commands. */
export function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.e-]+),(-?[\d.e-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
