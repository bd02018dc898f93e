import { describe, expect, it } from 'vitest';
import { drawBaseline } from '../../../scripts/sim/baseline';
import { isHighRiskCa, isTriple } from '../../../scripts/sim/events';
import { quantileType6 } from '../../../scripts/sim/quantile-type6';
import { createRng } from '../../../scripts/sim/prng';

const count = (a: ArrayLike<unknown>, v: unknown) => Array.from(a).filter((x) => x === v).length;
const idx = [...Array(56).keys()];

describe.each([1, 2, 3, 42, 20250601])('drawBaseline with seed %i', (seed) => {
  const b = drawBaseline(createRng(seed));

  it('drawBaseline places the published baseline counts exactly', () => {
    expect({
      male: count(b.sex, 'M'),
      asct: count(b.priorAsct, 1),
      mab: count(b.mabExposed, 1),
      ecog1: count(b.ecog, 1),
      isotypes: ['IgG', 'IgA', 'light_chain', 'IgD'].map((x) => count(b.isotype, x)),
      issIII: count(b.iss, 'III'),
      issMissing: count(b.iss, null),
      dsIII: count(b.ds, 'III'),
      emdOrPcl: idx.filter((i) => b.emd[i] || b.pcl[i]).length,
      fish: count(b.fishEvaluable, 1),
      highRisk: idx.filter((i) => isHighRiskCa(b, i)).length,
      bridging: count(b.bridging, 1),
      piOrImid: idx.filter((i) => b.piExposed[i] || b.imidExposed[i]).length,
      ada: count(b.ada, 1),
      tiers: [0, 1, 2, 3].map((t) => count(b.tier, t)),
    }).toEqual({
      male: 28,
      asct: 16,
      mab: 10,
      ecog1: 53,
      isotypes: [28, 8, 17, 3],
      issIII: 4,
      issMissing: 2,
      dsIII: 46,
      emdOrPcl: 10,
      fish: 55,
      highRisk: 21,
      bridging: 18,
      piOrImid: 56,
      ada: 9,
      tiers: [2, 9, 12, 33],
    });
  });

  it('drawBaseline keeps triple refractoriness inside antibody exposure', () => {
    const triple = idx.filter((i) => isTriple(b, i));
    expect(triple.length).toBe(9);
    expect(triple.every((i) => b.mabExposed[i] && b.piExposed[i] && b.imidExposed[i])).toBe(true);
    expect(
      idx.every(
        (i) => b.piRefractory[i] <= b.piExposed[i] && b.imidRefractory[i] <= b.imidExposed[i],
      ),
    ).toBe(true);
  });

  it('drawBaseline puts the type-6 quartiles of age, prior lines and BM plasma cells exactly', () => {
    const q = (x: ArrayLike<number>) =>
      [0.25, 0.5, 0.75].map((p) => quantileType6(Array.from(x), p));
    expect([q(b.age), q(b.priorLines), q(b.bmPc)]).toEqual([
      [51, 56, 61],
      [4, 5, 6],
      [16.3, 60, 80],
    ]);
  });

  it('drawBaseline pins the longest potential follow-up at 69.3 months and Tmax at 7–22 days, median 12', () => {
    expect(Math.round((Math.max(...b.fuDay) / 30.4375) * 10) / 10).toBe(69.3);
    expect([
      Math.min(...b.tmaxDay),
      quantileType6(Array.from(b.tmaxDay), 0.5),
      Math.max(...b.tmaxDay),
    ]).toEqual([7, 12, 22]);
  });
});
