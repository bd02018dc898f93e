/**
 * Load-time benchmark: `npx tsx scripts/bench/load-time.ts [runs]`.
 *
 * Times loadDataset (decode + validate + reconcile + derive, what the worker does when a file is
 * chosen) and, separately, decodeTable alone, on the committed demo cohort and on synthetic
 * cohorts of 10,000 and 100,000 patients (scripts/bench-ui/synthetic-cohort.ts, seed 1).
 * Each figure is the median of `runs` (default 5) timed runs after one untimed warm-up run.
 * Prints a Markdown table; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { decodeTable } from '../../src/lib/data/decode';
import { loadDataset } from '../../src/lib/data/load-dataset';
import { syntheticCohortArrow } from '../bench-ui/synthetic-cohort';

/** Median milliseconds of `runs` calls of f, after one warm-up call. */
function medianMs(runs: number, f: () => void): number {
  f();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  return runs % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

const runs = Number(process.argv[2] ?? 5);
// Made one at a time, so the small cohorts are not timed next to a large heap.
const cohorts: [string, string, () => Uint8Array][] = [
  [
    'demo cohort',
    'demo-cohort.arrow',
    () => new Uint8Array(readFileSync('public/data/demo-cohort.arrow')),
  ],
  ['synthetic 10,000', 'bench-10000.arrow', () => syntheticCohortArrow(10_000)],
  ['synthetic 100,000', 'bench-100000.arrow', () => syntheticCohortArrow(100_000)],
];

const lines = [
  `| cohort | patients | file size | decodeTable (ms) | loadDataset (ms) |`,
  `| --- | ---: | ---: | ---: | ---: |`,
];
for (const [label, fileName, make] of cohorts) {
  const bytes = make();
  const res = loadDataset(bytes, fileName);
  if (!res.ok) throw new Error(`${label}: ${res.report.errors.map((e) => e.message).join('; ')}`);
  const decode = medianMs(runs, () => void decodeTable(bytes, fileName));
  const load = medianMs(runs, () => void loadDataset(bytes, fileName));
  const mb = (bytes.length / 2 ** 20).toFixed(2);
  lines.push(
    `| ${label} | ${res.dataset.n.toLocaleString('en-US')} | ${mb} MB | ${decode.toFixed(1)} | ${load.toFixed(1)} |`,
  );
}
console.log(`Median of ${runs} runs after one warm-up; Node ${process.version}.\n`);
console.log(lines.join('\n'));
