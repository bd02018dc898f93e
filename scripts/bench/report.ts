import type { Timings } from './time-node';
import type { RTimings } from './time-r';

export interface BenchRow {
  n: number;
  events: number;
  node: Timings;
  r: RTimings | null;
}

export interface BenchContext {
  date: string;
  machine: string;
  node: string;
  loadAverage: number[];
  peakMB: number;
}

const s = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number | undefined) => (b === undefined ? 'NA' : (a / b).toFixed(3));

/** Largest relative difference between two vectors (agreement with R, not a timing). */
export function maxRelDiff(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]) / Math.max(Math.abs(b[i]), 1e-300)));
}

/** The KM + log-rank and Cox time ratios (Node / R) of one row, as strings ('NA' without R). */
export function ratios(row: BenchRow): { kmLogRank: string; cox: string } {
  const r = row.r;
  return {
    kmLogRank: ratio(row.node.km + row.node.logRank, r ? r.km + r.logRank : undefined),
    cox: ratio(row.node.cox, r?.cox),
  };
}

/** docs/benchmarks.md: the table of figures, machine, versions and date. */
export function benchReport(rows: BenchRow[], ctx: BenchContext): string {
  const r = rows.find((row) => row.r)?.r;
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${ctx.date}; do not edit by hand.`,
    '',
    'Data: exponential event times, hazard 0.1·exp(0.3·group + x′β) with β = (0.2, −0.1, 0.1, 0, 0.05),',
    'independent exponential censoring (about 30 % censored), 2 groups, 5 normal covariates,',
    'continuous times (so nearly every row is its own step). The same data go to R as CSV;',
    'R times only the model calls with `system.time()` (reading the CSV is not timed).',
    '',
    'Calls timed, Node (this engine) vs R:',
    '',
    '- KM: one `kaplanMeier` per group (split included) vs `survfit(Surv(time, event) ~ group)`',
    '- log-rank: `logRank(time, event, group)` vs `survdiff(Surv(time, event) ~ group)`',
    '- Cox: `coxph({ …, ties: "efron" })`, 5 covariates vs `coxph(Surv(time, event) ~ x1 + … + x5, ties = "efron")`',
    '',
    'Wall-clock seconds, best of 3 runs for n < 10^6 and a single run at 10^6, both sides.',
    '',
    '| n | events | KM Node | KM R | log-rank Node | log-rank R | (KM + log-rank) / R | Cox Node | Cox R | Cox / R | Cox coef vs R (max rel. diff) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => {
      const q = ratios(row);
      const rr = row.r;
      const agree = rr ? maxRelDiff(row.node.coef, rr.coef).toExponential(1) : 'NA';
      return `| ${row.n.toLocaleString('en')} | ${row.events.toLocaleString('en')} | ${s(row.node.km)} | ${rr ? s(rr.km) : 'NA'} | ${s(row.node.logRank)} | ${rr ? s(rr.logRank) : 'NA'} | ${q.kmLogRank} | ${s(row.node.cox)} | ${rr ? s(rr.cox) : 'NA'} | ${q.cox} | ${agree} |`;
    }),
    '',
    'Targets at n = 10^6: (KM + log-rank) ≤ 0.3 × R, Cox ≤ 0.5 × R, peak memory < 500 MB.',
    '',
    `Peak resident memory of the Node process (process.resourceUsage().maxRSS, whole run): ${ctx.peakMB} MB.`,
    '',
    '## Machine',
    '',
    `- ${ctx.machine}`,
    `- Node ${ctx.node}; R ${r ? r.r : 'not available'}; survival ${r ? r.survival : 'NA'}`,
    `- load average at start (1, 5, 15 min): ${ctx.loadAverage.map((x) => x.toFixed(2)).join(', ')}`,
    '',
  ];
  return lines.join('\n');
}
