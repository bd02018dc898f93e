import { describe, expect, it } from 'vitest';
import { censorMarks } from '../../../src/lib/layout/censor-marks';
import { AML, EDGE_CURVES, MANY_GROUPS, simpleScales } from './curves';

const scales = simpleScales();

describe('censorMarks', () => {
  it.each([
    { name: 'an empty curve', curve: EDGE_CURVES.empty, marks: [] },
    { name: 'one step with an event only', curve: EDGE_CURVES.oneStep, marks: [] },
    {
      name: 'an all-censored curve',
      curve: EDGE_CURVES.allCensored,
      marks: [
        { x: 25, y: 0, time: 1, count: 1 },
        { x: 50, y: 0, time: 2, count: 2 },
      ],
    },
    {
      name: 'a curve reaching 0',
      curve: EDGE_CURVES.reachesZero,
      marks: [{ x: 50, y: 100 / 3, time: 2, count: 1 }],
    },
    {
      name: 'a censoring after the last event',
      curve: EDGE_CURVES.nullAfterLastEvent,
      marks: [{ x: 75, y: 75, time: 3, count: 1 }],
    },
  ])('marks $name', ({ curve, marks }) => {
    const got = censorMarks(curve, scales);
    expect(got).toHaveLength(marks.length);
    got.forEach((m, i) => {
      expect(m.time).toBe(marks[i].time);
      expect(m.count).toBe(marks[i].count);
      expect(m.x).toBeCloseTo(marks[i].x, 9);
      expect(m.y).toBeCloseTo(marks[i].y, 9);
    });
  });

  it('puts the marks of aml at the R censoring times, on the curve (survfit n.censor, surv)', () => {
    const s = simpleScales(161);
    for (const c of AML.curves) {
      const censored = c.steps.filter((st) => st.nCensor > 0);
      const marks = censorMarks(c, s);
      expect(marks.map((m) => m.time)).toEqual(censored.map((st) => st.time));
      expect(marks.map((m) => m.y)).toEqual(censored.map((st) => s.y(st.surv)));
    }
  });

  it('marks each of many groups at its own trailing censoring', () => {
    const marks = MANY_GROUPS.map((c) => censorMarks(c, scales));
    expect(marks.every((m) => m.length === 1 && m[0].time === 3.5)).toBe(true);
  });
});
