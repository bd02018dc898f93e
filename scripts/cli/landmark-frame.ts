import { dataTable } from '../../src/lib/data/data-table';
import { AnalysisFrame } from '../../src/lib/frame/analysis-frame';

/**
 * The analysis frame of a landmark analysis (Anderson, Cain & Gelber 1983), as the explorer's
 * landmark view and R's subset(d, time > L) with time − L: only the rows whose time is beyond the
 * landmark, every column kept, the time column counted from the landmark. Factors of the new
 * frame have the levels of the rows kept, as R's factor() of a subset's text column. The event
 * column keeps the coding read from the whole column (a 1/2 status stays 1/2 even if no 2 is
 * left beyond the landmark, where R's Surv() on the subset would read it as 0/1).
 *
 * @example landmarkFrame(frame, 'pfs_months', 'pfs_event', 6).numeric('pfs_months') // times − 6, all > 0
 */
export function landmarkFrame(
  frame: AnalysisFrame,
  time: string,
  event: string,
  landmark: number,
): AnalysisFrame {
  const t = frame.numeric(time);
  // A registry coding reads value by value; Surv()'s rule (0/1 or 1/2) reads the whole column.
  const e = frame.spec(event)?.eventValues ? null : frame.event(event);
  const rows: number[] = [];
  for (let i = 0; i < frame.n; i++) if (t[i] > landmark) rows.push(i);
  const columns = frame.columnNames().map((name) => {
    if (name === time) return [name, Float64Array.from(rows, (r) => t[r] - landmark)] as const;
    if (e && name === event) return [name, Float64Array.from(rows, (r) => e[r])] as const;
    const values = frame.raw(name);
    return [name, Array.from(rows, (r) => values[r])] as const;
  });
  return new AnalysisFrame(dataTable(Object.fromEntries(columns)), frame.registry);
}
