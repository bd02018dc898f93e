/**
 * One patient's time-dependent covariate z(t) as a step path: the value from each change on
 * (right-continuous: a change at time c holds on (c, next change]). Times in months since infusion.
 * Every rule only uses what was known at t (never looks forward). Pure: no frame, no table.
 */

export interface PathStep {
  time: number;
  value: 0 | 1;
}

/**
 * A path from raw steps: sorted by time (times before 0 count as 0); of several steps at one
 * time the last given wins; 0 from time 0 when no step is there; only changes kept.
 */
export function normalisePath(steps: readonly PathStep[]): PathStep[] {
  const sorted = steps
    .map((s) => ({ time: Math.max(0, s.time), value: s.value }))
    .sort((a, b) => a.time - b.time);
  const last: PathStep[] = [];
  for (const s of sorted) {
    if (last.length > 0 && last[last.length - 1].time === s.time) last[last.length - 1] = s;
    else last.push(s);
  }
  if (last.length === 0 || last[0].time > 0) last.unshift({ time: 0, value: 0 });
  return last.filter((s, i) => i === 0 || s.value !== last[i - 1].value);
}

/**
 * The value of z known at time t: the last step at or before t (0 before any step).
 * @example valueAt([{ time: 0, value: 0 }, { time: 3, value: 1 }], 3) // 1
 */
export function valueAt(path: readonly PathStep[], t: number): 0 | 1 {
  let v: 0 | 1 = 0;
  for (const s of path) {
    if (s.time > t) break;
    v = s.value;
  }
  return v;
}

/**
 * Currently MRD-negative: each test with a result (neg/pos) sets the status until the next one
 * ('ne' changes nothing); 0 before the first test and from progression on (the registry's loss
 * rule: progression ends negativity).
 * @example mrdNegativePath([{ time: 0.5, result: 'neg' }, { time: 6, result: 'pos' }], null)
 *   // [{ 0, 0 }, { 0.5, 1 }, { 6, 0 }]
 */
export function mrdNegativePath(
  tests: readonly { time: number; result: 'neg' | 'pos' | 'ne' }[],
  pdTime: number | null,
): PathStep[] {
  const steps: PathStep[] = [{ time: 0, value: 0 }];
  for (const t of tests) {
    if (t.result === 'ne' || (pdTime !== null && t.time >= pdTime)) continue;
    steps.push({ time: t.time, value: t.result === 'neg' ? 1 : 0 });
  }
  if (pdTime !== null) steps.push({ time: pdTime, value: 0 });
  return normalisePath(steps);
}

/**
 * MRD-negative for ≥ X months so far: 1 from X months after the start of the current negative run
 * of `negative` (a path from mrdNegativePath) until that run ends.
 * @example sustainedPath([{ time: 0, value: 0 }, { time: 1, value: 1 }, { time: 20, value: 0 }], 12)
 *   // [{ 0, 0 }, { 13, 1 }, { 20, 0 }]
 */
export function sustainedPath(negative: readonly PathStep[], months: number): PathStep[] {
  const steps: PathStep[] = [{ time: 0, value: 0 }];
  negative.forEach((s, i) => {
    if (s.value !== 1) return;
    const end = negative[i + 1]?.time ?? Infinity;
    const on = s.time + months;
    if (on < end) {
      steps.push({ time: on, value: 1 });
      if (Number.isFinite(end)) steps.push({ time: end, value: 0 });
    }
  });
  return normalisePath(steps);
}

/**
 * CAR transgene currently detectable: 1 from infusion; each PK sample sets the status
 * (detectable or not) until the next one.
 * @example carDetectablePath([{ time: 3, detectable: true }, { time: 6, detectable: false }])
 *   // [{ 0, 1 }, { 6, 0 }]
 */
export function carDetectablePath(
  samples: readonly { time: number; detectable: boolean }[],
): PathStep[] {
  const steps: PathStep[] = [{ time: 0, value: 1 }];
  for (const s of samples) steps.push({ time: s.time, value: s.detectable ? 1 : 0 });
  return normalisePath(steps);
}

/**
 * In CR: 1 from the first assessment of CR or sCR until progression.
 * @example inCrPath([{ time: 1, cr: false }, { time: 3, cr: true }], 20) // [{ 0, 0 }, { 3, 1 }, { 20, 0 }]
 */
export function inCrPath(
  assessments: readonly { time: number; cr: boolean }[],
  pdTime: number | null,
): PathStep[] {
  const first = assessments.find((a) => a.cr && (pdTime === null || a.time < pdTime));
  const steps: PathStep[] = [{ time: 0, value: 0 }];
  if (first) {
    steps.push({ time: first.time, value: 1 });
    if (pdTime !== null) steps.push({ time: pdTime, value: 0 });
  }
  return normalisePath(steps);
}

/**
 * ADA-positive so far: 1 from the first positive test on.
 * @example adaPath(4.2) // [{ 0, 0 }, { 4.2, 1 }]
 */
export function adaPath(firstPositive: number | null): PathStep[] {
  const steps: PathStep[] = [{ time: 0, value: 0 }];
  if (firstPositive !== null) steps.push({ time: firstPositive, value: 1 });
  return normalisePath(steps);
}
