/**
 * npm run bench: times Kaplan–Meier, log-rank and Cox on simulated data (n = 10^4, 10^5, 10^6)
 * in Node and, where Rscript exists, the same calls in R on the same data; writes
 * docs/benchmarks.md and ends with one summary line:
 *   bench: n=1000000 km+logrank/R=<ratio> cox/R=<ratio> peakMB=<MB>
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { benchReport, ratios, type BenchRow } from './bench/report';
import { simulateBenchData } from './bench/simulate';
import { timeNode } from './bench/time-node';
import { hasR, timeR } from './bench/time-r';
import { writeBenchCsv } from './bench/write-csv';

const SIZES = [1e4, 1e5, 1e6];
const loadAverage = loadavg();
const withR = hasR();
if (!withR) {
  process.stderr.write(
    'bench: Rscript with survival and jsonlite not found (Debian: r-cran-survival r-cran-jsonlite); timing Node only\n',
  );
}
const dir = mkdtempSync(join(tmpdir(), 'bench-'));
const rows: BenchRow[] = [];
try {
  timeNode(simulateBenchData(1e4, 1), 2); // warm-up: let the JIT compile the engine
  for (const n of SIZES) {
    const repeats = n < 1e6 ? 3 : 1;
    const data = simulateBenchData(n, 20240000 + n);
    const node = timeNode(data, repeats);
    let r = null;
    if (withR) {
      const csv = join(dir, `bench-${n}.csv`);
      writeBenchCsv(data, csv);
      r = timeR(csv, dir, repeats);
      rmSync(csv);
    }
    const events = data.event.reduce((a, b) => a + b, 0);
    rows.push({ n, events, node, r });
    process.stderr.write(`bench: n=${n} done\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
const cpu = cpus();
// Sections written by hand after this marker (e.g. "Arrow path into the engine") are kept.
const KEEP = '<!-- Sections below are written by hand; npm run bench keeps them. -->';
const previous = existsSync('docs/benchmarks.md') ? readFileSync('docs/benchmarks.md', 'utf8') : '';
const kept = previous.includes(KEEP) ? '\n' + previous.slice(previous.indexOf(KEEP)) : '';
writeFileSync(
  'docs/benchmarks.md',
  benchReport(rows, {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${osType()} ${release()}`,
    node: process.version,
    loadAverage,
    peakMB,
  }) + kept,
);
const last = rows[rows.length - 1];
const q = ratios(last);
console.log(`bench: n=${last.n} km+logrank/R=${q.kmLogRank} cox/R=${q.cox} peakMB=${peakMB}`);
