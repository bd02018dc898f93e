import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { groupStyle } from '../../../src/lib/layout/palette';
import { swimmerLayout } from '../../../src/lib/layout/swimmer-layout';
import { deepFreeze } from './curves';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const demo = engine.run({ kind: 'swimmer' });
const base = deepFreeze({
  width: 800,
  title: demo.title,
  subtitle: `Rows within each group: ${demo.sortLabel}`,
  groups: demo.groups.map((g, k) => ({ label: g.label, n: g.n, style: groupStyle(k) })),
  rows: demo.rows,
  xLabel: demo.timeAxis,
  simulated: true,
});
const longest = Math.max(...demo.rows.map((r) => r.followUp));

describe('swimmerLayout with figure options', () => {
  it('draws today’s figure with months and 12 px text when no option is given', () => {
    const plain = swimmerLayout(base);
    const months = swimmerLayout({
      ...base,
      time: { timeUnit: 'months', xBy: null },
      fontSize: 12,
    });
    expect(JSON.stringify(months)).toBe(JSON.stringify(plain));
    expect(plain).toMatchObject({ fontSize: 12, titleSize: 15 });
  });

  it('labels the axis in years (the month ticks divided by 12) and still reaches every row’s end', () => {
    const f = swimmerLayout({ ...base, time: { timeUnit: 'years', xBy: 1 } });
    const last = f.xTicks.length - 1;
    expect(f.xTicks.map((t) => t.text)).toEqual(f.xTicks.map((_, i) => String(i)));
    expect(f.x.invert(f.xTicks[1].x)).toBeCloseTo(12, 9);
    expect(f.x.invert(f.xTicks[last].x)).toBeGreaterThanOrEqual(longest);
  });

  it('spaces the ticks by a chosen interval in months', () => {
    const f = swimmerLayout({ ...base, time: { timeUnit: 'months', xBy: 6 } });
    expect(f.xTicks.slice(0, 3).map((t) => t.text)).toEqual(['0', '6', '12']);
  });

  it('sets the text and title size from the font choice, and large text makes a taller figure', () => {
    const small = swimmerLayout({ ...base, fontSize: 10 });
    const large = swimmerLayout({ ...base, fontSize: 14 });
    expect(large).toMatchObject({ fontSize: 14, titleSize: 17 });
    expect(large.height).toBeGreaterThanOrEqual(small.height);
  });
});
