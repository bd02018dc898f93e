/**
 * npm run simulate — writes the SIMULATED 56-patient demonstration cohort (calibration.md):
 *   public/data/demo-cohort.arrow, public/data/calibration-report.json,
 *   tests/fixtures/demo-cohort.csv (+ demo-mrd.csv, demo-pk.csv, demo-response.csv),
 *   docs/simulated-cohort.md.
 * Deterministic for a fixed seed and iteration counts: re-running reproduces every file byte for byte.
 * Options: --seed N  --stage1 N  --stage2 N  --pk N  --dry (print the report, write nothing)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format } from 'prettier';
import { frameFromCohort, frameFromTable } from './sim/analysis-frame';
import { anneal } from './sim/anneal';
import { encodeCohortArrow } from './sim/arrow-writer';
import { assembleCohort } from './sim/assemble';
import { drawBaseline } from './sim/baseline';
import { simulateCohort } from './sim/cohort';
import { longCsvs, patientCsv } from './sim/csv-writer';
import { drawLatent } from './sim/latent';
import { cohortMetadata } from './sim/metadata';
import { makeObjective } from './sim/objective';
import { MONTH_DAYS, TRUE_PARAMS } from './sim/params';
import { selectPkDraws } from './sim/pk-select';
import { createRng, deriveSeed } from './sim/prng';
import { buildReport } from './sim/report';
import { reportMarkdown } from './sim/report-markdown';
import { LOOP_SOFT_TARGETS } from './sim/soft-targets';
import { decodeTable } from '../src/lib/data/decode';

/** The shipped settings (change them and the committed cohort changes). */
export const DEFAULTS = { seed: 20250601, stage1: 40000, stage2: 15000, pk: 600 };

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const seed = arg('seed', DEFAULTS.seed);
  const iterations = { feasibility: arg('stage1', DEFAULTS.stage1), calibration: arg('stage2', DEFAULTS.stage2), pk: arg('pk', DEFAULTS.pk) };
  const dry = process.argv.includes('--dry');
  const t0 = Date.now();
  const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${msg}`);

  const baseline = drawBaseline(createRng(deriveSeed(seed, 1)));
  const latent = drawLatent(baseline.n, createRng(deriveSeed(seed, 2)));
  const s1 = anneal(baseline, latent, makeObjective(TRUE_PARAMS, []), createRng(deriveSeed(seed, 3)), {
    iterations: iterations.feasibility, startTemperature: 50, endTemperature: 0.05,
  });
  log(`stage 1 (hard counts): loss ${s1.loss.toFixed(2)}${s1.loss === 0 ? ' — all exact' : ' — NOT exact'}`);
  const s2 = anneal(s1.baseline, s1.latent, makeObjective(TRUE_PARAMS, LOOP_SOFT_TARGETS, s1.loss === 0), createRng(deriveSeed(seed, 4)), {
    iterations: iterations.calibration, startTemperature: 5, endTemperature: 0.02, every: 2500,
    onProgress: (it, _t, cur, best) => log(`stage 2 iteration ${it}: loss ${cur.toFixed(2)} (best ${best.toFixed(2)})`),
  });
  log(`stage 2 (soft targets): loss ${s2.loss.toFixed(2)}`);
  const cohort = simulateCohort(s2.baseline, s2.latent, TRUE_PARAMS);
  const pkLatent = selectPkDraws(cohort, TRUE_PARAMS, seed, iterations.pk);
  const patients = assembleCohort({ ...cohort, latent: pkLatent }, TRUE_PARAMS, seed);
  log('stage B2 (PK draws) done');

  const bytes = encodeCohortArrow(patients, cohortMetadata({ seed, iterations }));
  checkFastPathAgrees(cohort, bytes);
  const arrowPath = 'public/data/demo-cohort.arrow';
  const report = buildReport(bytes, arrowPath);
  const { hardPassed, hardTotal, softPassed, softTotal } = report.summary;
  log(`hard ${hardPassed}/${hardTotal}, soft ${softPassed}/${softTotal}; ${bytes.length} bytes`);
  for (const h of report.hard.filter((x) => !x.pass)) console.log(`  HARD MISS ${h.id} ${h.label}: ${h.simulated} vs ${h.published}`);
  for (const s of report.soft.filter((x) => !x.pass)) console.log(`  soft miss ${s.id} ${s.label}: ${s.simulated} vs ${s.published}`);
  if (dry) return;

  const csvs = longCsvs(patients);
  const files: [string, string | Uint8Array][] = [
    [arrowPath, bytes],
    ['public/data/calibration-report.json', await format(JSON.stringify(report), { parser: 'json' })],
    ['tests/fixtures/demo-cohort.csv', patientCsv(patients)],
    ['tests/fixtures/demo-mrd.csv', csvs.mrd],
    ['tests/fixtures/demo-pk.csv', csvs.pk],
    ['tests/fixtures/demo-response.csv', csvs.response],
    ['docs/simulated-cohort.md', await format(reportMarkdown(report), { parser: 'markdown', singleQuote: true, printWidth: 100 })],
  ];
  for (const [path, content] of files) {
    const full = resolve(path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  log(`wrote ${files.map((f) => f[0]).join(', ')}`);
  if (hardPassed !== hardTotal) process.exitCode = 1;
}

/** The annealing's inline derivations must agree with deriveColumns on the stored table. */
function checkFastPathAgrees(cohort: ReturnType<typeof simulateCohort>, bytes: Uint8Array): void {
  const fast = frameFromCohort(cohort);
  const stored = frameFromTable(decodeTable(bytes, 'demo-cohort.arrow').table, MONTH_DAYS);
  for (const t of LOOP_SOFT_TARGETS) {
    const [a, b] = [t.evaluate(fast).value, t.evaluate(stored).value];
    if (a !== b && !(a !== null && b !== null && Math.abs(a - b) < 1e-9)) {
      throw new Error(`fast path and deriveColumns disagree on ${t.id}: ${a} vs ${b}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
