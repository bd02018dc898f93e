import { describe, expect, it } from 'vitest';
import { cumincTimesPhrase, cumincTimeWords } from '../../../src/lib/layout/cuminc-times';

describe('cumincTimeWords and cumincTimesPhrase', () => {
  it.each([
    { months: 12, unit: 'months', words: '12 months' },
    { months: 1, unit: 'months', words: '1 month' },
    { months: 12, unit: 'years', words: '1 year' },
    { months: 24, unit: 'years', words: '2 years' },
    { months: 18, unit: 'years', words: '1.5 years' },
    { months: 6, unit: 'years', words: '0.5 years' },
    { months: 10, unit: 'years', words: '0.83 years' },
  ] as const)('writes $months months as “$words” in $unit', ({ months, unit, words }) => {
    expect(cumincTimeWords(months, unit)).toBe(words);
  });

  it.each([
    { times: [12, 24], unit: 'months', phrase: '12 and 24 months' },
    { times: [12, 24], unit: 'years', phrase: '1 and 2 years' },
    { times: [6, 12, 24], unit: 'years', phrase: '0.5, 1 and 2 years' },
    { times: [12], unit: 'years', phrase: '1 year' },
    { times: [], unit: 'years', phrase: '' },
  ] as const)('names the report times $times as “$phrase” in $unit', ({ times, unit, phrase }) => {
    expect(cumincTimesPhrase(Object.freeze([...times]), unit)).toBe(phrase);
  });
});
