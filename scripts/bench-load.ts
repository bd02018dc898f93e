/**
 * Load benchmark: drives the built app in Debian's Chromium and measures, inside the page, from
 * the file's bytes handed to the engine worker to the first Kaplan–Meier curve drawn, for
 * synthetic cohorts of 10 000 and 100 000 patients (median of 5 page loads each); and the p95 of
 * the FIRST toggle of each paper stratifier at n = 100 000 with prefetch off (?prefetch=0).
 * Writes docs/benchmarks-load.md and ends with
 *   bench:load n=10000 ms=<x> n=100000 ms=<y> first100000=<z>
 * Usage: npm run bench:load [-- --skip-build] [-- --runs 5]   (BENCH_PORT, default 4335)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { syntheticCohortArrow } from './bench-ui/synthetic-cohort';
import { paperStratifiers, percentile, toggleMs } from './bench-ui/measure';
import { FIRST_DRAW_WATCH, loadMs, warmLoadMs } from './bench-load/measure-load';
import { loadBenchReport, type LoadRun } from './bench-load/report';
import { startPreview } from './bench-load/preview-server';
import { loadAverage } from './bench-load/machine-load';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const port = Number(process.env.BENCH_PORT) || 4335;
const before = loadAverage();

if (!args.includes('--skip-build')) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync('dist/data', { recursive: true });
const files = new Map<number, Uint8Array>();
for (const n of [56, 10_000, 100_000]) {
  files.set(n, syntheticCohortArrow(n));
  writeFileSync(`dist/data/bench-${n}.arrow`, files.get(n)!);
}
const { base, stop } = await startPreview(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const loads: LoadRun[] = [];
const firstTimes: number[] = [];
// n = 56 (the trial's size): the floor, what a fresh page's first run of the code costs.
for (const n of [56, 10_000, 100_000]) {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.addInitScript(FIRST_DRAW_WATCH);
    times.push(await loadMs(page, `${base}?data=data/bench-${n}.arrow&prefetch=0`, n));
    if (n === 100_000) {
      for (const column of await paperStratifiers(page)) {
        firstTimes.push(await toggleMs(page, column));
      }
    }
    await page.close();
  }
  const median = percentile(times, 50);
  loads.push({ n, runs: times, median });
  console.log(
    `n=${n}: load ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms`,
  );
}
// The same 10,000-patient file chosen in the page once the demo has loaded (code run once).
const warmRuns: number[] = [];
for (let r = 0; r < runs; r++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  warmRuns.push(await warmLoadMs(page, base, 10_000, files.get(10_000)!));
  await page.close();
}
const warm: LoadRun = { n: 10_000, runs: warmRuns, median: percentile(warmRuns, 50) };
console.log(`n=10000 after the demo: ${warmRuns.map((t) => t.toFixed(0)).join(', ')} ms`);
await browser.close();
stop();
const first = { times: firstTimes, p95: percentile(firstTimes, 95) };
console.log(
  `first toggles at n=100000: ${firstTimes.map((t) => t.toFixed(0)).join(', ')} ms; p95 ${first.p95.toFixed(0)} ms`,
);
writeFileSync(
  'docs/benchmarks-load.md',
  loadBenchReport(loads, first, { before, after: loadAverage() }, warm),
);
const ms = (n: number) => loads.find((l) => l.n === n)!.median.toFixed(0);
console.log(
  `bench:load n=10000 ms=${ms(10_000)} n=100000 ms=${ms(100_000)} first100000=${first.p95.toFixed(0)}`,
);
process.exit(0);
