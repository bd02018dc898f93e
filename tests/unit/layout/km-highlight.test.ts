import { describe, expect, it } from 'vitest';
import { kmHighlightMarks, MAX_LABELLED } from '../../../src/lib/layout/km-highlight';
import { groupStyle } from '../../../src/lib/layout/palette';
import { EDGE_CURVES, simpleScales } from './curves';

// simpleScales(4): x = 25 px per month from 0; y = 100 px at survival 0, 0 px at survival 1.
const scales = simpleScales(4);
const curves = [EDGE_CURVES.reachesZero, EDGE_CURVES.allCensored];
const mark = (curve: number, time: number, event: boolean, label = 'P') =>
  kmHighlightMarks(curves, scales, [{ curve, time, event, label }]);

describe('kmHighlightMarks', () => {
  it.each([
    // reachesZero drops 1 → 2/3 at month 1 and 2/3 → 0 at month 3.
    [
      'an event sits half-way down its drop',
      0,
      1,
      true,
      { x: 25, y: 100 - (100 * (1 + 2 / 3)) / 2 },
    ],
    [
      'the last event sits half-way down to zero',
      0,
      3,
      true,
      { x: 75, y: 100 - (100 * (2 / 3)) / 2 },
    ],
    [
      'a censoring sits on the curve after its time',
      0,
      2,
      false,
      { x: 50, y: 100 - 100 * (2 / 3) },
    ],
    ['a censoring on a flat curve', 1, 2, false, { x: 50, y: 0 }],
  ])('kmHighlightMarks: %s', (_what, curve, time, event, at) => {
    const [m] = mark(curve, time, event);
    expect(m.x).toBeCloseTo(at.x, 9);
    expect(m.y).toBeCloseTo(at.y, 9);
    expect(m.event).toBe(event);
    expect(m.color).toBe(groupStyle(curve).color);
  });

  it('kmHighlightMarks skips a patient beyond the curve or on a curve the chart does not have', () => {
    expect(mark(0, 3.5, false)).toEqual([]);
    expect(mark(5, 1, true)).toEqual([]);
    expect(
      kmHighlightMarks([EDGE_CURVES.empty], scales, [
        { curve: 0, time: 1, event: true, label: 'P' },
      ]),
    ).toEqual([]);
  });

  it('kmHighlightMarks labels a few patients, inside the plot, and none when many are highlighted', () => {
    const few = mark(0, 1, true, 'SIM-001');
    expect(few[0].text).toMatchObject({ text: 'SIM-001', anchor: 'start' });
    expect(few[0].text!.y).toBeGreaterThanOrEqual(scales.plot.y);
    const late = mark(0, 3, true, 'SIM-002');
    expect(late[0].text!.anchor).toBe('end');
    const many = kmHighlightMarks(
      curves,
      scales,
      Array.from({ length: MAX_LABELLED + 1 }, (_, i) => ({
        curve: 1,
        time: 2,
        event: false,
        label: `P${i}`,
      })),
    );
    expect(many).toHaveLength(MAX_LABELLED + 1);
    expect(many.every((m) => m.text === null)).toBe(true);
  });
});
