import { describe, expect, it } from 'vitest';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { survivalInputs, type SurvivalSpec } from '../../../src/lib/frame/survival-inputs';
import { timeOrderedInputs } from '../../../src/lib/frame/time-ordered-inputs';
import { dataTable } from '../../../src/lib/data/data-table';

// 60 patients with tied times, missing times, events and groups, three groups, a facet column and a
// duration of response (an endpoint whose clock takes no landmark).
const n = 60;
const frame = new AnalysisFrame(
  dataTable({
    pfs_months: Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : ((i * 7) % 17) + 0.5)),
    pfs_event: Array.from({ length: n }, (_, i) => (i % 13 === 0 ? null : i % 3 === 0 ? 0 : 1)),
    dose_level: Array.from({ length: n }, (_, i) => (i % 9 === 0 ? null : (i % 3) + 1)),
    dor_months: Array.from({ length: n }, (_, i) => (i % 4 === 0 ? null : (i % 10) + 1)),
    dor_event: Array.from({ length: n }, (_, i) => (i % 4 === 0 ? null : i % 2)),
    sex: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'M' : 'F')),
  }),
);

/** Reference: the inputs' rows stably sorted by their (view) time, as R's order(time). */
function naive(spec: SurvivalSpec) {
  const inputs = survivalInputs(frame, spec);
  const idx = Array.from(inputs.time, (_, j) => j).sort(
    (a, b) => inputs.time[a] - inputs.time[b] || inputs.rows[a] - inputs.rows[b],
  );
  return {
    time: idx.map((j) => inputs.time[j]),
    event: idx.map((j) => inputs.event[j]),
    group: idx.map((j) => inputs.group[j]),
    rows: idx.map((j) => inputs.rows[j]),
  };
}

describe('timeOrderedInputs', () => {
  it.each<{ label: string; spec: SurvivalSpec }>([
    { label: 'the whole cohort', spec: { endpoint: 'pfs', stratifier: null } },
    { label: 'three groups', spec: { endpoint: 'pfs', stratifier: 'dose_level' } },
    {
      label: 'a chosen reference',
      spec: { endpoint: 'pfs', stratifier: 'dose_level', reference: 3 },
    },
    {
      label: 'a group left out and a facet',
      spec: {
        endpoint: 'pfs',
        stratifier: 'dose_level',
        exclude: [2],
        subset: { column: 'sex', value: 'F' },
      },
    },
    {
      label: 'a landmark at 6 months',
      spec: { endpoint: 'pfs', stratifier: 'dose_level', landmark: 6 },
    },
    {
      label: 'a landmark past every time but one group’s',
      spec: { endpoint: 'pfs', stratifier: 'dose_level', landmark: 15 },
    },
  ])(
    'puts the rows of $label in stable time order, with the levels of survivalInputs',
    ({ spec }) => {
      const got = timeOrderedInputs(frame, spec);
      const want = naive(spec);
      const inputs = survivalInputs(frame, spec);
      expect(got.levels).toEqual(inputs.levels);
      expect(got.referenceRule).toBe(inputs.referenceRule);
      expect(got.landmark).toBe(inputs.landmark);
      expect(Array.from(got.time)).toEqual(want.time);
      expect(Array.from(got.event)).toEqual(want.event);
      expect(Array.from(got.group)).toEqual(want.group);
      expect(Array.from(got.rows)).toEqual(want.rows);
      expect(got.groups).toHaveLength(got.levels.length);
      got.groups.forEach((g, k) => {
        const mine = want.group.map((x, i) => (x === k ? i : -1)).filter((i) => i >= 0);
        expect(Array.from(g.time)).toEqual(mine.map((i) => want.time[i]));
        expect(Array.from(g.event)).toEqual(mine.map((i) => want.event[i]));
      });
    },
  );

  it('gives a duration of response the same rows as survivalInputs, in time order', () => {
    const spec: SurvivalSpec = { endpoint: 'dor', stratifier: 'dose_level' };
    expect(Array.from(timeOrderedInputs(frame, spec).rows)).toEqual(naive(spec).rows);
  });

  it('refuses what survivalInputs refuses, with the same message', () => {
    const spec: SurvivalSpec = { endpoint: 'dor', stratifier: null, landmark: 6 };
    expect(() => survivalInputs(frame, spec)).toThrow(/landmark/);
    expect(() => timeOrderedInputs(frame, spec)).toThrow(
      (() => {
        try {
          survivalInputs(frame, spec);
        } catch (e) {
          return (e as Error).message;
        }
        return 'no error';
      })(),
    );
  });
});
