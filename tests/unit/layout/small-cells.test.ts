import { describe, expect, it } from 'vitest';
import {
  csvCount,
  isSmallGroup,
  isSuppressed,
  smallGroupNote,
  suppressCount,
} from '../../../src/lib/layout/small-cells';
import { legendCounts } from '../../../src/lib/layout/small-cell-legend';

const ON = { minCell: 5, suppress: true };
const OFF = { minCell: 5, suppress: false };

describe('suppressCount', () => {
  it.each([
    { n: 0, cells: ON, text: '0' },
    { n: 1, cells: ON, text: '<5' },
    { n: 4, cells: ON, text: '<5' },
    { n: 5, cells: ON, text: '5' },
    { n: 56, cells: ON, text: '56' },
    { n: 3, cells: OFF, text: '3' },
    { n: 9, cells: { minCell: 10, suppress: true }, text: '<10' },
    { n: 1, cells: { minCell: 1, suppress: true }, text: '1' },
    { n: 1, cells: { minCell: 2, suppress: true }, text: '<2' },
  ])('suppressCount shows $n as "$text" with k = $cells.minCell', ({ n, cells, text }) => {
    expect(suppressCount(n, cells)).toBe(text);
    expect(isSuppressed(n, cells)).toBe(text.startsWith('<'));
  });
});

describe('isSmallGroup and smallGroupNote', () => {
  it.each([
    { n: 3, cells: OFF, note: 'n = 3 — small group (< 5): estimates unstable' },
    { n: 3, cells: ON, note: 'n < 5 — small group: estimates unstable' },
    { n: 4, cells: OFF, note: 'n = 4 — small group (< 5): estimates unstable' },
    { n: 5, cells: OFF, note: null },
    { n: 5, cells: ON, note: null },
    {
      n: 9,
      cells: { minCell: 10, suppress: false },
      note: 'n = 9 — small group (< 10): estimates unstable',
    },
  ])('flags a group of $n with k = $cells.minCell as "$note"', ({ n, cells, note }) => {
    expect(isSmallGroup(n, cells.minCell)).toBe(note !== null);
    expect(smallGroupNote(n, cells)).toBe(note);
  });
});

describe('csvCount', () => {
  it.each([
    { n: null, cells: ON, out: null },
    { n: 0, cells: ON, out: 0 },
    { n: 2, cells: ON, out: '<5' },
    { n: 2, cells: OFF, out: 2 },
    { n: 12, cells: ON, out: 12 },
  ])('writes $n as $out in a CSV', ({ n, cells, out }) => {
    expect(csvCount(n, cells)).toBe(out);
  });
});

describe('legendCounts', () => {
  it.each([
    {
      c: { label: 'All', n: 56, events: 33 },
      cells: ON,
      width: 700,
      text: 'All (n = 56, 33 events)',
      small: false,
    },
    {
      c: { label: 'A', n: 20, events: 1 },
      cells: OFF,
      width: 700,
      text: 'A (n = 20, 1 event)',
      small: false,
    },
    {
      c: { label: 'A', n: 20, events: 1 },
      cells: ON,
      width: 700,
      text: 'A (n = 20, <5 events)',
      small: false,
    },
    {
      c: { label: 'ECOG 0', n: 3, events: 2 },
      cells: OFF,
      width: 700,
      text: 'ECOG 0 (n = 3 — small group (< 5): estimates unstable; 2 events)',
      small: true,
    },
    {
      c: { label: 'ECOG 0', n: 3, events: 2 },
      cells: OFF,
      width: 200,
      text: 'ECOG 0 (n = 3, small group; 2 events)',
      small: true,
    },
    {
      c: { label: 'ECOG 0', n: 3, events: 0 },
      cells: ON,
      width: 200,
      text: 'ECOG 0 (n < 5, small group; 0 events)',
      small: true,
    },
  ])(
    'writes the legend of $c.label (n $c.n) in $width px as "$text"',
    ({ c, cells, width, text, small }) => {
      const out = legendCounts(c, cells, width);
      expect(out.text).toBe(text);
      expect(out.small !== null).toBe(small);
    },
  );
});
