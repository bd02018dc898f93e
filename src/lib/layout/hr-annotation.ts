import type { HazardRatios, HazardRow } from '../engine/types';
import { formatRatio } from './format';
import { textWidth, wrapText } from './text-width';
import { truncateLabel } from './truncate-label';
import type { TextMark } from './km-figure';

/** More comparisons than this and the plot says where the hazard ratios are instead. */
export const MAX_HR_LINES = 4;
/** What a plot too short for its hazard ratio lines says instead. */
export const SEE_TABLE = 'HR (Cox): see the numbers table';
/** Group names in the annotation are cut to this many characters. */
const NAME_CHARS = 28;

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);
const name = (label: string) => truncateLabel(label, NAME_CHARS);

function ratio(h: HazardRow | null | undefined, ci: string): string {
  if (!h || !known(h.hr)) return 'not estimable';
  const interval =
    known(h.lower) && known(h.upper)
      ? ` (${ci}${formatRatio(h.lower)}–${formatRatio(h.upper)})`
      : '';
  return `${formatRatio(h.hr)}${interval}`;
}

/**
 * The hazard ratio annotation of a Kaplan–Meier plot, as survminer users expect beside the
 * log-rank p, from the engine's `hazards` answer (Cox, Efron ties; Firth-penalised where the
 * ordinary fit has no finite answer). `labels` are the groups' names as drawn, the reference
 * first. Two groups: one line naming the reference; three to five: a heading and one line per
 * group; more: where to find them. No line while the hazard ratios are computing.
 * @example hrAnnotation(['Not refractory', 'Refractory'], hazards) // ['HR 2.42 (95% CI 1.08–5.44) vs Not refractory, Cox']
 */
export function hrAnnotation(labels: readonly string[], hazards: HazardRatios | null): string[] {
  if (!hazards || labels.length < 2) return [];
  const ref = name(labels[0]);
  if (labels.length === 2) {
    const h = hazards.ratios[1];
    return [`HR ${ratio(h, '95% CI ')} vs ${ref}, ${h?.method === 'firth' ? 'Firth' : 'Cox'}`];
  }
  if (labels.length - 1 > MAX_HR_LINES)
    return [`HR vs ${ref}: see the numbers table (${labels.length - 1} comparisons)`];
  return [
    `HR (95% CI) vs ${ref}, Cox:`,
    ...labels.slice(1).map((label, k) => {
      const h = hazards.ratios[k + 1];
      return `${name(label)}: ${ratio(h, '')}${h?.method === 'firth' ? ', Firth' : ''}`;
    }),
  ];
}

/**
 * The annotation's lines placed in the plot's lower left corner, the last one `above` units over
 * the plot's bottom (room for the test line under them), `font + 3` units apart; a line wider than
 * the plot is broken before "vs", then wrapped at its spaces (a narrow single-column figure), a word
 * still too long cut "…". Lines that would cover more than half the plot's height give way to
 * one line saying where the hazard ratios are.
 * @example placeHrLines(['HR 2.42 …'], { x: 52, y: 40, width: 600, height: 320 }, 12, 24)[0].y // 336
 */
export function placeHrLines(
  lines: readonly string[],
  plot: { x: number; y: number; width: number; height: number },
  font: number,
  above: number,
): TextMark[] {
  const line = font + 3;
  const room = Math.max(40, plot.width - 16);
  const fit = (t: string) => {
    if (textWidth(t, font) <= room) return t;
    const chars = Math.max(4, Math.floor(room / textWidth('x', font)) - 1);
    return `${t.slice(0, chars).trimEnd()}…`;
  };
  const bottom = plot.y + plot.height - above;
  // A line too wide breaks before "vs" first (the number, then what it compares), then at spaces.
  const parts = (t: string) =>
    textWidth(t, font) <= room || !t.includes(' vs ') ? [t] : t.split(/ (?=vs )/);
  let wrapped = lines.flatMap((t) => parts(t).flatMap((p) => wrapText(p, room, font).map(fit)));
  // Never over more than half the plot (a short embedded chart): say where the numbers are.
  if (wrapped.length * line > plot.height / 2) wrapped = [fit(SEE_TABLE)];
  return wrapped.map((t, i) => ({
    text: t,
    x: plot.x + 8,
    y: bottom - (wrapped.length - 1 - i) * line,
    anchor: 'start',
  }));
}
