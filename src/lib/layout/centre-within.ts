import { textWidth } from './text-width';

/**
 * Where to centre a line of text meant to sit at `x` so that it stays inside [0, width]: moved
 * inwards when its half-width would cross an edge, the figure's middle when it is wider than the
 * figure. Keeps a long axis title (e.g. "Years since the landmark (month 6 after infusion)" in
 * large text on a phone) inside the exported SVG.
 * @example centreWithin('Months', 300, 320, 12) // 300
 */
export function centreWithin(text: string, x: number, width: number, fontSize: number): number {
  const half = textWidth(text, fontSize) / 2;
  if (2 * half + 4 >= width) return width / 2;
  return Math.min(Math.max(x, half + 2), width - half - 2);
}
