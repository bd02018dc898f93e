import os from 'node:os';
import type { ToggleStats } from './measure';

export function uiBenchReport(
  results: { n: number; stats: ToggleStats }[],
  rounds: number,
  load: { before: string; after: string },
): string {
  const rows = results
    .map(
      ({ n, stats: s }) =>
        `| ${n.toLocaleString('en-US')} | ${s.clicks} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.firstPassP95.toFixed(1)} |`,
    )
    .join('\n');
  return `# UI benchmark: stratifier toggle → curves redrawn

Made by \`npm run bench:ui\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} cores,
${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, Debian Chromium, headless).
Load average (1, 5, 15 min) before: ${load.before}; after: ${load.after}. Other work on the
machine slows every figure: compare runs made under a similar load.

Each paper stratifier toggle that draws Kaplan–Meier curves is clicked ${rounds} times round-robin on the PFS view. Latency is
measured inside the page from \`click()\` to the DOM update that shows the new curves, number at
risk and medians (a MutationObserver on the survival panel). Results are cached per request, so
later passes measure the redraw; the first pass includes the worker's computation
(Kaplan–Meier and log-rank; Cox hazard ratios arrive separately and are not part of "curves
redrawn"). The 100 000-patient cohort is synthetic (times in whole days) and made by
\`scripts/bench-ui/synthetic-cohort.ts\`. Post-baseline stratifiers with a time-dependent
counterpart open their fair analysis instead of curves and are not part of this benchmark; the
load and the first toggle without prefetch are in [benchmarks-load.md](benchmarks-load.md).

Targets: p95 ≤ 16 ms at n = 56, ≤ 50 ms at n = 100 000 (issue 12).

| patients | toggles | p50 (ms) | p95 (ms) | max (ms) | first pass p95 (ms) |
|---:|---:|---:|---:|---:|---:|
${rows}
`;
}
