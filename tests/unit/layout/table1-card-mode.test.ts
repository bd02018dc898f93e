import { describe, expect, it } from 'vitest';
import { table1CardMode } from '../../../src/lib/layout/table1-card-mode';

describe('table1CardMode', () => {
  it.each([
    [370, 2, true],
    [780, 2, true],
    [1040, 2, false],
    [1060, 4, false],
    [1000, 4, true],
    [700, 0, false],
  ])('at %i px with %i groups shows cards: %s', (width, groups, cards) => {
    expect(table1CardMode(width, groups)).toBe(cards);
  });

  it('needs more width for every group added', () => {
    const widest = (groups: number) => {
      let w = 200;
      while (table1CardMode(w, groups)) w++;
      return w;
    };
    expect(widest(3)).toBeGreaterThan(widest(2));
    expect(widest(4)).toBeGreaterThan(widest(3));
  });
});
