import type { MrdState, SwimmerSegment, SwimmerTest } from '../swimmer-types';

const STATE: Record<SwimmerTest['result'], MrdState> = { neg: 'neg', pos: 'pos', ne: 'none' };

/**
 * One patient's MRD status over follow-up as segments (the swimmer bar), from 0 to `end`
 * (months): "not assessed" before the first test; from each test to the next, the earlier test's
 * result (a test without a result, 'ne', gives "not assessed"); from the last test to the end of
 * follow-up, "not assessed" — no result is carried beyond the last test. Tests after `end` are
 * ignored (the caller counts them). Adjacent segments of the same state are merged and empty
 * ones dropped, so the segments cover [0, end] without gaps.
 * @example swimmerSegments([{ time: 0.5, result: 'neg' }, { time: 6, result: 'pos' }], 10)
 *   // [{ 0–0.5 none }, { 0.5–6 neg }, { 6–10 none }]
 */
export function swimmerSegments(tests: readonly SwimmerTest[], end: number): SwimmerSegment[] {
  const inside = tests.filter((t) => t.time >= 0 && t.time <= end);
  const raw: SwimmerSegment[] = [];
  let from = 0;
  let state: MrdState = 'none';
  for (const t of inside) {
    raw.push({ start: from, end: t.time, state });
    from = t.time;
    state = STATE[t.result];
  }
  // After the last test nothing is known: not assessed up to the end of follow-up.
  raw.push({ start: from, end, state: 'none' });
  const out: SwimmerSegment[] = [];
  for (const s of raw) {
    if (s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last && last.state === s.state && last.end === s.start) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}
