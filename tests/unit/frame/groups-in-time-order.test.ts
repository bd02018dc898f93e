import { describe, expect, it } from 'vitest';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { survivalInputs, type SurvivalSpec } from '../../../src/lib/frame/survival-inputs';
import { groupsInTimeOrder, inTimeOrder } from '../../../src/lib/frame/groups-in-time-order';
import { dataTable } from '../../../src/lib/data/data-table';

// 60 patients with tied times, missing times, events and groups, three groups and a facet column.
const n = 60;
const frame = new AnalysisFrame(
  dataTable({
    pfs_months: Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : ((i * 7) % 17) + 0.5)),
    pfs_event: Array.from({ length: n }, (_, i) => (i % 13 === 0 ? null : i % 3 === 0 ? 0 : 1)),
    dose_level: Array.from({ length: n }, (_, i) => (i % 9 === 0 ? null : (i % 3) + 1)),
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

describe('groupsInTimeOrder', () => {
  it.each<{ label: string; spec: SurvivalSpec }>([
    { label: 'the whole cohort', spec: { endpoint: 'pfs', stratifier: null } },
    { label: 'three groups', spec: { endpoint: 'pfs', stratifier: 'dose_level' } },
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
  ])('groupsInTimeOrder puts the rows of $label in stable time order', ({ spec }) => {
    const inputs = survivalInputs(frame, spec);
    const got = groupsInTimeOrder(frame, inputs);
    const want = naive(spec);
    expect(Array.from(got.time)).toEqual(want.time);
    expect(Array.from(got.event)).toEqual(want.event);
    expect(Array.from(got.group)).toEqual(want.group);
    expect(Array.from(got.rows)).toEqual(want.rows);
    got.groups.forEach((g, k) => {
      const mine = want.group.map((x, i) => (x === k ? i : -1)).filter((i) => i >= 0);
      expect(Array.from(g.time)).toEqual(mine.map((i) => want.time[i]));
      expect(Array.from(g.event)).toEqual(mine.map((i) => want.event[i]));
    });
  });

  it('inTimeOrder keeps the levels and counts of the inputs and only reorders their rows', () => {
    const inputs = survivalInputs(frame, { endpoint: 'pfs', stratifier: 'dose_level' });
    const ordered = inTimeOrder(frame, inputs);
    expect(ordered.levels).toEqual(inputs.levels);
    expect([...ordered.rows].sort((a, b) => a - b)).toEqual([...inputs.rows]);
  });
});
