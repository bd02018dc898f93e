import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import KmChart from '../../../src/components/km/KmChart.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { survivalCaption } from '../../../src/lib/export/captions';
import { standaloneSvg } from '../../../src/lib/export/standalone-svg';
import { curveStepRows, survivalTableRows } from '../../../src/lib/export/survival-csv';
import { kmFigure } from '../../../src/lib/layout/km-figure';
import { kmunicateCounts } from '../../../src/lib/layout/kmunicate-table';
import type { SmallCells } from '../../../src/lib/layout/small-cells';

// The demo cohort by ECOG: ECOG 0 has 3 patients, a small group under the default k = 5.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const request = { endpoint: 'pfs', stratifier: 'ecog' } as const;
const result = engine.run({ kind: 'survival', ...request });
const hazards = engine.run({ kind: 'hazards', ...request });
const DATASET = 'Simulated cohort';
const ON: SmallCells = { minCell: 5, suppress: true };

function exportedSvg(props: Record<string, unknown>): string {
  const { body } = render(KmChart, {
    props: {
      title: result.title,
      curves: result.groups,
      showBands: true,
      showEvents: false,
      simulated: true,
      ...props,
    },
  });
  const markup = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);
  return standaloneSvg(markup, survivalCaption(result, hazards, DATASET));
}

/** The texts of the risk table's count cells in an SVG, by row. */
function cells(svg: string, row: string): string[] {
  const re = new RegExp(`<text[^>]*data-row="${row}"[^>]*>([^<]*)</text>`, 'g');
  return [...svg.matchAll(re)].map((m) => m[1]);
}

describe('the exported Kaplan–Meier SVG', () => {
  it('has a small group to test on: ECOG 0 with fewer than 5 patients', () => {
    expect(Math.min(...result.groups.map((g) => g.n))).toBeLessThan(5);
  });

  it('carries the KMunicate table by default, with the engine’s counts adding up to n', () => {
    const svg = exportedSvg({});
    const atRisk = cells(svg, 'At risk').map(Number);
    const events = cells(svg, 'Events').map(Number);
    const censored = cells(svg, 'Censored').map(Number);
    // KmChart lays out at 760 px before it is measured (server rendering).
    const times = kmFigure({
      width: 760,
      title: result.title,
      curves: result.groups,
      xLabel: '',
      showEvents: false,
      simulated: true,
      testLabel: null,
    }).scales.xTicks;
    const ticks = times.length;
    expect(atRisk).toHaveLength(ticks * result.groups.length);
    result.groups.forEach((g, i) => {
      const slice = (v: number[]) => v.slice(i * ticks, (i + 1) * ticks);
      const engine = kmunicateCounts(g, times);
      expect(slice(atRisk)).toEqual(engine.map((k) => k.atRisk));
      expect(slice(events)).toEqual(engine.map((k) => k.events));
      expect(slice(censored)).toEqual(engine.map((k) => k.censored));
      slice(atRisk).forEach((r, k) => expect(r + slice(events)[k] + slice(censored)[k]).toBe(g.n));
    });
  });

  it('carries the classic at-risk-only table when asked', () => {
    const svg = exportedSvg({ riskTable: 'classic' });
    expect(svg).toContain('Number at risk');
    expect(cells(svg, 'Events')).toEqual([]);
  });

  it('shows no count from 1 to 4 in the table or the legend with small counts suppressed', () => {
    const svg = exportedSvg({ smallCells: ON });
    const all = ['At risk', 'Events', 'Censored'].flatMap((r) => cells(svg, r));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((t) => /^[1-4]$/.test(t))).toEqual([]);
    expect(all).toContain('&lt;5');
    expect(svg).toContain('n &lt; 5 — small group: estimates unstable');
    expect(svg).not.toMatch(/n = [1-4]\b/);
  });

  it('flags the small group in the legend, with its n, when nothing is suppressed', () => {
    const svg = exportedSvg({ smallCells: { minCell: 5, suppress: false } });
    expect(svg).toMatch(/n = [1-4] — small group \(&lt; 5\): estimates unstable/);
  });
});

describe('the survival CSVs with small counts suppressed', () => {
  const countColumns = (rows: (string | number | null)[][], names: string[]) => {
    const header = rows[0] as string[];
    return rows.slice(1).flatMap((r) => names.map((n) => r[header.indexOf(n)]));
  };

  it('write every count from 1 to 4 as "<5" in the numbers table', () => {
    const rows = survivalTableRows(result, hazards, DATASET, ON);
    const counts = countColumns(rows, ['n', 'events', 'n_used', 'n_total']);
    expect(counts.filter((c) => typeof c === 'number' && c >= 1 && c < 5)).toEqual([]);
    expect(counts).toContain('<5');
    const plain = countColumns(survivalTableRows(result, hazards, DATASET), ['n']);
    expect(plain.filter((c) => typeof c === 'number' && c < 5).length).toBeGreaterThan(0);
  });

  it('write every n_risk, n_event and n_censor from 1 to 4 as "<5" in the curve steps', () => {
    const rows = curveStepRows(result, DATASET, ON);
    const counts = countColumns(rows, ['n_risk', 'n_event', 'n_censor']);
    expect(counts.filter((c) => typeof c === 'number' && c >= 1 && c < 5)).toEqual([]);
    expect(counts.filter((c) => c === '<5').length).toBeGreaterThan(0);
    expect(rows.length).toBe(curveStepRows(result, DATASET).length);
  });
});
