import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kmunicateCounts } from '../../../src/lib/layout/kmunicate-table';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { deepFreeze, EDGE_CURVES } from './curves';

interface RCase {
  name: string;
  time: number[];
  status: number[];
  n: number;
  ticks: number[];
  n_risk: number[];
  events: number[];
  censored: number[];
  events_at_tick: number[];
}

/** Made by tests/reference/r/kmunicate-table.R (demo cohort PFS by ECOG and isotype; R's lung by sex and ECOG). */
const R: { cases: RCase[] } = deepFreeze(
  JSON.parse(
    readFileSync(new URL('../../reference/kmunicate-table.json', import.meta.url), 'utf8'),
  ),
);

describe('kmunicateCounts', () => {
  it.each(R.cases.map((c) => [c.name, c] as const))(
    'matches R for %s: summary(survfit, times, extend = TRUE)$n.risk and the events and censored before each time, exactly',
    (_name, c) => {
      const fit = kaplanMeier(Float64Array.from(c.time), Uint8Array.from(c.status));
      const counts = kmunicateCounts(fit, c.ticks);
      expect(fit.n).toBe(c.n);
      expect(counts.map((k) => k.atRisk)).toEqual(c.n_risk);
      expect(counts.map((k) => k.events)).toEqual(c.events);
      expect(counts.map((k) => k.censored)).toEqual(c.censored);
    },
  );

  it('is checked on ticks where events fall exactly on the tick (ties), not only between them', () => {
    expect(R.cases.some((c) => c.events_at_tick.some((e) => e > 0))).toBe(true);
  });

  it.each(R.cases.map((c) => [c.name, c] as const))(
    'adds at risk, events and censored up to n at every tick for %s',
    (_name, c) => {
      const fit = kaplanMeier(Float64Array.from(c.time), Uint8Array.from(c.status));
      for (const k of kmunicateCounts(fit, c.ticks)) {
        expect(k.atRisk + k.events + k.censored).toBe(c.n);
      }
    },
  );

  it.each([
    { name: 'an empty curve', curve: EDGE_CURVES.empty, at: [[0, 0, 0, 0]] },
    {
      name: 'one step, a tick on the event time',
      curve: EDGE_CURVES.oneStep,
      at: [
        [0, 2, 0, 0],
        [1, 2, 0, 0],
        [1.5, 1, 1, 0],
      ],
    },
    {
      name: 'an all-censored curve',
      curve: EDGE_CURVES.allCensored,
      at: [
        [1, 3, 0, 0],
        [2, 2, 0, 1],
        [9, 0, 0, 3],
      ],
    },
    {
      name: 'a curve reaching 0',
      curve: EDGE_CURVES.reachesZero,
      at: [
        [2.5, 1, 1, 1],
        [4, 0, 2, 1],
      ],
    },
  ])('counts $name as [time, at risk, events, censored]', ({ curve, at }) => {
    const counts = kmunicateCounts(
      curve,
      at.map((a) => a[0]),
    );
    expect(counts.map((k) => [k.time, k.atRisk, k.events, k.censored])).toEqual(at);
  });
});
