import { describe, expect, it } from 'vitest';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { coxInputs } from '../../../src/lib/frame/cox-inputs';
import { dataTable } from '../../../src/lib/data/data-table';

const table = dataTable({
  time: [2, 4, 6, 8, 10, 12, 3, 7],
  event: [1, 1, 1, 1, 0, 0, 1, 0],
  sex: [1, 2, 1, 2, 1, 2, 2, 1],
  age: [50, 61, 72, 45, 66, null, 58, 70],
  arm: ['a', 'b', 'a', 'b', 'a', 'b', 'c', 'c'],
  start: [0, 1, 0, 5, 0, 0, 3, 0],
});

describe('coxInputs', () => {
  it('coxInputs enters a numeric 1/2 column as one term named after it, as R does without factor()', () => {
    const c = coxInputs(new AnalysisFrame(table, false), {
      time: 'time',
      event: 'event',
      covariates: [{ name: 'sex' }],
    });
    expect(c.names).toEqual(['sex']);
    expect(Array.from(c.x[0])).toEqual([1, 2, 1, 2, 1, 2, 2, 1]);
  });

  it('coxInputs makes a factor with --levels and names its dummies as model.matrix', () => {
    const c = coxInputs(new AnalysisFrame(table, false), {
      time: 'time',
      event: 'event',
      covariates: [{ name: 'sex', levels: ['2', '1'] }, { name: 'arm' }],
    });
    expect(c.names).toEqual(['sex1', 'armb', 'armc']);
    expect(c.terms).toEqual([
      { column: 'sex', level: '1' },
      { column: 'arm', level: 'b' },
      { column: 'arm', level: 'c' },
    ]);
  });

  it('coxInputs drops rows with a missing covariate and rows entering at or after their time', () => {
    const c = coxInputs(new AnalysisFrame(table, false), {
      time: 'time',
      event: 'event',
      entry: 'start',
      covariates: [{ name: 'age' }],
    });
    // row 6 (age missing) and row 7 (start 3 = time 3) are dropped
    expect(Array.from(c.time)).toEqual([2, 4, 6, 8, 10, 7]);
    expect(Array.from(c.entry!)).toEqual([0, 1, 0, 5, 0, 0]);
  });

  it('coxInputs refuses a factor with fewer than two levels, as R stops', () => {
    expect(() =>
      coxInputs(new AnalysisFrame(table, false), {
        time: 'time',
        event: 'event',
        covariates: [{ name: 'arm', levels: ['a'] }],
      }),
    ).toThrow("covariate 'arm' has fewer than 2 levels");
  });
});
