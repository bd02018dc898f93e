import { describe, expect, it } from 'vitest';
import { abbreviations, GLOSSARY } from '../../../src/lib/layout/abbreviations';

describe('abbreviations', () => {
  it.each([
    ['Median PFS, CR/sCR vs not', ['PFS', 'CR', 'sCR']],
    ['CAR-T persistence ≥ 6 months', ['CAR-T']],
    ['R-ISS and ISS stage', ['R-ISS', 'ISS']],
    ['Cmax, AUC0–28d', ['Cmax', 'AUC']],
    ['PROGRESS, non-CR, IgA', []],
  ])('finds the abbreviations of “%s” as whole words', (text, found) => {
    const parts = abbreviations(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.title).map((p) => p.text)).toEqual(found);
    for (const p of parts) if (p.title) expect(p.title).toBe(GLOSSARY[p.text]);
  });

  it('gives an empty text no parts', () => {
    expect(abbreviations('')).toEqual([]);
  });
});
