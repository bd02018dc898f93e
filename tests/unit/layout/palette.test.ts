import { describe, expect, it } from 'vitest';
import { GROUP_COLORS, GROUP_DASHES, groupStyle } from '../../../src/lib/layout/palette';

// The eight Okabe–Ito colours (Wong 2011, Nature Methods 8:441).
const OKABE_ITO = [
  '#000000',
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
];

describe('palette', () => {
  it('uses exactly the eight Okabe–Ito colours, yellow last', () => {
    expect([...GROUP_COLORS].sort()).toEqual([...OKABE_ITO].sort());
    expect(GROUP_COLORS[7]).toBe('#F0E442');
  });

  it('gives eight distinct dash patterns, the first solid', () => {
    expect(new Set(GROUP_DASHES).size).toBe(8);
    expect(GROUP_DASHES[0]).toBe('');
  });

  it.each([0, 1, 7])('styles group %i with its own colour and dash', (i) => {
    expect(groupStyle(i)).toEqual({ color: GROUP_COLORS[i], dash: GROUP_DASHES[i] });
  });

  it('keeps colour–dash pairs distinct beyond eight groups', () => {
    const pairs = Array.from({ length: 64 }, (_, i) => JSON.stringify(groupStyle(i)));
    expect(new Set(pairs).size).toBe(64);
  });

  it.each([-1, 2.7])('treats an index of %s as a whole non-negative group number', (i) => {
    expect(groupStyle(i)).toEqual(groupStyle(Math.max(0, Math.floor(i))));
  });
});
