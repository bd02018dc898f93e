import { describe, expect, it } from 'vitest';
import { chooseSurvival, demoColumns } from './demo-choices';
import { firstPlan } from '../../../src/lib/state/first-plan';
import { survivalPlan } from '../../../src/lib/state/survival-plan';

const columns = demoColumns;
const choose = chooseSurvival;

describe('firstPlan', () => {
  it.each([
    { endpoint: 'pfs' as const },
    { endpoint: 'os' as const, tau: 24 },
    { endpoint: 'dor' as const, asPublished: true },
    { endpoint: 'mrd' as const },
  ])(
    'firstPlan asks for the same main curves as the full plan of a view of all patients ($endpoint)',
    (c) => {
      const first = firstPlan(choose(c))!;
      const full = survivalPlan(choose(c), columns);
      // Equal requests are one cache key: the answer asked early is the one shown.
      expect(JSON.stringify(first.main)).toBe(JSON.stringify(full.main));
      expect(first.tau).toBe(full.tau);
      expect(first.provisional).toBe(true);
      expect(first.prefetch).toEqual([]);
      expect(first.fair).toBeNull();
    },
  );

  it.each([
    { stratifier: 'triple_refractory' },
    { facet: 'sex' },
    { stratifier: 'car_persist_months', cut: 6 },
  ])('firstPlan waits for the columns of a grouped view (%o)', (c) => {
    expect(firstPlan(choose(c))).toBeNull();
  });
});
