import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import { rScriptAnalysis } from '../../../src/lib/engine/analyses/r-script';
import { createEngine } from '../../../src/lib/engine/engine';
import type {
  ForestRequest,
  HazardRow,
  RScript,
  SurvivalRequest,
} from '../../../src/lib/engine/types';
import { rString, rVector } from '../../../src/lib/export/r-literal';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { expectClose } from '../stats/km-close';
import {
  explorerLines,
  requireRscript,
  runRscript,
  runRscripts,
  rValue,
  type ExplorerLine,
} from './run-rscript';

// The R-script export, run in R: each generated script is saved and run with `Rscript`, and every
// number of its EXPLORER block — survfit's n, events, median and CI (print / summary()$table),
// summary(fit, times, extend = TRUE), survdiff, summary(coxph) — must equal what the engine shows
// for the same view within 1e-6 relative (km-close.ts). Without Rscript these tests fail.

const bytes = new Uint8Array(readFileSync('public/data/demo-cohort.arrow'));
const engine = createEngine();
engine.load(bytes, 'demo-cohort.arrow');
const forestFactors = engine
  .run({ kind: 'columns' })
  .filter((c) => c.forest)
  .sort((a, b) => a.forest!.order - b.forest!.order)
  .map((c) => c.name);

type View = SurvivalRequest | ForestRequest;
const VIEWS: [string, View][] = [
  ['PFS of the whole cohort', { kind: 'survival', endpoint: 'pfs', stratifier: null }],
  [
    'PFS by triple-class refractory',
    { kind: 'survival', endpoint: 'pfs', stratifier: 'triple_refractory' },
  ],
  [
    'OS by MRD group (4 groups, the largest is the reference, a Cox fit that does not converge)',
    { kind: 'survival', endpoint: 'os', stratifier: 'mrd_group' },
  ],
  [
    'PFS by CAR-T persistence ≥ 6 months as published',
    { kind: 'survival', endpoint: 'pfs', stratifier: 'car_persist_ge6', asPublished: true },
  ],
  [
    'PFS by CAR-T persistence ≥ 6 months at the 6-month landmark',
    { kind: 'survival', endpoint: 'pfs', stratifier: 'car_persist_ge6', landmark: 6 },
  ],
  [
    'PFS by triple-class refractory in the facet of women',
    {
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'triple_refractory',
      subset: { column: 'sex', value: 'F' },
    },
  ],
  [
    'DOR by best response CR or better',
    { kind: 'survival', endpoint: 'dor', stratifier: 'cr_or_better' },
  ],
  [
    'OS by age split at 65 with log-log intervals and survival at 30, 6 and 18 months',
    {
      kind: 'survival',
      endpoint: 'os',
      stratifier: 'age_years',
      cut: 65,
      confType: 'log-log',
      times: [30, 6, 18],
    },
  ],
  [
    'a univariable forest of PFS with Breslow ties (every forest factor, and ISS stage as a factor)',
    {
      kind: 'forest',
      endpoint: 'pfs',
      factors: [...forestFactors, 'iss_stage'],
      mode: 'univariable',
      ties: 'breslow',
    },
  ],
  [
    'a multivariable forest of PFS with Breslow ties, threshold factors as published',
    {
      kind: 'forest',
      endpoint: 'pfs',
      factors: ['triple_refractory', 'age_years', 'high_risk_ca', 'car_persist_ge6'],
      mode: 'multivariable',
      ties: 'breslow',
      asPublished: true,
    },
  ],
];

// The same views with their data in a CSV beside the script (as for more than 5,000 rows).
const loaded = loadDataset(bytes, 'demo-cohort.arrow');
if (!loaded.ok) throw new Error('the demo cohort does not load');
const frame = new AnalysisFrame(loaded.dataset.table);
const csvScript = (view: View): RScript =>
  rScriptAnalysis(
    frame,
    { kind: 'rScript', view },
    { dataset: engine.summary()! },
    { embedLimit: 0 },
  );
const CSV_VIEWS = [VIEWS[2], VIEWS[8]];

// Literals as the scripts write them: R must read back the same doubles and the same text.
const NUMBERS = [
  ...frame.numeric('pfs_months'),
  ...frame.numeric('age_years'),
  0.1 + 0.2,
  1 / 3,
  Math.PI,
  (2 / 3) * 1e5,
  1e21,
  123456789.12345679,
  -0.5,
].filter((x) => !Number.isNaN(x));
const TEXT = 'CAR-T ≥ 6 "months" — back\\slash\nnew line, tab\t, naïve 😀 \u0001 end';
const literals: RScript = {
  fileName: 'literals.R',
  script: [
    `x <- ${rVector(NUMBERS)}`,
    `s <- ${rString(TEXT)}`,
    'cat("#### EXPLORER NUMBERS BEGIN\\n")',
    'cat("EXPLORER numbers", sprintf("%.17g", x), "\\n")',
    'cat("EXPLORER text", utf8ToInt(s), "\\n")',
    'cat("#### EXPLORER NUMBERS END\\n")',
  ].join('\n'),
  csv: null,
};

let dir = '';
let readBack: ExplorerLine[] = [];
let embedded: ExplorerLine[][] = [];
let fromCsv: ExplorerLine[][] = [];

beforeAll(async () => {
  requireRscript();
  dir = mkdtempSync(join(tmpdir(), 'r-script-'));
  // One R process runs the embedded-data scripts (R's start-up with survival costs ~1.5 s each);
  // the CSV scripts run as a user runs them, `Rscript <file>` beside the CSV, at the same time.
  const scripts = VIEWS.map(([, view]) => engine.run({ kind: 'rScript', view }));
  const [batch, ...alone] = await Promise.all([
    runRscripts(dir, [...scripts, literals]),
    ...CSV_VIEWS.map(([, view]) => runRscript(dir, csvScript(view))),
  ]);
  embedded = scripts.map((r) => explorerLines(batch.get(r.fileName) ?? ''));
  fromCsv = alone.map(explorerLines);
  readBack = explorerLines(batch.get(literals.fileName) ?? '');
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the exported R script, run with Rscript, gives the numbers the explorer shows', () => {
  it('R reads the literals back as the same doubles and the same text', () => {
    const [numbers, text] = readBack;
    expect(numbers.fields.map(Number)).toEqual(NUMBERS);
    expect(text.fields.map(Number)).toEqual([...TEXT].map((c) => c.codePointAt(0)));
  });

  it.each(VIEWS.map(([name, view], i) => [name, view, i] as const))('%s', (_, view, i) => {
    if (view.kind === 'forest') checkForest(view, embedded[i]);
    else checkSurvival(view, embedded[i]);
  });

  it.each(CSV_VIEWS.map(([name, view], i) => [name, view, i] as const))(
    '%s, read from the CSV beside the script, gives R the same numbers to the last digit',
    (_, view, i) => {
      const r = csvScript(view);
      expect(r.csv?.fileName).toBe(r.fileName.replace(/\.R$/, '.csv'));
      expect(r.script).toContain(`csv_file <- "${r.csv?.fileName}"`);
      expect(fromCsv[i]).toEqual(embedded[VIEWS.indexOf(CSV_VIEWS[i])]);
      if (view.kind === 'forest') checkForest(view, fromCsv[i]);
      else checkSurvival(view, fromCsv[i]);
    },
  );
});

function values(lines: ExplorerLine[], what: string): (number | null)[][] {
  return lines.filter((l) => l.what === what).map((l) => l.fields.map(rValue));
}

function warningsOf(lines: ExplorerLine[], model?: number): string[] {
  return lines
    .filter((l) => l.what === 'warning' && (model === undefined || l.fields[0] === String(model)))
    .map((l) => l.fields.join(' '));
}

function checkSurvival(view: SurvivalRequest, lines: ExplorerLine[]): void {
  const shown = engine.run(view);
  const curves = values(lines, 'curve');
  const at = values(lines, 'at');
  expect(curves.map((c) => c[0])).toEqual(shown.groups.map((_, k) => k + 1));
  expect(curves.reduce((sum, c) => sum + c[1]!, 0)).toBe(shown.nUsed);
  shown.groups.forEach((g, k) => {
    const [, n, events, median, lower, upper] = curves[k];
    expect([g.n, g.events], g.label).toEqual([n, events]);
    expectClose(g.median, median, `${g.label} median`);
    expectClose(g.medianLower, lower, `${g.label} median lower`);
    expectClose(g.medianUpper, upper, `${g.label} median upper`);
    const rows = at.filter((a) => a[0] === k + 1);
    expect(g.at.map((a) => a.time)).toEqual(rows.map((a) => a[1]));
    g.at.forEach((a, j) => {
      expectClose(a.surv, rows[j][2], `${g.label} survival at ${a.time}`);
      expectClose(a.lower, rows[j][3], `${g.label} lower at ${a.time}`);
      expectClose(a.upper, rows[j][4], `${g.label} upper at ${a.time}`);
    });
  });
  const [logRank] = values(lines, 'logrank');
  if (shown.logRank === null) {
    expect(logRank).toBeUndefined();
    return;
  }
  expectClose(shown.logRank.chisq, logRank[0], 'log-rank chisq');
  expect(shown.logRank.df).toBe(logRank[1]);
  expectClose(shown.logRank.p, logRank[2], 'log-rank p');
  const hazards = engine.run({ ...view, kind: 'hazards' });
  const hr = values(lines, 'hr');
  expect(hr.map((h) => h[0])).toEqual(shown.groups.slice(1).map((_, m) => m + 2));
  hr.forEach(([k, ...r]) => checkHazard(hazards.ratios[k! - 1], r, warningsOf(lines)));
}

function checkForest(view: ForestRequest, lines: ExplorerLine[]): void {
  const shown = engine.run(view);
  const models = values(lines, 'model');
  const terms = values(lines, 'term');
  const rows = shown.rows.filter((r) => !r.warning?.startsWith('no model'));
  expect(rows).toHaveLength(terms.length);
  rows.forEach((row, i) => {
    const [k, , ...r] = terms[i];
    const [, n, events] = models[k! - 1];
    expect([row.n, row.events], row.label).toEqual([n, events]);
    checkHazard(row, r, warningsOf(lines, k!));
  });
  if (shown.model) {
    const [, n, events, lr, lrDf, lrP, concordance] = models[0];
    expect([shown.model.n, shown.model.events, shown.model.lrTest.df]).toEqual([n, events, lrDf]);
    expectClose(shown.model.lrTest.stat, lr, 'likelihood-ratio test');
    expectClose(shown.model.lrTest.p, lrP, 'likelihood-ratio p');
    expectClose(shown.model.concordance, concordance, 'concordance');
  }
}

/**
 * A hazard ratio the engine shows equals R's; where R's interval is infinite (or R has no
 * coefficient) the engine shows none from ordinary Cox; and it withholds one, or shows a
 * Firth-penalised one instead (checked against R in cox-firth.test.ts), only where R's interval is
 * infinite or R warned that the fit did not converge or a coefficient may be infinite.
 */
function checkHazard(row: HazardRow | null, r: (number | null)[], warnings: string[]): void {
  const [hr, lower, upper, p] = r;
  const infinite =
    hr === null || lower === null || upper === null || lower === 0 || upper === Infinity;
  if (row?.method === 'firth') {
    expect(row.hr, 'a Firth row has a finite hazard ratio').not.toBeNull();
    row = null;
  }
  if (infinite) expect(row?.hr ?? null).toBeNull();
  if (row && row.hr !== null) {
    expectClose(row.hr, hr, 'HR');
    expectClose(row.lower, lower, 'HR lower');
    expectClose(row.upper, upper, 'HR upper');
    expectClose(row.p, p, 'HR p');
  } else {
    expect(infinite || warnings.some((w) => /converge|infinite/.test(w)), warnings.join('; ')).toBe(
      true,
    );
  }
}
