/** The abbreviations of the field the explorer prints, spelled out for tooltips. */
export const GLOSSARY: Readonly<Record<string, string>> = {
  ADA: 'anti-drug antibodies',
  ALC: 'absolute lymphocyte count',
  ASCT: 'autologous stem-cell transplantation',
  AUC: 'area under the curve of CAR transgene copies in blood',
  BCMA: 'B-cell maturation antigen',
  BM: 'bone marrow',
  'CAR-T': 'chimeric antigen receptor T cells',
  CI: 'confidence interval',
  Cmax: 'peak CAR transgene copies in blood',
  CR: 'complete response',
  CRS: 'cytokine release syndrome',
  DOR: 'duration of response',
  ECOG: 'Eastern Cooperative Oncology Group performance status',
  EMD: 'extramedullary disease',
  FISH: 'fluorescence in situ hybridisation',
  HR: 'hazard ratio (Cox model)',
  IMiD: 'immunomodulatory drug',
  IQR: 'interquartile range (25th to 75th percentile)',
  ISS: 'International Staging System',
  MRD: 'minimal residual disease',
  NR: 'not reached',
  ORR: 'overall response rate (partial response or better)',
  OS: 'overall survival',
  PCL: 'plasma-cell leukaemia',
  PFS: 'progression-free survival',
  PI: 'proteasome inhibitor',
  PR: 'partial response',
  'R-ISS': 'Revised International Staging System',
  sBCMA: 'soluble B-cell maturation antigen',
  sCR: 'stringent complete response',
  Tmax: 'day of peak CAR transgene copies',
  VGPR: 'very good partial response',
};

const PATTERN = new RegExp(
  `(?<![\\w-])(${Object.keys(GLOSSARY)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[-]/g, '\\-'))
    .join('|')})(?![A-Za-z-])`,
  'g',
);

/** A piece of text, with the spelled-out form when it is an abbreviation. */
export interface TextPart {
  text: string;
  title?: string;
}

/**
 * Splits a text into plain parts and known abbreviations (whole words only), so a component can
 * give each abbreviation a tooltip.
 * @example abbreviations('Median PFS').map((p) => p.title ?? null) // [null, 'progression-free survival']
 */
export function abbreviations(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], title: GLOSSARY[m[0]] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
