import { describe, expect, it } from 'vitest';
import {
  adaPath,
  carDetectablePath,
  inCrPath,
  mrdNegativePath,
  normalisePath,
  sustainedPath,
  valueAt,
  type PathStep,
} from '../../../src/lib/frame/covariate-path';

const path = (...s: [number, 0 | 1][]): PathStep[] => s.map(([time, value]) => ({ time, value }));
type Test = { time: number; result: 'neg' | 'pos' | 'ne' };
const t = (...s: [number, Test['result']][]): Test[] =>
  s.map(([time, result]) => ({ time, result }));

describe('currently MRD-negative never looks forward', () => {
  it.each([
    ['no test: never known negative', t(), null, path([0, 0])],
    [
      'negative from the test on, carried forward',
      t([0.5, 'neg'], [3, 'neg']),
      null,
      path([0, 0], [0.5, 1]),
    ],
    [
      'a positive test ends the run',
      t([0.5, 'neg'], [6, 'pos']),
      null,
      path([0, 0], [0.5, 1], [6, 0]),
    ],
    [
      'a result-less test changes nothing',
      t([0.5, 'neg'], [6, 'ne']),
      null,
      path([0, 0], [0.5, 1]),
    ],
    [
      'negative again after a positive test',
      t([1, 'neg'], [3, 'pos'], [6, 'neg']),
      null,
      path([0, 0], [1, 1], [3, 0], [6, 1]),
    ],
    [
      'progression ends negativity; later tests are ignored',
      t([1, 'neg'], [12, 'neg']),
      8,
      path([0, 0], [1, 1], [8, 0]),
    ],
    [
      'of two results on one day the later listed wins',
      t([1, 'neg'], [1, 'pos']),
      null,
      path([0, 0]),
    ],
  ])('%s', (_, tests, pd, expected) => {
    expect(mrdNegativePath(tests, pd)).toEqual(expected);
  });
});

describe('MRD-negative for ≥ X months switches on X months into the current run', () => {
  it.each([
    ['a run longer than X', path([0, 0], [1, 1], [20, 0]), 12, path([0, 0], [13, 1], [20, 0])],
    ['a run shorter than X never switches on', path([0, 0], [1, 1], [10, 0]), 12, path([0, 0])],
    ['an open run', path([0, 0], [1, 1]), 12, path([0, 0], [13, 1])],
    [
      'the clock restarts with a new run',
      path([0, 0], [1, 1], [5, 0], [6, 1]),
      3,
      path([0, 0], [4, 1], [5, 0], [9, 1]),
    ],
  ])('%s', (_, negative, x, expected) => {
    expect(sustainedPath(negative, x)).toEqual(expected);
  });
});

describe('the other covariates', () => {
  it.each([
    [
      'CAR-T detectable from infusion until a sample below the limit',
      carDetectablePath([
        { time: 1, detectable: true },
        { time: 6, detectable: false },
      ]),
      path([0, 1], [6, 0]),
    ],
    [
      'CAR-T detectable again after a later detectable sample',
      carDetectablePath([
        { time: 3, detectable: false },
        { time: 6, detectable: true },
      ]),
      path([0, 1], [3, 0], [6, 1]),
    ],
    [
      'in CR from the first CR until progression',
      inCrPath(
        [
          { time: 1, cr: false },
          { time: 3, cr: true },
        ],
        20,
      ),
      path([0, 0], [3, 1], [20, 0]),
    ],
    ['a CR after progression does not count', inCrPath([{ time: 21, cr: true }], 20), path([0, 0])],
    ['ADA-positive from the first positive test', adaPath(4), path([0, 0], [4, 1])],
    ['never ADA-positive', adaPath(null), path([0, 0])],
  ])('%s', (_, got, expected) => {
    expect(got).toEqual(expected);
  });
});

describe('valueAt and normalisePath', () => {
  it('valueAt gives the value known at t, including a change exactly at t', () => {
    const p = path([0, 0], [3, 1], [6, 0]);
    expect([2.9, 3, 5, 6, 7].map((x) => valueAt(p, x))).toEqual([0, 1, 1, 0, 0]);
  });
  it('normalisePath sorts, clamps negative times to 0 and keeps only changes', () => {
    expect(normalisePath(path([5, 1], [-1, 0], [7, 1], [9, 0]))).toEqual(
      path([0, 0], [5, 1], [9, 0]),
    );
  });
});
