import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../../../src/lib/data/mapping/normalize-header';
import { headerSimilarity } from '../../../../src/lib/data/mapping/header-similarity';

describe('normalizeHeader', () => {
  it.each([
    ['PFS (months)', 'pfs', 'months'],
    ['pfs_month', 'pfs', 'months'],
    ['PFS_MO', 'pfs', 'months'],
    ['OS_days', 'os', 'days'],
    ['osDays', 'os', 'days'],
    ['Überleben (Monate)', 'uberleben', 'months'],
    ['Survie globale (jours)', 'survie globale', 'days'],
    ['Follow-up, yrs', 'follow up', 'years'],
    ['Time to response [wk]', 'time to response', 'weeks'],
    ['Sex', 'sex', null],
    ['M', 'm', null],
    ['Days', 'days', null],
    ['  patient  ID ', 'patient id', null],
  ])('reads %j as the words %j and the unit %j', (header, words, unit) => {
    expect(normalizeHeader(header)).toEqual({ words, unit });
  });
});

describe('headerSimilarity (Dice coefficient of letter pairs)', () => {
  it.each([
    ['pfs', 'pfs', 1],
    ['abc', 'xyz', 0],
    ['', '', 0],
    ['night', 'nacht', 0.25],
  ])('of %j and %j is %d', (a, b, d) => {
    expect(headerSimilarity(a, b)).toBeCloseTo(d, 12);
  });

  it('ignores spaces and is symmetric', () => {
    expect(headerSimilarity('t first cr', 'tfirstcr')).toBe(1);
    expect(headerSimilarity('progression', 'progress')).toBe(
      headerSimilarity('progress', 'progression'),
    );
  });
});
