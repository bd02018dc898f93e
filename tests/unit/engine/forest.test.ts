import { describe, expect, it } from 'vitest';
import { forestModels } from '../../../src/lib/engine/forest';

// Six patients; x = 1 patients never have an event (complete separation).
const columns = {
  time: [2, 4, 6, 8, 10, 12, 3, 7],
  event: [1, 1, 1, 1, 0, 0, 1, 0],
  x: [0, 0, 0, 0, 1, 1, 0, 1],
  age: [50, 61, 72, 45, 66, null, 58, 70],
  arm: ['a', 'b', 'a', 'b', 'a', 'b', 'c', 'c'],
};
const cols = {
  time: columns.time,
  event: columns.event,
  column: (name: string) => columns[name as keyof typeof columns],
};

describe('forestModels', () => {
  it('forestModels gives a separated factor no hazard ratio and says why', () => {
    const out = forestModels(
      cols,
      { endpoint: 'pfs', factors: ['x'], mode: 'univariable' },
      (c) => c,
    );
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]).toMatchObject({ hr: null, lower: null, upper: null, p: null });
    expect(out.rows[0].warning).toMatch(/infinite|did not converge/);
  });

  it('forestModels fits each factor on its own complete cases in univariable mode', () => {
    const out = forestModels(
      cols,
      { endpoint: 'pfs', factors: ['age', 'arm'], mode: 'univariable' },
      (c) => c,
    );
    expect(out.rows.map((r) => [r.label, r.n])).toEqual([
      ['age', 7],
      ['arm: b', 8],
      ['arm: c', 8],
    ]);
    expect(out.model).toBeNull();
  });

  it('forestModels reports events per variable for a multivariable model', () => {
    const out = forestModels(
      cols,
      { endpoint: 'pfs', factors: ['age', 'arm'], mode: 'multivariable' },
      (c) => c,
    );
    expect(out.model?.n).toBe(7);
    expect(out.model?.events).toBe(5);
    expect(out.model?.epv).toBeCloseTo(5 / 3, 12);
    expect(out.rows.map((r) => r.factor)).toEqual(['age', 'arm', 'arm']);
  });
});
