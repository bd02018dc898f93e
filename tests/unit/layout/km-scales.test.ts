import { describe, expect, it } from 'vitest';
import { DEFAULT_KM_MARGIN, kmScales, maxCurveTime } from '../../../src/lib/layout/km-scales';
import { timeTicks } from '../../../src/lib/layout/time-ticks';
import { AML, EDGE_CURVES, MANY_GROUPS } from './curves';

describe('kmScales', () => {
  const margin = { top: 10, right: 20, bottom: 30, left: 40 };
  const scales = kmScales({ width: 640, height: 360, margin, maxTime: 70 });

  it('places the plot area inside the margins', () => {
    expect(scales.plot).toEqual({ x: 40, y: 10, width: 580, height: 320 });
  });

  it('maps time 0 to the left edge and the last time tick to the right edge', () => {
    expect(scales.xTicks).toEqual(timeTicks(70, { unit: 'months' }));
    expect(scales.x(0)).toBe(40);
    expect(scales.x(scales.xTicks[scales.xTicks.length - 1])).toBe(620);
  });

  it('maps survival 1 to the top and 0 to the bottom of the plot area', () => {
    expect(scales.y(1)).toBe(10);
    expect(scales.y(0)).toBe(330);
    expect(scales.y(0.5)).toBe(170);
    expect(scales.yTicks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('uses the default margin for missing sides and never gives a negative plot size', () => {
    const small = kmScales({ width: 10, height: 10, margin: { left: 5 }, maxTime: 12 });
    expect(small.plot).toEqual({ x: 5, y: DEFAULT_KM_MARGIN.top, width: 0, height: 0 });
  });

  it('keeps a usable time domain when there is nothing to show', () => {
    const empty = kmScales({ width: 200, height: 100, maxTime: 0 });
    expect(empty.x.domain()).toEqual([0, 1]);
  });
});

describe('maxCurveTime', () => {
  it.each([
    { name: 'no curves', curves: [], max: 0 },
    { name: 'an empty curve', curves: [EDGE_CURVES.empty], max: 0 },
    { name: 'trailing censorings', curves: [EDGE_CURVES.allCensored, EDGE_CURVES.oneStep], max: 2 },
    { name: 'many groups', curves: MANY_GROUPS, max: 3.5 },
    { name: 'the aml groups (R: max(aml$time))', curves: AML.curves, max: 161 },
  ])('is the largest step time over $name', ({ curves, max }) => {
    expect(maxCurveTime(curves)).toBe(max);
  });
});
