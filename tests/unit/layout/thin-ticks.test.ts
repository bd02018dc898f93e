import { describe, expect, it } from 'vitest';
import { forestLayout } from '../../../src/lib/layout/forest-layout';
import { textWidth } from '../../../src/lib/layout/text-width';
import { thinTicks, type PlacedTick } from '../../../src/lib/layout/thin-ticks';
import { deepFreeze } from './curves';

const tick = (value: number, x: number): PlacedTick => ({ value, x, label: String(value) });

describe('thinTicks', () => {
  it.each([
    { name: 'no ticks', ticks: [], kept: [] },
    {
      name: 'ticks far apart',
      ticks: [tick(0.5, 0), tick(1, 100), tick(2, 200)],
      kept: [0.5, 1, 2],
    },
    {
      name: '0.1 crowding 0.05 and 10 crowding 20 (the ends win)',
      ticks: [tick(0.05, 0), tick(0.1, 20), tick(1, 90), tick(10, 160), tick(20, 172)],
      kept: [0.05, 1, 20],
    },
    { name: 'the reference tick crowded by an end', ticks: [tick(0.9, 0), tick(1, 5)], kept: [1] },
  ])('keeps $kept from $name', ({ ticks, kept }) => {
    expect(thinTicks(deepFreeze(ticks), 12, 1).map((t) => t.value)).toEqual(kept);
  });

  it('drops more labels at a larger font size', () => {
    const ticks = deepFreeze([
      tick(0.25, 0),
      tick(0.5, 30),
      tick(1, 60),
      tick(2, 90),
      tick(4, 120),
    ]);
    expect(thinTicks(ticks, 10, 1)).toHaveLength(5);
    expect(thinTicks(ticks, 14, 1).length).toBeLessThan(5);
  });
});

describe('forestLayout axis on a phone', () => {
  it('draws no two tick labels over each other at 372 px, stacked, in large text', () => {
    const rows = deepFreeze([
      { label: 'a', hr: 0.18, lower: 0.08, upper: 0.41, p: 0.001 },
      { label: 'b', hr: 2.4, lower: 1.1, upper: 5.4, p: 0.03 },
    ]);
    for (const fontSize of [12, 14]) {
      const l = forestLayout(rows, {
        width: 372,
        rowHeight: 30,
        labelWidth: 0,
        textWidth: 175,
        stacked: true,
        fontSize,
      });
      const t = l.axis.ticks;
      expect(t.map((x) => x.value)).toContain(1);
      for (let i = 1; i < t.length; i++)
        expect(t[i].x - t[i - 1].x).toBeGreaterThanOrEqual(
          (textWidth(t[i].label, fontSize) + textWidth(t[i - 1].label, fontSize)) / 2,
        );
    }
  });
});
