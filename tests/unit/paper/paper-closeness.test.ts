import { describe, expect, it } from 'vitest';
import {
  compareAtMost,
  compareCount,
  compareDirection,
  compareHazardRatio,
  compareMedian,
  compareP,
  compareRho,
  compareSurvival,
} from '../../../src/lib/paper/paper-closeness';
import type { PaperComparison } from '../../../src/lib/paper/paper-row';

// The rules of "close" (paper-closeness.ts, docs/methods.md), at and around their edges.
describe('the rules of close', () => {
  it.each<[string, PaperComparison, boolean]>([
    ['equal counts', compareCount('n', 28, 28), true],
    ['counts one apart', compareCount('n', 43, 41), false],
    ['a median 9 % off', compareMedian('m', 30, 32.7), true],
    ['a median 11 % off', compareMedian('m', 30, 33.3), false],
    ['not reached on both sides', compareMedian('m', null, null), true],
    ['not reached in the paper, reached in the data', compareMedian('m', null, 40), false],
    ['reached in the paper, not reached in the data', compareMedian('m', 36.5, null), false],
    ['survival 4.9 points off', compareSurvival('s', 0.7, 0.651), true],
    ['survival 5.1 points off', compareSurvival('s', 0.7, 0.649), false],
    ['a hazard ratio within 25 % on the log scale', compareHazardRatio('hr', 2.752, 2.422), true],
    ['a hazard ratio beyond 25 % on the log scale', compareHazardRatio('hr', 0.914, 0.746), false],
    ['no hazard ratio in the data', compareHazardRatio('hr', 2, null), false],
    [
      'a significant p against a significant claim',
      compareP('p', 'p = 0.017', 0.017, true, 0.002),
      true,
    ],
    [
      'p = 0.05 counts as significant (p ≤ 0.05)',
      compareP('p', 'p < 0.05', 0.05, true, 0.05),
      true,
    ],
    [
      'p = 0.051 against a significant claim',
      compareP('p', 'p = 0.042', 0.042, true, 0.051),
      false,
    ],
    ['a large p against "not significant"', compareP('p', 'n.s.', null, false, 0.3), true],
    ['no p in the data', compareP('p', 'n.s.', null, false, null), false],
    ['a correlation 0.09 off', compareRho('r', 0.708, 0.618), true],
    ['a correlation 0.11 off', compareRho('r', 0.708, 0.598), false],
    ['a count within the bound', compareAtMost('n', 10, 10), true],
    ['a count over the bound', compareAtMost('n', 10, 11), false],
    ['the same direction', compareDirection('d', 'higher', 3), true],
    ['the opposite direction', compareDirection('d', 'higher', -3), false],
    ['no direction (equal)', compareDirection('d', 'higher', 0), false],
  ])('%s', (_what, comparison, close) => {
    expect(comparison.close).toBe(close);
  });
});
