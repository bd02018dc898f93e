import { describe, expect, it } from 'vitest';
import { forestDomain, forestTicks } from '../../../src/lib/layout/forest-axis';
import { forestLayout, type ForestRowInput } from '../../../src/lib/layout/forest-layout';
import { deepFreeze } from './curves';

const row = (
  label: string,
  hr: number | null,
  lower: number | null,
  upper: number | null,
  p: number | null,
) => ({ label, hr, lower, upper, p }) satisfies ForestRowInput;

const ROWS: readonly ForestRowInput[] = deepFreeze([
  { ...row('High-risk cytogenetics', 2.75, 1.2, 6.31, 0.017), n: 56, events: 30 },
  row('Extramedullary disease', 0.4, 0.15, 1.05, 0.062),
  {
    ...row('MRD-negative by month 3', null, null, null, null),
    warning: 'Loglik converged before variable 1; coefficient may be infinite.',
  },
  row('Bone-marrow plasma cells ≥ 50 %', 30, 4, 250, 0.0004),
]);
const OPTIONS = { width: 700, rowHeight: 30, labelWidth: 200, textWidth: 180 };

describe('forestDomain', () => {
  it.each([
    { name: 'no rows', rows: [], domain: [0.5, 2] },
    { name: 'a narrow interval around 1', rows: [row('a', 1.1, 0.9, 1.3, 0.5)], domain: [0.5, 2] },
    { name: 'a protective term', rows: [row('a', 0.3, 0.12, 0.7, 0.01)], domain: [0.1, 2] },
    { name: 'a wide harmful term', rows: [row('a', 3, 1.5, 9, 0.01)], domain: [0.5, 10] },
    { name: 'limits beyond 0.01–100', rows: [row('a', 1, 1e-6, 1e6, 0.9)], domain: [0.01, 100] },
    { name: 'only null hazard ratios', rows: [row('a', null, null, null, null)], domain: [0.5, 2] },
  ])('spans $name with nice values', ({ rows, domain }) => {
    expect(forestDomain(rows)).toEqual(domain);
  });
});

describe('forestTicks', () => {
  it.each([
    { domain: [0.5, 2] as [number, number], ticks: [0.5, 1, 2] },
    { domain: [0.1, 10] as [number, number], ticks: [0.1, 0.25, 0.5, 1, 2, 4, 10] },
    { domain: [0.01, 100] as [number, number], ticks: [0.01, 0.1, 1, 10, 100] },
    { domain: [0.05, 20] as [number, number], ticks: [0.05, 0.1, 1, 10, 20] },
  ])('labels $domain with $ticks', ({ domain, ticks }) => {
    expect(forestTicks(domain)).toEqual(ticks);
  });
});

describe('forestLayout', () => {
  const layout = forestLayout(ROWS, OPTIONS);

  it('writes a per-month hazard ratio on its second scale beside the row, and a warning before it', () => {
    const perMonth = {
      ...row('Duration of MRD negativity', 0.914, 0.87, 0.96, 0.001),
      unit: 'per month',
      rescaled: { unit: 'per 12 months', hr: 0.34, lower: 0.19, upper: 0.61 },
    };
    const [plain, warned] = forestLayout(
      [perMonth, { ...perMonth, warning: 'the fit’s caveat' }],
      OPTIONS,
    ).rows;
    expect(plain.label).toBe('Duration of MRD negativity (per month)');
    expect(plain.note).toBe('= 0.34 (0.19–0.61) per 12 months');
    expect(plain.noteIsWarning).toBe(false);
    expect(warned.note).toBe('the fit’s caveat');
    expect(warned.noteIsWarning).toBe(true);
    expect(layout.rows.every((r) => !r.note?.startsWith('='))).toBe(true);
  });

  it('stacked on a phone, the second scale takes a line of its own under the interval', () => {
    const perMonth = {
      ...row('Duration of MRD negativity', 0.75, 0.68, 0.82, 0.001),
      rescaled: { unit: 'per 12 months', hr: 0.03, lower: 0.01, upper: 0.09 },
    };
    const narrowOptions = { ...OPTIONS, width: 370, textWidth: 150, stacked: true };
    const narrow = forestLayout([perMonth, perMonth], narrowOptions);
    const plain = forestLayout([ROWS[0], ROWS[0]], narrowOptions);
    const [r, s] = narrow.rows;
    expect(r.noteX).toBe(narrow.plot.x);
    expect(r.noteY).toBeGreaterThan(r.y + 8);
    expect(s.labelY - 8).toBeGreaterThan(r.noteY);
    expect(narrow.axis.y - 8).toBeGreaterThan(s.noteY);
    expect(narrow.height - plain.height).toBe(2 * 14);
  });

  it('wraps a long title to the width and makes room for its lines', () => {
    const title = 'Univariable Cox models — Progression-free survival';
    const wide = forestLayout(ROWS, { ...OPTIONS, title });
    const narrow = forestLayout(ROWS, { ...OPTIONS, width: 370, stacked: true, title });
    expect(wide.title.lines).toEqual([title]);
    expect(wide.title.height).toBe(24);
    expect(narrow.title.lines.length).toBeGreaterThan(1);
    expect(narrow.title.lines.join(' ')).toBe(title);
    expect(narrow.title.height).toBeGreaterThan(wide.title.height);
    expect(forestLayout(ROWS, OPTIONS).title.height).toBe(0);
  });

  it('stacks one row per term below the header, with the axis underneath', () => {
    expect(layout.rows.map((r) => r.y)).toEqual([45, 75, 105, 135]);
    expect(layout.axis.y).toBe(150);
    expect(layout.height).toBe(150 + 32);
    expect(layout.reference.y1).toBe(30);
    expect(layout.reference.y2).toBe(150);
  });

  it('puts the hazard-ratio axis between the label and text columns, on a log scale', () => {
    expect(layout.plot.x).toBe(208);
    expect(layout.plot.x + layout.plot.width).toBe(700 - 180 - 8);
    expect(layout.axis.domain).toEqual([0.1, 100]);
    const x = (v: number) => layout.axis.ticks.find((t) => t.value === v)?.x ?? NaN;
    expect(x(10) - x(1)).toBeCloseTo(x(1) - x(0.1), 9);
    expect(layout.reference.x1).toBeCloseTo(x(1), 9);
  });

  it('places point and whiskers at the hazard ratio and its limits', () => {
    const [r] = layout.rows;
    expect(r.pointX).toBeCloseTo(layout.scale(2.75), 9);
    expect(r.whisker).toEqual({
      x1: layout.scale(1.2),
      x2: layout.scale(6.31),
      arrowLeft: false,
      arrowRight: false,
    });
    expect(r.hrText).toBe('2.75 (1.20–6.31)');
    expect(r.pText).toBe('0.017');
    expect(r.countText).toBe('30/56');
    expect(r.note).toBeNull();
  });

  it('clips an interval wider than the axis and flags an arrow at the clipped end', () => {
    const r = layout.rows[3];
    expect(r.whisker?.x2).toBe(layout.plot.x + layout.plot.width);
    expect(r.whisker?.arrowRight).toBe(true);
    expect(r.whisker?.arrowLeft).toBe(false);
    expect(r.pText).toBe('<0.001');
  });

  it('lays out a term without a hazard ratio as a text note, with no point or whisker', () => {
    const r = layout.rows[2];
    expect(r.pointX).toBeNull();
    expect(r.whisker).toBeNull();
    expect(r.hrText).toBe('—');
    expect(r.note).toBe(ROWS[2].warning);
    const plain = forestLayout([row('x', null, null, null, null)], OPTIONS).rows[0];
    expect(plain.note).toBe('hazard ratio not estimable');
  });

  it('gives an empty forest just a header and an axis', () => {
    const empty = forestLayout([], OPTIONS);
    expect(empty.rows).toEqual([]);
    expect(empty.height).toBe(30 + 32);
    expect(empty.axis.ticks.map((t) => t.label)).toEqual(['0.5', '1', '2']);
  });
});

describe('forestLayout labels', () => {
  const rows = deepFreeze([
    { ...row('Duration of MRD negativity', 0.91, 0.87, 0.95, 0.001), unit: 'per month' },
    { ...row('Triple-class refractory', 2.7, 1.1, 6.5, 0.02), unit: 'yes vs no' },
    { ...row('CAR-T persistence ≥ 6 months', 0.25, 0.11, 0.54, 0.001), postBaseline: true },
  ] satisfies ForestRowInput[]);

  it('forestLayout says what one unit of a continuous factor is, and not "yes vs no"', () => {
    const labels = forestLayout(rows, OPTIONS).rows.map((r) => r.label);
    expect(labels[0]).toBe('Duration of MRD negativity (per month)');
    expect(labels[1]).toBe('Triple-class refractory');
  });

  it('forestLayout marks post-baseline rows with † and explains it in a footnote', () => {
    const layout = forestLayout(rows, OPTIONS);
    expect(layout.rows[2].label).toBe('CAR-T persistence ≥ 6 months †');
    expect(layout.footnote?.text).toContain('immortal-time bias');
    expect(layout.footnote!.y).toBeLessThan(layout.height);
    expect(forestLayout(rows.slice(0, 2), OPTIONS).footnote).toBeNull();
  });

  it('forestLayout marks Firth-penalised rows with ‡, a tooltip naming the reason and a footnote below the † one', () => {
    const rows: ForestRowInput[] = [
      { ...row('Dose 3 × 10⁶', 0.08, 0.0006, 0.65, 0.011), postBaseline: true },
      {
        ...row('Dose 6 × 10⁶', 1.3, 0.14, 5.3, 0.79),
        method: 'firth',
        firthReason: '“3 × 10⁶” had no events, so the ordinary hazard ratio is 0 or infinite',
      },
    ];
    const layout = forestLayout(rows, OPTIONS);
    expect(layout.rows.map((r) => r.label)).toEqual(['Dose 3 × 10⁶ †', 'Dose 6 × 10⁶ ‡']);
    expect(layout.rows[0].firth).toBeNull();
    expect(layout.rows[1].firth).toContain('“3 × 10⁶” had no events');
    expect(layout.firthNote?.text).toBe(
      '‡ Firth-penalised (a group had no events): profile-likelihood CI, penalised LR p',
    );
    expect(layout.firthNote!.y).toBeGreaterThan(layout.footnote!.y);
    expect(layout.firthNote!.y).toBeLessThan(layout.height);
    const narrow = forestLayout(rows, { ...OPTIONS, width: 360, stacked: true });
    expect(narrow.firthNote?.text).toBe('‡ Firth-penalised: profile-likelihood CI');
    expect(forestLayout(rows.slice(0, 1), OPTIONS).firthNote).toBeNull();
  });

  it('forestLayout stacked puts each label above its interval and spans the axis over the width', () => {
    const flat = forestLayout(rows, OPTIONS);
    const stacked = forestLayout(rows, { ...OPTIONS, width: 360, stacked: true });
    expect(stacked.plot.x).toBeLessThan(flat.plot.x);
    for (const r of stacked.rows) expect(r.labelY).toBeLessThan(r.y);
    for (const r of flat.rows) expect(r.labelY).toBe(r.y);
  });
});
