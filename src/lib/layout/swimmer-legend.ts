import { textWidth } from './text-width';

/** What a legend swatch shows: a bar state, a mark, a best-response shade or a risk symbol. */
export type SwimmerSwatch =
  | 'neg'
  | 'pos'
  | 'none'
  | 'test'
  | 'progression'
  | 'death'
  | 'alive'
  | 'response'
  | 'risk-high'
  | 'risk-standard';

export interface SwimmerLegendItem {
  swatch: SwimmerSwatch;
  label: string;
  /** Swatch start; the text starts SWATCH_TEXT px to the right. */
  x: number;
  /** Text baseline. */
  y: number;
  /** Fill of a best-response swatch. */
  fill?: string;
  /** What an abbreviated label stands for (a tooltip). */
  full?: string;
}

/** The colours of the bar states (Okabe–Ito bluish green and vermillion, a light grey). */
export const MRD_STATE_FILL = { neg: '#009E73', pos: '#D55E00', none: '#c9ced6' } as const;

/** Best response, deepest first, as grey shades (darker = deeper response). */
export const RESPONSE_SHADES: readonly {
  label: string;
  full: string;
  values: string[];
  fill: string;
}[] = [
  { label: 'sCR', full: 'Stringent complete response', values: ['sCR'], fill: '#1d2330' },
  { label: 'CR', full: 'Complete response', values: ['CR'], fill: '#4d5566' },
  { label: 'VGPR', full: 'Very good partial response', values: ['VGPR'], fill: '#8a93a3' },
  { label: 'PR', full: 'Partial response', values: ['PR'], fill: '#bcc3ce' },
  {
    label: 'MR, SD, PD or NE',
    full: 'Minimal response, stable disease, progressive disease or not evaluable',
    values: ['MR', 'SD', 'PD', 'NE'],
    fill: '#eef0f4',
  },
];

export const SWATCH_TEXT = 22;
const LINE = 18;

const SECTIONS: readonly Omit<SwimmerLegendItem, 'x' | 'y'>[][] = [
  [
    { swatch: 'neg', label: 'MRD-negative' },
    { swatch: 'pos', label: 'MRD-positive' },
    { swatch: 'none', label: 'Not assessed' },
    { swatch: 'test', label: 'MRD test', full: 'Bone-marrow minimal residual disease test' },
  ],
  [
    { swatch: 'progression', label: 'Progression' },
    { swatch: 'death', label: 'Death' },
    { swatch: 'alive', label: 'Alive at last follow-up' },
  ],
  RESPONSE_SHADES.map((s) => ({ swatch: 'response', label: s.label, fill: s.fill, full: s.full })),
  [
    { swatch: 'risk-high', label: 'High-risk cytogenetics' },
    { swatch: 'risk-standard', label: 'Standard risk (blank: not known)' },
  ],
];
const SECTION_TITLES = ['', '', 'Best response:', ''];

/**
 * The swimmer legend flowed into rows no wider than `width`: bar states and MRD tests, the marks,
 * best response shades (with a lead-in), cytogenetic risk. Each section starts a new row.
 * Returns the items, the lead-in texts and the baseline of the last row.
 * @example swimmerLegend(390, 12, 60).items[0].label // 'MRD-negative'
 */
export function swimmerLegend(
  width: number,
  fontSize: number,
  top: number,
): { items: SwimmerLegendItem[]; leads: { text: string; x: number; y: number }[]; bottom: number } {
  const items: SwimmerLegendItem[] = [];
  const leads: { text: string; x: number; y: number }[] = [];
  let y = top;
  SECTIONS.forEach((section, s) => {
    if (s > 0) y += LINE;
    let x = 0;
    const lead = SECTION_TITLES[s];
    if (lead) {
      leads.push({ text: lead, x: 0, y });
      x = textWidth(lead, fontSize) + 8;
    }
    for (const item of section) {
      const w = SWATCH_TEXT + textWidth(item.label, fontSize) + 14;
      if (x > 0 && x + w - 14 > width) {
        x = 0;
        y += LINE;
      }
      items.push({ ...item, x, y });
      x += w;
    }
  });
  return { items, leads, bottom: y };
}
