import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CorrelationMatrix from '../../../src/components/CorrelationMatrix.svelte';
import ScatterPlot from '../../../src/components/ScatterPlot.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { matrixCaption, scatterCaption } from '../../../src/lib/export/correlation-captions';
import { correlationRows } from '../../../src/lib/export/correlation-csv';
import { toCsv } from '../../../src/lib/export/csv';
import { standaloneSvg } from '../../../src/lib/export/standalone-svg';
import { table1Rows } from '../../../src/lib/export/table1-csv';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const DATASET = 'Simulated BCMA CAR-T cohort (n = 56) — not the study’s patients';
const table1 = engine.run({ kind: 'table1', stratifier: 'triple_refractory' });
const correlations = engine.run({ kind: 'correlations' });

describe('Table 1 as CSV', () => {
  const rows = table1Rows(table1, DATASET);
  const header = rows[0] as string[];
  const col = (name: string) => header.indexOf(name);

  it('has one line per number or yes/no and per value of a category, each naming the dataset', () => {
    const expected = table1.rows.reduce(
      (s, r) => s + (r.kind === 'categorical' ? r.levels.length : 1),
      0,
    );
    expect(rows).toHaveLength(1 + expected);
    expect(rows.slice(1).every((r) => r[0] === DATASET)).toBe(true);
    expect(header).toContain('Not triple-refractory (reference): N with a value');
  });

  it('writes n/N with N the patients with a value, and the row’s test and p once', () => {
    const del = rows.find((r) => r[3] === 'del(17p)')!;
    const overall = table1.rows.find((r) => r.column === 'del17p')!.overall;
    expect(del[col('overall')]).toBe(
      `${overall.counts[1]}/55 (${((100 * overall.counts[1]) / 55).toFixed(1)}%)`,
    );
    expect(del[col('overall: N with a value')]).toBe(55);
    expect(del[col('overall: missing')]).toBe(1);
    expect(del[col('test')]).toBe("Fisher's exact test");
    const sex = rows.filter((r) => r[3] === 'Sex');
    expect(sex.map((r) => r[5])).toEqual(['Male', 'Female']);
    expect(sex[0][col('p')]).toBeTypeOf('number');
    expect(sex[1][col('p')]).toBeNull();
    const age = rows.find((r) => r[3] === 'Age')!;
    expect(age[col('overall')]).toBe('56 [51–61]');
    expect([age[col('overall: median')], age[col('overall: Q1')], age[col('overall: Q3')]]).toEqual(
      [56, 51, 61],
    );
    expect(toCsv(rows)).toContain('median [IQR], quantile type 7');
  });
});

describe('the correlation matrix’s exports', () => {
  it('lists every pair with ρ, p, n and the censored count as CSV', () => {
    const rows = correlationRows(correlations, DATASET);
    expect(rows).toHaveLength(1 + 21);
    expect(rows[1].slice(1, 5)).toEqual(['Cmax', 'AUC day 0–28', 'cmax_copies', 'auc_0_28d']);
    expect(rows.slice(1).every((r) => r[0] === DATASET && String(r[9]).includes('cor.test'))).toBe(
      true,
    );
  });

  it('exports the matrix as a standalone SVG that draws every ρ and stays marked as simulated', () => {
    const { body } = render(CorrelationMatrix, {
      props: {
        title: 'Spearman correlations',
        result: correlations,
        selected: 3,
        simulated: true,
        onselect: () => {},
      },
    });
    const markup = /<svg[\s\S]*<\/svg>/.exec(body)![0];
    const svg = standaloneSvg(markup, matrixCaption(correlations, DATASET));
    for (const p of correlations.pairs) expect(svg).toContain(`>${p.rho!.toFixed(2)}<`);
    expect(svg).toContain('Simulated data');
    expect(svg).toContain('descriptive at best');
    expect(svg).toContain('url(#rho-scale)');
  });

  it('exports a pair’s scatter plot with its rank correlation in the figure and the caption', () => {
    const pair = correlations.pairs.find(
      (p) => p.x === 'car_persist_months' && p.y === 'pfs_months',
    )!;
    const stat = `Spearman ρ = ${pair.rho!.toFixed(2)}`;
    const { body } = render(ScatterPlot, {
      props: {
        title: 'Persistence and PFS',
        statLabel: stat,
        result: correlations,
        pair,
        simulated: true,
      },
    });
    const markup = /<svg[\s\S]*<\/svg>/.exec(body)![0];
    const caption = scatterCaption(correlations, pair, DATASET);
    const svg = standaloneSvg(markup, caption);
    expect(svg).toContain(stat);
    expect(caption[0]).toContain(`n used ${pair.n} of 56`);
    expect(caption[1]).toContain(
      `${pair.nCensored} of the ${pair.n} patients have a censored value`,
    );
    expect((svg.match(/class="point"|<circle/g) ?? []).length).toBeGreaterThanOrEqual(pair.n);
    expect(svg).toContain('Simulated data');
  });
});
