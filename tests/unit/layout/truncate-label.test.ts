import { describe, expect, it } from 'vitest';
import {
  CAP_CHARS,
  LABEL_CHARS,
  capLabel,
  shortLabel,
  truncateLabel,
} from '../../../src/lib/layout/truncate-label';

const FIVE_MB = 'x'.repeat(5_000_000);

describe('truncateLabel', () => {
  it.each([
    { name: 'empty', text: '', shown: '' },
    { name: 'short', text: 'Not triple-refractory', shown: 'Not triple-refractory' },
    { name: 'exactly 40', text: 'a'.repeat(40), shown: 'a'.repeat(40) },
    { name: '41 characters', text: 'a'.repeat(41), shown: `${'a'.repeat(39)}…` },
    {
      name: 'a space before the cut',
      text: `${'a'.repeat(38)} bcdef`,
      shown: `${'a'.repeat(38)}…`,
    },
    { name: 'line breaks', text: 'site\nA', shown: 'site A' },
    {
      name: 'a line break in a long label',
      text: `a\r\n${'b'.repeat(50)}`,
      shown: `a ${'b'.repeat(36)}…`,
    },
    { name: 'emoji (one character each)', text: '😀'.repeat(40), shown: '😀'.repeat(40) },
    { name: 'emoji cut whole, never half', text: '😀'.repeat(41), shown: `${'😀'.repeat(39)}…` },
  ])('$name is drawn as expected', ({ text, shown }) => {
    expect(truncateLabel(text)).toBe(shown);
  });

  it('a 5 MB label is drawn in 40 characters, quickly', () => {
    const start = performance.now();
    const shown = truncateLabel(FIVE_MB);
    expect(shown).toHaveLength(LABEL_CHARS);
    expect(shown.endsWith('…')).toBe(true);
    expect(performance.now() - start).toBeLessThan(50);
  });

  it.each([
    [10, 'abcdefghijklmnop', 'abcdefghi…'],
    [3, 'abcd', 'ab…'],
    [1, 'abcd', '…'],
  ])('with max %i, "%s" is "%s"', (max, text, shown) => {
    expect(truncateLabel(text, max)).toBe(shown);
  });
});

describe('capLabel', () => {
  it.each([
    { name: 'short', text: 'site = A', capped: 'site = A' },
    { name: 'up to 240 kept whole', text: 'a'.repeat(240), capped: 'a'.repeat(240) },
    {
      name: '241 characters',
      text: 'a'.repeat(241),
      capped: `${'a'.repeat(CAP_CHARS)}… (241 characters)`,
    },
    {
      name: '5 MB',
      text: FIVE_MB,
      capped: `${'x'.repeat(CAP_CHARS)}… (5,000,000 characters)`,
    },
  ])('$name is capped as expected', ({ text, capped }) => {
    expect(capLabel(text)).toBe(capped);
  });

  it.each([['a'.repeat(241)], [FIVE_MB], ['😀'.repeat(500)], ['short']])(
    'capping a capped label changes nothing (%#)',
    (text) => {
      const once = capLabel(text);
      expect(capLabel(once)).toBe(once);
      expect([...once].length).toBeLessThanOrEqual(CAP_CHARS + 40);
    },
  );
});

describe('shortLabel', () => {
  it.each([
    { text: 'ISS stage: II', shown: 'ISS stage: II', title: undefined },
    { text: 'a'.repeat(50), shown: `${'a'.repeat(39)}…`, title: 'a'.repeat(50) },
    {
      text: FIVE_MB,
      shown: `${'x'.repeat(39)}…`,
      title: `${'x'.repeat(CAP_CHARS)}… (5,000,000 characters)`,
    },
  ])('gives a tooltip only when the label was shortened ($shown)', ({ text, shown, title }) => {
    expect(shortLabel(text)).toEqual({ text: shown, title });
  });
});
