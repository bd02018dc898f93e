import os from 'node:os';

/** The 1-, 5- and 15-minute load averages, e.g. "1.33, 2.64, 3.56" (other work on the machine). */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}
