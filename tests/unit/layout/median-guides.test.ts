import { describe, expect, it } from 'vitest';
import { medianGuides } from '../../../src/lib/layout/median-guides';
import { AML, EDGE_CURVES, MANY_GROUPS, simpleScales } from './curves';

const scales = simpleScales();

describe('medianGuides', () => {
  it.each([
    { name: 'an empty curve', curve: EDGE_CURVES.empty, median: null },
    {
      name: 'an all-censored curve (median not reached)',
      curve: EDGE_CURVES.allCensored,
      median: null,
    },
    { name: 'one step', curve: EDGE_CURVES.oneStep, median: 1 },
    { name: 'a curve reaching 0', curve: EDGE_CURVES.reachesZero, median: 3 },
  ])('guides $name only when the median is reached', ({ curve, median }) => {
    const guides = medianGuides([curve], scales);
    if (median === null) {
      expect(guides).toEqual([]);
      return;
    }
    const xm = scales.x(median);
    expect(guides).toEqual([
      {
        label: curve.label,
        median,
        horizontal: { x1: 0, y1: 50, x2: xm, y2: 50 },
        vertical: { x1: xm, y1: 50, x2: xm, y2: 100 },
      },
    ]);
  });

  it('guides both aml groups to their R medians (summary(fit)$table[, "median"])', () => {
    const s = simpleScales(161);
    const guides = medianGuides(AML.curves, s);
    expect(guides.map((g) => g.median)).toEqual(AML.curves.map((c) => c.median));
    expect(guides.map((g) => g.vertical.x1)).toEqual(AML.curves.map((c) => s.x(c.median ?? NaN)));
  });

  it('keeps the order and labels of many groups', () => {
    const guides = medianGuides(MANY_GROUPS, scales);
    expect(guides.map((g) => g.label)).toEqual(MANY_GROUPS.map((c) => c.label));
  });
});
