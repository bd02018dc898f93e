import { describe, expect, it } from 'vitest';
import {
  formatHR,
  formatMedian,
  formatMonths,
  formatP,
  formatPercent,
  formatPercentCI,
  formatRatio,
  pPhrase,
} from '../../../src/lib/layout/format';

describe('format', () => {
  it.each([
    [12.34, '12.3'],
    [0, '0.0'],
    [null, '—'],
    [NaN, '—'],
  ])('formatMonths(%s) is "%s"', (months, text) => {
    expect(formatMonths(months)).toBe(text);
  });

  it.each([
    { args: [12.3, undefined, undefined] as const, text: '12.3' },
    { args: [null, undefined, undefined] as const, text: 'not reached' },
    { args: [12.3, 8.1, null] as const, text: '12.3 (8.1–not reached)' },
    { args: [null, 20, null] as const, text: 'not reached (20.0–not reached)' },
  ])('formatMedian with $args gives $text', ({ args, text }) => {
    expect(formatMedian(args[0], args[1], args[2])).toBe(text);
  });

  it.each([
    [0.0172, '0.017'],
    [0.001, '0.001'],
    [0.000999, '<0.001'],
    [1e-12, '<0.001'],
    [0.5, '0.500'],
    [1, '1.000'],
    [null, '—'],
  ])('formatP(%s) is "%s"', (p, text) => {
    expect(formatP(p)).toBe(text);
  });

  it.each([
    [0.5, 0, '50%'],
    [0.701, 1, '70.1%'],
    [null, 0, '—'],
  ])('formatPercent(%s, %i) is "%s"', (v, digits, text) => {
    expect(formatPercent(v, digits)).toBe(text);
  });

  it.each([
    { args: [0.701, 0.6, 0.8] as const, text: '70.1% (60.0–80.0)' },
    { args: [1, 1, 1] as const, text: '100.0% (100.0–100.0)' },
    { args: [0, null, null] as const, text: '0.0%' },
    { args: [null, 0.1, 0.2] as const, text: '—' },
  ])('formatPercentCI with $args gives $text', ({ args, text }) => {
    expect(formatPercentCI(args[0], args[1], args[2])).toBe(text);
  });

  it.each([
    { args: [2.75, 1.2, 6.31] as const, text: '2.75 (1.20–6.31)' },
    { args: [0.456, 0.2, 1.04] as const, text: '0.46 (0.20–1.04)' },
    { args: [2.75, null, null] as const, text: '2.75' },
    { args: [null, null, null] as const, text: '—' },
    { args: [3.1e9, 0.004, Infinity] as const, text: '3.1e+9' },
  ])('formatHR with $args gives $text', ({ args, text }) => {
    expect(formatHR(args[0], args[1], args[2])).toBe(text);
  });

  it.each([
    [123.4, '123'],
    [0.004, '0.0040'],
    [0.00001, '1.0e-5'],
    [0, '0.00'],
  ])('formatRatio(%s) is "%s"', (v, text) => {
    expect(formatRatio(v)).toBe(text);
  });
});

describe('pPhrase', () => {
  it.each([
    [0.0172, 'p = 0.017'],
    [0.0004, 'p < 0.001'],
    [null, 'p = —'],
  ])('pPhrase(%s) is "%s"', (p, phrase) => {
    expect(pPhrase(p)).toBe(phrase);
  });
});
