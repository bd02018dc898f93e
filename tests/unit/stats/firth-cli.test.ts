import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameOfFile } from '../../../scripts/cli/frame-of-file';
import { parseArgs } from '../../../scripts/cli/parse-args';
import { runAnalysis } from '../../../scripts/cli/run-analysis';

// tests/reference/r/firth.R → firth-cli.json: the direct R implementation of Firth-penalised Cox
// (tests/reference/r/lib/firth-cox.R) on r-heart.csv with entry times and Efron ties, a data set
// the coxphFirth unit tests do not use. Tolerances as those tests (R's numerical derivatives):
// coef 1e-5, profile limits 1e-4 on the log scale, penalised LR statistics 1e-5.
interface FirthCli {
  name: string;
  args: string[];
  expected: {
    names: string[];
    coef: number[];
    lower: number[];
    upper: number[];
    chisq: number[];
    p: number[];
    penalisedLogLik: [number, number];
    lr: { stat: number; df: number; p: number };
  };
}
const c = JSON.parse(
  readFileSync(new URL('../../reference/firth-cli.json', import.meta.url), 'utf8'),
) as FirthCli;
const near = (a: number, b: number, tol: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe(`analyze --firth on ${c.name}`, () => {
  const argv = ['--data', 'tests/fixtures/r-heart.csv', ...c.args];
  const args = parseArgs(argv);
  const out = runAnalysis(frameOfFile(readFileSync(args.data), args.data), args);

  it('puts the Firth fit under cox.firth, matching the R implementation', () => {
    const firth = out.cox!.firth!;
    const e = c.expected;
    expect(firth.terms.map((t) => t.name)).toEqual(e.names);
    firth.terms.forEach((t, j) => {
      near(t.coef, e.coef[j], 1e-5);
      near(Math.log(t.hr), e.coef[j], 1e-5);
      near(Math.log(t.lower), Math.log(e.lower[j]), 1e-4);
      near(Math.log(t.upper!), Math.log(e.upper[j]), 1e-4);
      near(t.chisq, e.chisq[j], 1e-5);
      near(t.p, e.p[j], 1e-4);
    });
    near(firth.lrTest.stat, e.lr.stat, 1e-5);
    expect(firth.lrTest.df).toBe(e.lr.df);
    near(firth.penalisedLogLik[1], e.penalisedLogLik[1], 1e-7);
    expect(firth.ties).toBe('efron');
  });

  it('keeps the ordinary Cox numbers beside it, and cox.firth is null without --firth', () => {
    const plain = parseArgs(argv.filter((a) => a !== '--firth'));
    const without = runAnalysis(frameOfFile(readFileSync(plain.data), plain.data), plain);
    expect(without.cox!.firth).toBeNull();
    expect({ ...out.cox!, firth: null }).toEqual(without.cox);
  });
});
