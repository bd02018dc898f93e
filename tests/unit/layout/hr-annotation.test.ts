import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { EndpointId, HazardRatios } from '../../../src/lib/engine/types';
import {
  hrAnnotation,
  MAX_HR_LINES,
  placeHrLines,
  SEE_TABLE,
} from '../../../src/lib/layout/hr-annotation';
import { textWidth } from '../../../src/lib/layout/text-width';
import demo from '../../reference/explorer-demo.json';
import multi from '../../reference/hr-annotation.json';
import { deepFreeze } from './curves';

type Num = number | null;
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
/** The digits the plot shows: two decimals, whole numbers from 100 (formatRatio's usual range). */
const shown = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
const viewOf = (endpoint: EndpointId, stratifier: string) => {
  const request = { kind: 'survival' as const, endpoint, stratifier };
  const groups = engine.run(request).groups;
  return { groups, hazards: engine.run({ ...request, kind: 'hazards' }) };
};

describe('the HR annotation on the plot shows the Cox hazard ratio R gives', () => {
  // tests/reference/r/explorer.R: coxph(Surv(time, event) ~ g, ties = "efron"), 2 groups; the
  // annotation shows exp(coef) and its Wald 95% CI at two decimals (rounding R's value).
  const two = (demo.cases as { endpoint: EndpointId; stratifier: string; landmark?: Num }[])
    .filter((c) => ['triple_refractory', 'high_risk_ca', 'cr_or_better'].includes(c.stratifier))
    .filter((c) => !c.landmark) as unknown as {
    endpoint: EndpointId;
    stratifier: string;
    as_published: boolean;
    hr: number[];
    hr_lower: number[];
    hr_upper: number[];
  }[];
  it.each(two.filter((c) => !c.as_published).map((c) => [`${c.endpoint} by ${c.stratifier}`, c]))(
    '%s: one line, the reference named',
    (_, c) => {
      const { groups, hazards } = viewOf(c.endpoint, c.stratifier);
      const names = groups.map((g) => g.label);
      expect(hrAnnotation(names, hazards)).toEqual([
        `HR ${shown(c.hr[0])} (95% CI ${shown(c.hr_lower[0])}–${shown(c.hr_upper[0])}) vs ${names[0]}, Cox`,
      ]);
    },
  );

  // tests/reference/r/hr-annotation.R: the same coxph with 3 to 5 groups, the largest the reference.
  it.each(multi.cases.map((c) => [`${c.endpoint} by ${c.stratifier}`, c] as const))(
    '%s: a heading and one line per group vs the reference',
    (_, c) => {
      const { groups, hazards } = viewOf(c.endpoint as EndpointId, c.stratifier);
      expect(groups.map((g) => g.n)).toEqual(c.n); // the same groups in the same order as R
      const names = groups.map((g) => g.label);
      const lines = hrAnnotation(names, hazards);
      expect(lines[0]).toBe(`HR (95% CI) vs ${names[0]}, Cox:`);
      expect(lines).toHaveLength(names.length);
      const upper = c.upper as Num[];
      if (upper.includes(null)) {
        // R warns a coefficient may be infinite: the whole model is Firth-penalised in the
        // explorer (checked against R in cox-firth.test.ts), every line says so, no coxph number.
        expect(c.cox_warnings.join(' ')).toMatch(/infinite/);
        for (const line of lines.slice(1)) expect(line).toMatch(/, Firth$/);
        return;
      }
      (c.hr as number[]).forEach((hr, k) => {
        const lo = (c.lower as number[])[k];
        expect(lines[k + 1]).toBe(
          `${names[k + 1]}: ${shown(hr)} (${shown(lo)}–${shown(upper[k]!)})`,
        );
      });
    },
  );
});

describe('hrAnnotation edge cases', () => {
  const row = (hr: Num, lower: Num, upper: Num, method: 'cox' | 'firth' = 'cox') => ({
    hr,
    lower,
    upper,
    p: 0.5,
    method,
  });
  const hz = (...ratios: HazardRatios['ratios']): HazardRatios =>
    deepFreeze({ ratios, warnings: [], method: 'Cox' });
  it.each<[string, string[], HazardRatios | null, string[]]>([
    ['hazard ratios still computing', ['A', 'B'], null, []],
    ['one group', ['A'], hz(null), []],
    ['not estimable', ['A', 'B'], hz(null, row(null, null, null)), ['HR not estimable vs A, Cox']],
    [
      'a Firth row',
      ['A', 'B'],
      hz(null, row(0.05, 0.001, 0.9, 'firth')),
      ['HR 0.05 (95% CI 0.0010–0.90) vs A, Firth'],
    ],
    [
      'more groups than lines',
      ['A', 'B', 'C', 'D', 'E', 'F'],
      hz(null, ...Array.from({ length: 5 }, () => row(1, 0.5, 2))),
      [`HR vs A: see the numbers table (5 comparisons)`],
    ],
  ])('%s', (_, labels, hazards, lines) => {
    expect(hrAnnotation(labels, hazards)).toEqual(lines);
  });

  it(`draws one line per comparison up to ${MAX_HR_LINES}, and a long group name is cut`, () => {
    const long = 'x'.repeat(60);
    const lines = hrAnnotation(
      ['A', 'B', 'C', 'D', long],
      hz(null, ...Array.from({ length: 4 }, () => row(1, 0.5, 2))),
    );
    expect(lines).toHaveLength(5);
    expect(lines[4].startsWith(`${'x'.repeat(27)}…: 1.00`)).toBe(true);
  });
});

describe('placeHrLines', () => {
  const plot = { x: 52, y: 40, width: 600, height: 320 };
  it('stacks the lines upwards from above the test line, font + 3 apart', () => {
    const marks = placeHrLines(['one', 'two'], plot, 12, 25);
    expect(marks.map((m) => [m.x, m.y])).toEqual([
      [60, 320],
      [60, 335],
    ]);
  });

  it('gives way to one line when the lines would cover more than half a short plot', () => {
    const short = { ...plot, height: 100 };
    const lines = ['HR (95% CI) vs A, Cox:', 'B: 1.00', 'C: 1.00', 'D: 1.00'];
    expect(placeHrLines(lines, short, 12, 10).map((m) => m.text)).toEqual([SEE_TABLE]);
    expect(placeHrLines(lines, plot, 12, 10)).toHaveLength(4);
  });

  it('wraps a line wider than a narrow plot, every piece within the plot', () => {
    const narrow = { ...plot, width: 200 };
    const text = 'HR 2.42 (95% CI 1.08–5.44) vs Not triple-refractory, Cox';
    const marks = placeHrLines([text], narrow, 12, 10);
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.map((m) => m.text).join(' ')).toBe(text);
    for (const m of marks) expect(textWidth(m.text, 12)).toBeLessThanOrEqual(narrow.width - 16);
    expect(marks[marks.length - 1].y).toBe(plot.y + plot.height - 10);
  });
});
