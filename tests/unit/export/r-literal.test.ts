import { describe, expect, it } from 'vitest';
import { rComment } from '../../../src/lib/export/r-comment';
import { rCall, rName, rNumber, rString, rVector } from '../../../src/lib/export/r-literal';

// The literals of the R-script export; that R reads them back as written is checked by running R
// in r-script.test.ts ("R reads the literals back …").

describe('rNumber', () => {
  it.each([
    [0.1 + 0.2, '0.30000000000000004'],
    [1 / 3, '0.3333333333333333'],
    [61.1088295687885, '61.1088295687885'],
    [12, '12'],
    [1e21, '1e+21'],
    [5e-324, '5e-324'],
    [-0, '-0'],
    [NaN, 'NA'],
    [null, 'NA'],
    [undefined, 'NA'],
    [Infinity, 'Inf'],
    [-Infinity, '-Inf'],
  ])('rNumber writes %s as %s', (x, text) => {
    expect(rNumber(x)).toBe(text);
  });

  it('rNumber keeps full double precision: every written number parses back to the same double', () => {
    const xs = [0.1 + 0.2, Math.PI, 2 / 3, 1e-300, 123456789.12345679, 29.798767967145789];
    for (const x of xs) expect(Number(rNumber(x))).toBe(x);
  });
});

describe('rString', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines\tand tab\r', '"two\\nlines\\tand tab\\r"'],
    ['CAR-T ≥ 6 months — Kaplan–Meier', '"CAR-T \\u2265 6 months \\u2014 Kaplan\\u2013Meier"'],
    ['é', '"\\u00E9"'],
    ['😀', '"\\U{1F600}"'],
    ['\u0001\u007f', '"\\u0001\\u007F"'],
    ['nul\u0000', '"nul\\uFFFD"'],
    ['', '""'],
  ])('rString writes %j as %s', (s, literal) => {
    expect(rString(s)).toBe(literal);
  });

  it('rString output is plain ASCII without \\x escapes (R refuses to mix them with \\u)', () => {
    const literal = rString('≥ "x" \u0002 \\ 😀 naïve');
    expect(literal).toMatch(/^[\x20-\x7e]*$/);
    expect(literal).not.toContain('\\x');
  });
});

describe('rVector', () => {
  it('rVector writes numbers with NA for missing and strings quoted', () => {
    expect(rVector([1, 0.5, NaN, null])).toBe('c(1, 0.5, NA, NA)');
    expect(rVector(Float64Array.of(2, Infinity))).toBe('c(2, Inf)');
    expect(rVector(['a', 'b "c"'])).toBe('c("a", "b \\"c\\"")');
    expect(rVector([])).toBe('c()');
  });

  it('rVector keeps factor levels in the order given, the reference first (not sorted)', () => {
    const levels = ['lost_neg', 'died_mrd_neg', 'persistent_pos', 'sustained_neg'];
    expect(rVector(levels)).toBe(
      'c("lost_neg", "died_mrd_neg", "persistent_pos", "sustained_neg")',
    );
    expect(rVector([1, 0])).toBe('c(1, 0)');
  });

  it('rVector wraps long vectors within the width, continuation lines indented, values intact', () => {
    const xs = Array.from({ length: 60 }, (_, i) => i / 7);
    const text = rVector(xs, { width: 80, indent: 4, start: 10 });
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines[0].length + 10).toBeLessThanOrEqual(80);
    for (const line of lines.slice(1)) {
      expect(line.length).toBeLessThanOrEqual(80);
      expect(line.startsWith('    ')).toBe(true);
    }
    const parsed = text
      .slice(2, -1)
      .split(',')
      .map((s) => Number(s.trim()));
    expect(parsed).toEqual(xs);
  });

  it('rCall wraps arguments already written as R code', () => {
    expect(rCall('c', ['time = "numeric"', 'group = "character"'])).toBe(
      'c(time = "numeric", group = "character")',
    );
    expect(rCall('list', [])).toBe('list()');
  });
});

describe('rName', () => {
  it.each([
    ['t_4_14', 't_4_14'],
    ['iss_stageII', 'iss_stageII'],
    ['.hidden', '.hidden'],
    ['dose level', '`dose level`'],
    ['2nd', '`2nd`'],
    ['.2x', '`.2x`'],
    ['if', '`if`'],
    ['TRUE', '`TRUE`'],
    ['a`b', '`a\\`b`'],
  ])('rName writes %s as %s', (name, code) => {
    expect(rName(name)).toBe(code);
  });
});

describe('rComment', () => {
  it('rComment wraps text into lines that all start with "#" and fit the width', () => {
    const text = 'word '.repeat(60);
    const lines = rComment(text, { width: 40, hang: 2 }).split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line.startsWith('#')).toBe(true);
      expect(line.length).toBeLessThanOrEqual(40);
    }
    expect(lines[1].startsWith('#   word')).toBe(true);
  });

  it('rComment turns line breaks in a label into spaces, so a label cannot become code', () => {
    const comment = rComment('Dataset: evil\nunlink("~", recursive = TRUE)\r\n# more');
    expect(comment.split('\n').every((l) => l.startsWith('#'))).toBe(true);
    expect(comment).toBe('# Dataset: evil unlink("~", recursive = TRUE) # more');
  });
});
