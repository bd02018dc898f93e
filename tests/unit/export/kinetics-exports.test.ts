import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DotBoxChart from '../../../src/components/kinetics/DotBoxChart.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { toCsv } from '../../../src/lib/export/csv';
import {
  dotBoxCaption,
  testSentence,
  transgeneCaption,
} from '../../../src/lib/export/kinetics-captions';
import {
  kineticsPatientRows,
  kineticsSummaryRows,
  transgeneRows,
} from '../../../src/lib/export/kinetics-csv';
import { adaRows, adaTableRows, crsRows } from '../../../src/lib/export/safety-csv';
import { standaloneSvg } from '../../../src/lib/export/standalone-svg';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const result = engine.run({ kind: 'kinetics', groupBy: 'crs_high', test: 'welch' });
const safety = engine.run({ kind: 'safety' });
const DATASET = 'Simulated BCMA CAR-T cohort (n = 56) — not the study’s patients';

describe('kinetics and safety exports', () => {
  it('the summary CSV has one row per measurement and group, with the test, its statistic and p', () => {
    const rows = kineticsSummaryRows(result, DATASET);
    expect(rows[0]).toEqual([
      'dataset',
      'view',
      'measure',
      'unit',
      'group',
      'n',
      'median',
      'q1',
      'q3',
      'min',
      'max',
      'test',
      'statistic_name',
      'statistic',
      'df',
      'p',
      'auc_method',
      'n_used',
      'n_total',
    ]);
    expect(rows).toHaveLength(1 + result.metrics.length * result.groups.length);
    const cmax = rows[1];
    expect(cmax.slice(0, 5)).toEqual([
      DATASET,
      result.title,
      'Cmax',
      'copies/µg DNA',
      'CRS grade 0–1',
    ]);
    expect(cmax[11]).toBe("Welch's two-sample t test (unequal variances)");
    expect(cmax[15]).toBe(result.metrics[0].test!.p);
  });

  it('the patient CSV has one row per patient, the AUC rule and whether persistence is censored', () => {
    const rows = kineticsPatientRows(result, DATASET);
    expect(rows).toHaveLength(1 + result.patients.length);
    expect(rows[0]).toContain('still_detectable_at_last_sample');
    expect(rows.slice(1).every((r) => r[8] === 'linear' && (r[10] === 0 || r[10] === 1))).toBe(
      true,
    );
  });

  it('the samples CSV lists every sample and then the group medians', () => {
    const rows = transgeneRows(result, DATASET);
    const samples = result.patients.reduce((s, p) => s + p.samples.length, 0);
    const medians = result.curves.reduce((s, c) => s + c.length, 0);
    expect(rows).toHaveLength(1 + samples + medians);
    expect(rows.at(-1)![2]).toBe('median');
  });

  it('the CRS and ADA CSVs carry the counts, proportions and limits the engine computed', () => {
    const crs = crsRows(safety.crs!, DATASET);
    expect(crs[1]).toEqual([
      DATASET,
      'Grade 0 (no CRS)',
      '0',
      4,
      56,
      4 / 56,
      safety.crs!.grades[0].lower,
      safety.crs!.grades[0].upper,
    ]);
    expect(crs.at(-3)![1]).toBe('Any CRS (grade ≥ 1)');
    const ada = adaRows(safety.ada!, DATASET);
    expect(ada).toHaveLength(1 + safety.ada!.steps.length);
    expect(ada.at(-1)![5]).toBeCloseTo(1 - safety.ada!.steps.at(-1)!.surv, 12);
    const table = adaTableRows(safety.ada!, DATASET);
    expect(table.map((r) => r[2])).toEqual(['months', null, 3, 6, 12]);
    expect(table[1].slice(3, 5)).toEqual([9, 56]);
    expect(table[2][5]).toBe(safety.ada!.at[0].cumulative);
    expect(toCsv(ada).split('\r\n')[0]).toBe(
      'dataset,months,n_risk,n_event,n_censor,cumulative_ada_positive,lower_95,upper_95',
    );
  });

  it('a dot-and-box SVG export keeps the test and the simulated mark, and its caption gives n used, the test and the methods', () => {
    const m = result.metrics[0];
    const { body } = render(DotBoxChart, {
      props: {
        title: 'Cmax by CRS grade',
        unit: m.unit,
        scale: m.scale,
        groups: result.groups.map((g, k) => ({
          label: g.label,
          values: result.patients.filter((p) => p.group === k).map((p) => p.cmax),
          ...m.groups[k],
        })),
        testLabel: "Welch's t p = 0.313",
        simulated: true,
      },
    });
    const markup = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);
    const svg = standaloneSvg(markup, dotBoxCaption(result, m, DATASET));
    expect(svg).toContain("Welch's t p = 0.313");
    expect(svg).toContain("Simulated data — not the study's patients");
    const caption = dotBoxCaption(result, m, DATASET);
    expect(caption[0]).toMatch(
      /^n used 56 of 56\. Welch's two-sample t test \(unequal variances\): t = -?\d+\.\d\d \(df \d+\.\d\), p = 0\.\d{3}\.$/,
    );
    expect(caption.at(-1)).toBe(`Dataset: ${DATASET}.`);
    expect(svg).toContain('n used 56 of 56.');
    expect(svg).toContain('Methods: Cmax: highest transgene level');
    expect(svg).not.toMatch(/\sclass="/);
  });

  it('test sentences name the statistic with its degrees of freedom, or say why there is no test', () => {
    const kw = engine.run({ kind: 'kinetics', groupBy: 'mrd_group' }).metrics[0];
    expect(testSentence(kw.test, kw.note)).toMatch(
      /^Kruskal–Wallis rank-sum test: χ² = \d+\.\d\d \(df 3\), p = 0\.001\.$/,
    );
    expect(testSentence(null, 'One group: choose groups to compare.')).toBe(
      'One group: choose groups to compare.',
    );
    expect(transgeneCaption(result, DATASET)[0]).toMatch(/^56 of 56 patients, \d+ samples\./);
  });
});
