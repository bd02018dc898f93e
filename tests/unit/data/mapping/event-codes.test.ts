import { describe, expect, it } from 'vitest';
import { eventCodes } from '../../../../src/lib/data/mapping/event-codes';

const meanings = (values: unknown[]) =>
  Object.fromEntries(eventCodes(values).map((c) => [c.value, [c.means, c.count]]));

describe('eventCodes', () => {
  it.each([
    ['0/1', [0, 1, 1], { '0': [0, 1], '1': [1, 2] }],
    ["1/2 as R's Surv reads them", [1, 2, 2], { '1': [0, 1], '2': [1, 2] }],
    ['1s alone as 0/1 (all events)', [1, 1], { '1': [1, 2] }],
    ['yes/no', ['yes', 'no', 'Yes'], { yes: [1, 1], no: [0, 1], Yes: [1, 1] }],
    ['TRUE/FALSE', ['TRUE', 'FALSE'], { TRUE: [1, 1], FALSE: [0, 1] }],
    ['dead/alive', ['dead', 'alive', 'alive'], { dead: [1, 1], alive: [0, 2] }],
    ['French, with accents', ['Décédé', 'vivant'], { Décédé: [1, 1], vivant: [0, 1] }],
    ['lost to follow-up as censored', ['Lost to follow-up'], { 'Lost to follow-up': [0, 1] }],
    ['an unknown word for the user', ['relapse?', 'x'], { 'relapse?': [1, 1], x: [null, 1] }],
    ['a 3 in a 0/1 column for the user', [0, 1, 3], { '0': [0, 1], '1': [1, 1], '3': [null, 1] }],
  ])('reads %s', (_, values, expected) => {
    expect(meanings(values)).toEqual(expected);
  });

  it('counts neither empty cells nor the missing-value tokens', () => {
    expect(meanings(['', null, 'NA', '.', NaN, 'dead'])).toEqual({ dead: [1, 1] });
  });

  it('shows "na" as a value to decide on: it is not a missing-value token', () => {
    expect(meanings(['na'])).toEqual({ na: [null, 1] });
  });
});
