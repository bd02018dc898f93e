import { describe, expect, it } from 'vitest';
import * as r from '../../../src/lib/data/derive-rules';

const N = null;

describe('three-valued logic', () => {
  it.each([
    [[1, 1, 1], 1, 1],
    [[1, 0, N], 0, 1],
    [[1, 1, N], N, 1],
    [[0, 0, 0], 0, 0],
    [[0, N, 0], 0, N],
    [[N, N, N], N, N],
    [[1, undefined, 1], N, 1],
  ])('and3/or3 of %j are %s/%s', (xs, and, or) => {
    expect(r.and3(...xs)).toBe(and);
    expect(r.or3(...xs)).toBe(or);
  });
});

describe('baseline flags', () => {
  it.each([
    [1, [0, 0, 0], 0],
    [1, [0, 1, N], 1],
    [1, [0, N, 0], N],
    [0, [N, N, N], N],
    [0, [1, 0, 0], N], // not evaluable wins over stray values
  ])('highRiskCa(fish %s, %j) is %s', (fish, parts, out) => {
    expect(r.highRiskCa(fish, ...parts)).toBe(out);
  });

  it.each([
    [2, 2, 1, 1],
    [3, 2, 0, 0],
    [1, 4, 1, 0],
    [N, 2, 1, N],
    [N, 1, 1, 0],
  ])('pentaRefractory(n_imid %s, n_pi %s, mab %s) is %s', (a, b, c, out) => {
    expect(r.pentaRefractory(a, b, c)).toBe(out);
  });

  it.each([
    [50, 50, 1],
    [49.9, 50, 0],
    [N, 50, N],
    ['x', 50, N],
  ])('atLeast(%s, %s) is %s', (v, cut, out) => {
    expect(r.atLeast(v, cut)).toBe(out);
  });
});

describe('response rules', () => {
  it.each([
    ['sCR', 1, 1],
    ['CR', 1, 1],
    ['VGPR', 1, 0],
    ['PR', 1, 0],
    ['MR', 0, 0],
    ['PD', 0, 0],
    ['NE', 0, 0],
    [N, N, N],
  ])('responder/crOrBetter(%s) are %s/%s', (best, resp, cr) => {
    expect(r.responder(best)).toBe(resp);
    expect(r.crOrBetter(best)).toBe(cr);
  });

  const w = 14 / 30.4375;
  it.each([
    [0.9, 'CR', 1, 1],
    [1.4, 'CR', 1, 1], // 1.4 ≤ 1 + 0.46 (visit window)
    [1.5, 'CR', 1, 0],
    [3.5, 'CR', 3, 0],
    [N, 'VGPR', 3, 0], // never CR → 0, never null
    [N, 'NE', 1, 0],
    [N, N, 1, N],
    [2, N, 3, 1],
  ])('crByMonth(t_first_cr %s, best %s, L = %s) is %s', (t, best, L, out) => {
    expect(r.crByMonth(t, best, L, w)).toBe(out);
  });

  it.each([
    [1, 20, 2, 18, 1],
    [1, 20, N, N, N],
    [0, 20, 2, N, N],
    [1, 1, 2, N, N], // response after PFS end: undefined, left empty
  ])('DOR of responder %s, pfs %s, t_resp %s is %s (event %s)', (resp, pfs, t, dor, ev) => {
    const d = r.dorMonths(resp as 0 | 1, pfs, t);
    expect(d).toBe(dor);
    expect(r.dorEvent(d, 1)).toBe(ev);
  });
});

describe('MRD rules', () => {
  it.each([
    [0.5, true, 1],
    [N, true, 0],
    [N, false, N],
  ])('mrdEverNeg(first %s, tested %s) is %s', (first, tested, out) => {
    expect(r.mrdEverNeg(first, tested)).toBe(out);
  });

  it.each([
    [1, 0, 'sustained_neg'],
    [1, 1, 'lost_neg'],
    [1, 2, 'died_mrd_neg'],
    [0, N, 'persistent_pos'],
    [1, N, N],
    [N, N, N],
  ])('mrdGroup(ever %s, status %s) is %s', (ever, status, out) => {
    expect(r.mrdGroup(ever as 0 | 1 | null, status)).toBe(out);
  });

  // [everNeg, duration, status, X, naive, expected]
  it.each([
    [1, 13, 0, 12, false, 1],
    [1, 11.5, 0, 12, false, N], // censored while negative before 12: undecidable
    [1, 11.5, 0, 12, true, 0], // paper-naive: counted as below
    [1, 11.5, 1, 12, false, 0], // lost before 12
    [1, 5, 2, 12, false, 0], // died negative before 12
    [1, 12, 1, 12, false, 1],
    [0, N, N, 12, false, 0], // never negative
    [N, N, N, 12, false, N],
  ])(
    'mrdNegAtLeast(ever %s, duration %s, status %s, X %s, naive %s) is %s',
    (e, d, s, x, naive, out) => {
      expect(r.mrdNegAtLeast(e as 0 | 1 | null, d, s, x, naive)).toBe(out);
    },
  );

  // [everNeg, firstNeg, end, status, L, expected]: the landmark classifier of mrd_neg_geX
  it.each([
    [1, 1, 14, 1, 12, 1], // negative from 1 to 14: still negative at 12
    [1, 1, 10, 1, 12, 0], // lost at 10, before the landmark
    [1, 1, 12, 1, 12, 0], // lost exactly at the landmark: known at 12
    [1, 1, 12, 0, 12, 1], // last negative test at 12, still negative
    [1, 1, 10, 0, 12, N], // MRD follow-up ended negative at 10: status at 12 unknown
    [1, 1, 10, 2, 12, N], // died negative at 10 (not followed at 12 anyway)
    [1, 13, 20, 0, 12, 0], // first negative only after the landmark
    [0, N, N, N, 12, 0], // never negative
    [N, N, N, N, 12, N], // never tested
  ])('mrdNegAtMonth(ever %s, first %s, end %s, status %s, L %s) is %s', (e, f, end, s, L, out) => {
    expect(r.mrdNegAtMonth(e as 0 | 1 | null, f, end, s, L)).toBe(out);
  });

  it('mrdNegDuration is end − first, null if either is missing', () => {
    expect(r.mrdNegDuration(0.5, 12.5)).toBe(12);
    expect(r.mrdNegDuration(N, 12)).toBeNull();
  });
});

describe('CAR-T persistence thresholds', () => {
  it.each([
    [7, 1, 6, 1],
    [5, 1, 6, 0], // lost before 6
    [5, 0, 6, N], // still detectable at the last sample before 6: undecidable
    [6, 0, 6, 1],
    [0, 1, 6, 0], // undetectable early
    [N, N, 6, N],
    [5, N, 6, N],
  ])('carPersistAtLeast(months %s, event %s, X %s) is %s', (m, e, x, out) => {
    expect(r.carPersistAtLeast(m, e, x)).toBe(out);
  });
});
