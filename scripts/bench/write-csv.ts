import { closeSync, openSync, writeSync } from 'node:fs';
import type { BenchData } from './simulate';

/**
 * Writes the benchmark data as CSV (time,event,group,x1..x5) in 10 000-row chunks, so the
 * file is never held in memory as one string. Numbers are written in their shortest exact form.
 */
export function writeBenchCsv(data: BenchData, path: string): void {
  const fd = openSync(path, 'w');
  try {
    const header = ['time', 'event', 'group', ...data.x.map((_, k) => `x${k + 1}`)];
    writeSync(fd, header.join(',') + '\n');
    const chunk = 10_000;
    for (let start = 0; start < data.n; start += chunk) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(start + chunk, data.n); i++) {
        let line = `${data.time[i]},${data.event[i]},${data.group[i]}`;
        for (const col of data.x) line += `,${col[i]}`;
        lines.push(line);
      }
      writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    closeSync(fd);
  }
}
