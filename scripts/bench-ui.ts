/**
 * UI benchmark: drives the built app in Debian's Chromium, toggles every paper stratifier many
 * times and reports click → curves-redrawn latency (p50/p95) on the simulated cohort (n = 56)
 * and on a synthetic cohort of 100 000 patients. Writes docs/benchmarks-ui.md and ends with
 *   bench:ui n=56 p95=<ms> n=100000 p95=<ms>
 * Usage: npm run bench:ui [-- --skip-build] [-- --rounds 10]   (BENCH_PORT, default 4175)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { syntheticCohortArrow } from './bench-ui/synthetic-cohort';
import { measureToggles, type ToggleStats } from './bench-ui/measure';
import { uiBenchReport } from './bench-ui/report';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startPreview } from './bench-load/preview-server';
import { loadAverage } from './bench-load/machine-load';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 10;
const port = Number(process.env.BENCH_PORT) || 4175;
const before = loadAverage();

if (!args.includes('--skip-build')) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync('dist/data', { recursive: true });
writeFileSync('dist/data/bench-100000.arrow', syntheticCohortArrow(100_000));

const { base, stop } = await startPreview(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results: { n: number; stats: ToggleStats }[] = [];
for (const [n, path] of [
  [56, ''],
  [100_000, '?data=data/bench-100000.arrow'],
] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(base + path);
  await page.waitForSelector(
    `[data-testid="dataset-label"]:has-text("${n.toLocaleString('en-US').replace(/,/g, '')} patients")`,
    { timeout: 180_000 },
  );
  await page.waitForSelector('[data-testid="survival-panel"]', { timeout: 180_000 });
  const stats = await measureToggles(page, rounds);
  results.push({ n, stats });
  console.log(
    `n=${n}: ${stats.clicks} toggles, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms (first pass p95 ${stats.firstPassP95.toFixed(1)} ms)`,
  );
  await page.close();
}
await browser.close();
stop();
writeFileSync(
  'docs/benchmarks-ui.md',
  uiBenchReport(results, rounds, { before, after: loadAverage() }),
);
const p95 = (n: number) => results.find((r) => r.n === n)!.stats.p95.toFixed(1);
console.log(`bench:ui n=56 p95=${p95(56)} n=100000 p95=${p95(100_000)}`);
process.exit(0);
