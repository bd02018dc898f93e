import { describe, expect, it } from 'vitest';
import { foldLegalComments } from '../../../scripts/fold-legal-comments';

const APACHE = (year: number) =>
  `/**\n* @license Apache-2.0\n*\n* Copyright (c) ${year} The Stdlib Authors.\n*/`;

describe('foldLegalComments', () => {
  it('keeps each distinct licence comment once and drops its repeats', () => {
    const code = `${APACHE(2018)}\nvar a=1;\n${APACHE(2018)}\nvar b=2;\n${APACHE(2022)}\nvar c=3;`;
    const out = foldLegalComments(code);
    expect(out.match(/@license/g)).toHaveLength(2);
    expect(out).toContain(APACHE(2018));
    expect(out).toContain(APACHE(2022));
    expect(out).toContain('var a=1;');
    expect(out).toContain('var b=2;');
  });

  it('keeps the line count, so the code keeps its line numbers', () => {
    const code = `${APACHE(2018)}\nvar a=1;\n${APACHE(2018)}\nvar b=2;`;
    const out = foldLegalComments(code);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out.split('\n').indexOf('var b=2;')).toBe(code.split('\n').indexOf('var b=2;'));
  });

  it('leaves code without licence comments unchanged', () => {
    const code =
      '/** a plain doc comment */\nvar x = "/* @license in a string? no comment start */";';
    expect(foldLegalComments(code)).toBe(code);
  });
});
