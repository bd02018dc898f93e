/**
 * npm run simulate — writes the SIMULATED 56-patient demonstration cohort (calibration.md):
 *   public/data/demo-cohort.arrow, public/data/calibration-report.json,
 *   tests/fixtures/demo-cohort.csv (+ demo-mrd.csv, demo-pk.csv, demo-response.csv),
 *   docs/simulated-cohort.md.
 * Deterministic for a fixed seed and iteration counts: re-running reproduces every file byte for byte.
 * Options: --seed N  --stage1 N  --stage2 N  --pk N  --dry (print the summary, write nothing)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format } from 'prettier';
import { longCsvs, patientCsv } from './sim/csv-writer';
import { SHIPPED } from './sim/shipped';
import { generateCohort } from './sim/generate';
import { buildReport } from './sim/report';
import { reportMarkdown } from './sim/report-markdown';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const seed = arg('seed', SHIPPED.seed);
  const iterations = {
    feasibility: arg('stage1', SHIPPED.iterations.feasibility),
    calibration: arg('stage2', SHIPPED.iterations.calibration),
    pk: arg('pk', SHIPPED.iterations.pk),
  };
  const t0 = Date.now();
  const log = (msg: string): void =>
    console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${msg}`);
  const { patients, bytes } = generateCohort({ seed, iterations, log });
  const arrowPath = 'public/data/demo-cohort.arrow';
  const report = buildReport(bytes, arrowPath);
  const { hardPassed, hardTotal, softPassed, softTotal } = report.summary;
  log(`hard ${hardPassed}/${hardTotal}, soft ${softPassed}/${softTotal}; ${bytes.length} bytes`);
  for (const h of report.hard.filter((x) => !x.pass))
    console.log(`  HARD MISS ${h.id} ${h.label}: ${h.simulated} vs ${h.published}`);
  for (const s of report.soft.filter((x) => !x.pass))
    console.log(`  soft miss ${s.id} ${s.label}: ${s.simulated} vs ${s.published}`);
  if (hardPassed !== hardTotal) process.exitCode = 1;
  if (process.argv.includes('--dry')) return;

  const csvs = longCsvs(patients);
  const markdown = await format(reportMarkdown(report), {
    parser: 'markdown',
    singleQuote: true,
    printWidth: 100,
  });
  const files: [string, string | Uint8Array][] = [
    [arrowPath, bytes],
    [
      'public/data/calibration-report.json',
      await format(JSON.stringify(report), { parser: 'json' }),
    ],
    ['tests/fixtures/demo-cohort.csv', patientCsv(patients)],
    ['tests/fixtures/demo-mrd.csv', csvs.mrd],
    ['tests/fixtures/demo-pk.csv', csvs.pk],
    ['tests/fixtures/demo-response.csv', csvs.response],
    ['docs/simulated-cohort.md', markdown],
  ];
  for (const [path, content] of files) {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(resolve(path), content);
  }
  log(`wrote ${files.map((f) => f[0]).join(', ')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
