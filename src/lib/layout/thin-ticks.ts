import { textWidth } from './text-width';

/** A labelled axis tick at pixel x. */
export interface PlacedTick {
  value: number;
  x: number;
  label: string;
}

/** Smallest gap (px) kept between two neighbouring tick labels. */
const GAP = 4;

/**
 * The ticks whose labels do not overlap at a font size: the reference tick (`keep`, e.g. HR = 1)
 * first, then the two ends, then the others in order, each kept only if its label clears every
 * label kept so far. A narrow forest plot (a phone, or large text) thus drops "0.1" beside "0.05"
 * rather than printing one over the other.
 * @example thinTicks([{ value: 0.05, x: 0, label: '0.05' }, { value: 0.1, x: 10, label: '0.1' }, { value: 1, x: 80, label: '1' }], 12, 1).map((t) => t.label) // ['0.05', '1']
 */
export function thinTicks(
  ticks: readonly PlacedTick[],
  fontSize: number,
  keep: number,
): PlacedTick[] {
  const order = [
    ...ticks.filter((t) => t.value === keep),
    ...[ticks[0], ticks[ticks.length - 1]].filter((t) => t !== undefined && t.value !== keep),
    ...ticks.slice(1, -1).filter((t) => t.value !== keep),
  ];
  const half = (t: PlacedTick) => textWidth(t.label, fontSize) / 2;
  const kept: PlacedTick[] = [];
  for (const t of order) {
    if (kept.includes(t)) continue;
    if (kept.every((k) => Math.abs(k.x - t.x) >= half(k) + half(t) + GAP)) kept.push(t);
  }
  return kept.sort((a, b) => a.x - b.x);
}
