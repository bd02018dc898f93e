import { describe, expect, it } from 'vitest';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { eventIndicator } from '../../../src/lib/frame/event-indicator';
import { dataTable } from '../../../src/lib/data/data-table';

const f64 = (xs: (number | null)[]) => Float64Array.from(xs, (x) => x ?? NaN);

describe('eventIndicator', () => {
  it.each([
    { label: '0/1', cells: [0, 1, null, 1], expected: [0, 1, NaN, 1] },
    {
      label: '1/2 as Surv() reads it (2 = event)',
      cells: [1, 2, 2, null],
      expected: [0, 1, 1, NaN],
    },
    { label: 'all censored 0s', cells: [0, 0], expected: [0, 0] },
  ])('eventIndicator reads $label as R Surv() does', ({ cells, expected }) => {
    expect(Array.from(eventIndicator(f64(cells), 'e'))).toEqual(expected);
  });

  it('eventIndicator rejects a code Surv() cannot read, naming the column', () => {
    expect(() => eventIndicator(f64([0, 3]), 'e')).toThrow(
      "column 'e' must be coded 0/1 or 1/2, found 3",
    );
  });

  it('eventIndicator counts only the given event values as events, everything else as censored', () => {
    expect(Array.from(eventIndicator(f64([0, 1, 2, null]), 's', [1]))).toEqual([0, 1, 0, NaN]);
  });
});

describe('AnalysisFrame.event', () => {
  it('AnalysisFrame reads mrd_neg_end_status by the registry: only 1 (lost negativity) is the event', () => {
    const frame = new AnalysisFrame(dataTable({ mrd_neg_end_status: [0, 1, 2, null] }));
    expect(Array.from(frame.event('mrd_neg_end_status'))).toEqual([0, 1, 0, NaN]);
  });

  it('AnalysisFrame refuses a text event column', () => {
    const frame = new AnalysisFrame(dataTable({ e: [0, 'yes'] }), false);
    expect(() => frame.event('e')).toThrow("column 'e' must be numeric");
  });
});
