/**
 * Small cells: how the explorer treats groups and counts under a minimum size k (default 5).
 * A group with n < k is flagged (its estimates are unstable); with suppression on, every count
 * from 1 to k − 1 — a group's n, events, the number at risk, censored — is shown as "<k", as
 * statistical disclosure rules for published tables do (0 stays 0: it identifies no one).
 */
export interface SmallCells {
  /** The smallest group size shown without a flag (k ≥ 1). */
  minCell: number;
  /** Replace counts 1 … k − 1 with "<k" (for public embeds). */
  suppress: boolean;
}

export const DEFAULT_MIN_CELL = 5;
/** The largest k the URL and the setting accept. */
export const MAX_MIN_CELL = 50;

/** No flag and nothing suppressed: what a chart shows when it is given no setting. */
export const NO_SMALL_CELLS: Readonly<SmallCells> = Object.freeze({ minCell: 1, suppress: false });

/**
 * A count as text: "<k" when it is from 1 to k − 1 and suppression is on, else the number.
 * @example suppressCount(3, { minCell: 5, suppress: true }) // '<5'
 */
export function suppressCount(n: number, cells: SmallCells): string {
  return isSuppressed(n, cells) ? `<${cells.minCell}` : String(n);
}

/** Whether a count is hidden: suppression on and 1 ≤ n < k. @example isSuppressed(0, { minCell: 5, suppress: true }) // false */
export function isSuppressed(n: number, cells: SmallCells): boolean {
  return cells.suppress && n >= 1 && n < cells.minCell;
}

/** Whether a group of n patients is flagged as small (n < k). @example isSmallGroup(3, 5) // true */
export function isSmallGroup(n: number, minCell: number): boolean {
  return n < minCell;
}

/**
 * The flag of a small group in plain words, or null when the group is not small: "n = 3 — small
 * group (< 5): estimates unstable", or "n < 5 — small group: estimates unstable" when suppressed.
 * @example smallGroupNote(3, { minCell: 5, suppress: false }) // 'n = 3 — small group (< 5): estimates unstable'
 */
export function smallGroupNote(n: number, cells: SmallCells): string | null {
  if (!isSmallGroup(n, cells.minCell)) return null;
  return isSuppressed(n, cells)
    ? `n ${suppressCount(n, cells).replace('<', '< ')} — small group: estimates unstable`
    : `n = ${n} — small group (< ${cells.minCell}): estimates unstable`;
}

/** The tooltip of a small-group flag: why a group under k patients is flagged. */
export function smallGroupTooltip(minCell: number): string {
  return `Fewer than ${minCell} patients: one event more or less moves the curve, its median and any hazard ratio a long way, so these estimates are unstable.`;
}

/**
 * The value of a CSV cell holding a count: the number, or "<k" when suppressed.
 * @example csvCount(2, { minCell: 5, suppress: true }) // '<5'
 */
export function csvCount(n: number | null, cells: SmallCells): number | string | null {
  return n !== null && isSuppressed(n, cells) ? suppressCount(n, cells) : n;
}

/**
 * A forest row's flag when the smallest group its term compares has fewer than k patients, or
 * null: "smallest group n = 3 (< 5): hazard ratio unstable" ("n < 5" when suppressed).
 * @example forestSmallFlag(3, { minCell: 5, suppress: false }) // 'smallest group n = 3 (< 5): hazard ratio unstable'
 */
export function forestSmallFlag(
  smallest: number | null | undefined,
  cells: SmallCells,
): string | null {
  if (smallest == null || !isSmallGroup(smallest, cells.minCell)) return null;
  return isSuppressed(smallest, cells)
    ? `smallest group n < ${cells.minCell}: hazard ratio unstable`
    : `smallest group n = ${smallest} (< ${cells.minCell}): hazard ratio unstable`;
}
