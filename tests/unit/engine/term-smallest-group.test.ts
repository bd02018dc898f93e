import { describe, expect, it } from 'vitest';
import { forestAnalysis } from '../../../src/lib/engine/analyses/forest';
import { termSmallestGroup } from '../../../src/lib/engine/term-smallest-group';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { dataTable } from '../../../src/lib/data/data-table';
import { forestLayout } from '../../../src/lib/layout/forest-layout';
import { forestSmallFlag } from '../../../src/lib/layout/small-cells';

const col = (v: number[]) => Float64Array.from(v);

describe('termSmallestGroup', () => {
  it.each([
    {
      name: 'a 0/1 column: the smaller of its 1s and its 0s',
      x: [col([1, 0, 0, 0, 1, 0])],
      terms: [{ column: 'x', level: null }],
      j: 0,
      smallest: 2,
    },
    {
      name: 'a continuous term: no groups',
      x: [col([50, 61, 72, 45])],
      terms: [{ column: 'age', level: null }],
      j: 0,
      smallest: null,
    },
    {
      name: 'a factor level against the reference rows (all its dummies 0)',
      // arm a (reference) ×3, b ×2, c ×1
      x: [col([0, 1, 0, 1, 0, 0]), col([0, 0, 0, 0, 0, 1])],
      terms: [
        { column: 'arm', level: 'b' },
        { column: 'arm', level: 'c' },
      ],
      j: 1,
      smallest: 1,
    },
    {
      name: 'the larger level of a factor against a smaller reference',
      x: [col([0, 1, 1, 1, 1, 0]), col([0, 0, 0, 0, 0, 1])],
      terms: [
        { column: 'arm', level: 'b' },
        { column: 'arm', level: 'c' },
      ],
      j: 0,
      smallest: 1,
    },
    { name: 'no such term', x: [], terms: [], j: 0, smallest: null },
  ])('termSmallestGroup counts $name', ({ x, terms, j, smallest }) => {
    expect(termSmallestGroup({ x, terms }, j)).toBe(smallest);
  });
});

describe('the forest plot’s small-group flag', () => {
  const frame = new AnalysisFrame(
    dataTable({
      pfs_months: [2, 4, 6, 8, 10, 12, 3, 7],
      pfs_event: [1, 1, 1, 1, 0, 0, 1, 0],
      x: [0, 0, 0, 0, 1, 1, 0, 1],
      age: [50, 61, 72, 45, 66, null, 58, 70],
      arm: ['a', 'b', 'a', 'b', 'a', 'b', 'c', 'c'],
    }),
  );

  it('forestAnalysis reports the smallest group of each row among the rows the model used', () => {
    const out = forestAnalysis(frame, {
      kind: 'forest',
      endpoint: 'pfs',
      factors: ['x', 'age', 'arm'],
      mode: 'univariable',
    });
    const by = Object.fromEntries(out.rows.map((r) => [r.label, r.smallestGroup]));
    expect(Object.values(by)).toEqual([3, null, 3, 2]);
  });

  it('forestLayout marks a flagged row § and explains it under the axis with k', () => {
    const rows = [
      { label: 'A', hr: 1.2, lower: 0.8, upper: 2, p: 0.3 },
      {
        label: 'B',
        hr: 2,
        lower: 0.5,
        upper: 8,
        p: 0.4,
        small: forestSmallFlag(3, { minCell: 5, suppress: false }),
      },
    ];
    const plain = forestLayout(rows.slice(0, 1), { width: 700, rowHeight: 26, labelWidth: 200 });
    const flagged = forestLayout(rows, { width: 700, rowHeight: 26, labelWidth: 200, minCell: 5 });
    expect(plain.smallNote).toBeNull();
    expect(flagged.rows.map((r) => r.label)).toEqual(['A', 'B §']);
    expect(flagged.rows[1].small).toBe('smallest group n = 3 (< 5): hazard ratio unstable');
    expect(flagged.smallNote?.text).toBe('§ a group of fewer than 5 patients: unstable estimate');
    expect(flagged.smallNote!.y).toBeLessThan(flagged.height);
  });

  it.each([
    {
      smallest: 3,
      cells: { minCell: 5, suppress: true },
      flag: 'smallest group n < 5: hazard ratio unstable',
    },
    { smallest: 5, cells: { minCell: 5, suppress: false }, flag: null },
    { smallest: null, cells: { minCell: 5, suppress: false }, flag: null },
    {
      smallest: 0,
      cells: { minCell: 5, suppress: true },
      flag: 'smallest group n = 0 (< 5): hazard ratio unstable',
    },
  ])(
    'forestSmallFlag flags a smallest group of $smallest as "$flag"',
    ({ smallest, cells, flag }) => {
      expect(forestSmallFlag(smallest, cells)).toBe(flag);
    },
  );
});
