import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ResponseChart from '../../../src/components/response/ResponseChart.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { toCsv } from '../../../src/lib/export/csv';
import { responseCaption } from '../../../src/lib/export/response-caption';
import {
  responseFactorRows,
  responseOverTimeRows,
  responseRateRows,
  responseTimeRows,
} from '../../../src/lib/export/response-csv';
import { standaloneSvg } from '../../../src/lib/export/standalone-svg';
import {
  formatMedianRange,
  formatOddsRatio,
  formatRate,
} from '../../../src/lib/layout/format-rate';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const result = engine.run({ kind: 'response', stratifier: 'triple_refractory' });
const DATASET = 'Simulated BCMA CAR-T cohort (n = 56) — not the study’s patients';
const column = (rows: (string | number | null)[][], name: string) =>
  rows.slice(1).map((r) => r[(rows[0] as string[]).indexOf(name)]);

describe('response exports', () => {
  it('the exported chart is one SVG with title, legend, panels, simulated mark and the method caption', () => {
    const { body } = render(ResponseChart, {
      props: { title: result.title, overTime: result.overTime!, simulated: true },
    });
    const markup = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);
    const svg = standaloneSvg(markup, responseCaption(result, DATASET));
    expect(svg).toContain(result.title);
    expect(svg).toContain('Ever reached CR or better');
    expect(svg).toContain('Triple-refractory (n = 9)');
    expect(svg).toContain("Simulated data — not the study's patients");
    expect(svg).toContain('n used 56 of 56.');
    expect(svg).toContain('sCR stringent complete response');
    expect(svg).toContain('Dataset: Simulated BCMA CAR-T cohort');
    expect(svg).not.toMatch(/\sclass="/);
  });

  it('responseRateRows has every rate overall and per group, with the Fisher p on the group rows', () => {
    const rows = responseRateRows(result, DATASET);
    expect(rows).toHaveLength(1 + 3 * (1 + result.groups.length));
    expect(column(rows, 'x').slice(0, 3)).toEqual([54, 45, 54]);
    expect(column(rows, 'fisher_p_across_groups').slice(0, 3)).toEqual([null, null, null]);
    expect(column(rows, 'fisher_p_across_groups')[4]).toBe(result.tests[1].p);
    // The infinite odds ratio of the ORR table is written as R reads it.
    expect(column(rows, 'odds_ratio')[3]).toBe('Inf');
    expect(rows.slice(1).every((r) => r[0] === DATASET)).toBe(true);
  });

  it('responseFactorRows holds the 2×2 counts of every table the view shows', () => {
    const rows = responseFactorRows(result, DATASET);
    expect(rows).toHaveLength(1 + 2 * 2 * 2);
    const triple = rows.filter((r) => r[2] === 'triple_refractory' && r[4] === 'orr');
    expect(triple.map((r) => [r[5], r[6]])).toEqual(result.factors[0].tests[0].table);
  });

  it('responseTimeRows and responseOverTimeRows have a row per group and measure, and per group and month', () => {
    expect(responseTimeRows(result, DATASET)).toHaveLength(1 + 3 * 3);
    const months = responseOverTimeRows(result, DATASET);
    expect(months).toHaveLength(1 + 2 * result.overTime!.months.length);
    expect(months[0]).toContain('Progressed or died');
    const sums = months.slice(1).map((r) => (r.slice(5, 13) as number[]).reduce((s, v) => s + v));
    expect(sums.every((s, k) => s === months[k + 1][4])).toBe(true);
    expect(toCsv(months)).toContain('\r\n');
  });

  it.each([
    ['a rate', formatRate(result.overall.rates.orr), '54/56 (96.4%, 95% CI 87.7–99.6)'],
    [
      'no patients',
      formatRate({ x: 0, n: 0, estimate: null, lower: null, upper: null }),
      '0/0 (—)',
    ],
    ['an infinite odds ratio', formatOddsRatio(result.tests[0].oddsRatio), '∞ (0.03–∞)'],
    ['an odds ratio', formatOddsRatio(result.tests[1].oddsRatio), '2.14 (0.23–105)'],
    [
      'a not estimable odds ratio',
      formatOddsRatio({ estimate: null, lower: null, upper: null, infinite: false }),
      'not estimable',
    ],
    ['a median and range', formatMedianRange(result.overall.times.cr), '2.0 (0.5–12.0)'],
    ['nobody reaching it', formatMedianRange({ n: 0, median: null, min: null, max: null }), '—'],
  ])('the view writes %s as the paper would', (_what, text, expected) => {
    expect(text).toBe(expected);
  });
});
