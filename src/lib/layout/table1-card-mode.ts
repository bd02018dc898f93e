/** Width of Table 1's label column, of each value column, and of the p / test / missing columns. */
const LABEL = 220;
const VALUE = 125;
const TESTS = 200;

/**
 * Whether Table 1 is shown as one card per characteristic instead of a table: when the width
 * available is less than its columns need (the characteristic, Overall, each group, p, test,
 * missing), so nothing ever scrolls sideways — a phone, or an iframe with four groups.
 * @example table1CardMode(390, 2) // true
 */
export function table1CardMode(width: number, groups: number): boolean {
  return width < LABEL + VALUE * (1 + groups) + (groups > 1 ? TESTS : 60);
}
