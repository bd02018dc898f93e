import type { KmCurveInput, KmScales, Segment } from './types';

export interface MedianGuide {
  label: string;
  median: number;
  /** From the survival axis at 50 % across to the curve. */
  horizontal: Segment;
  /** From the curve at 50 % down to the time axis. */
  vertical: Segment;
}

/**
 * Dashed median guides of Kaplan–Meier curves (survminer `surv.median.line = "hv"`): for each
 * curve whose median is reached, a segment at 50 % from time 0 to the median and a segment from
 * there down to 0 %. Curves with median not reached (null) get no guide.
 *
 * @example
 * medianGuides([fitA, fitB], scales); // [{ label: 'A', median: 12.3, horizontal, vertical }]
 */
export function medianGuides(
  curves: readonly Pick<KmCurveInput, 'label' | 'median'>[],
  scales: Pick<KmScales, 'x' | 'y'>,
): MedianGuide[] {
  const y50 = scales.y(0.5);
  const y0 = scales.y(0);
  const x0 = scales.x(0);
  const guides: MedianGuide[] = [];
  for (const c of curves) {
    if (c.median === null || !Number.isFinite(c.median)) continue;
    const xm = scales.x(c.median);
    guides.push({
      label: c.label,
      median: c.median,
      horizontal: { x1: x0, y1: y50, x2: xm, y2: y50 },
      vertical: { x1: xm, y1: y50, x2: xm, y2: y0 },
    });
  }
  return guides;
}
