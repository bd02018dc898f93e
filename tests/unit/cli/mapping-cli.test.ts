import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/cli/parse-args';

// `analyze --mapping FILE` applies the mapping saved by the app's mapping step, as the app does.
const script = ['--import', 'tsx', 'scripts/analyze.ts'];
const messy = 'tests/fixtures/messy';

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, [...script, ...args], { encoding: 'utf8' });
  return { ...r, json: r.status === 0 ? JSON.parse(r.stdout) : null };
}

interface Endpoint {
  median: (number | null)[];
  chisq: number;
  coef: number;
  se: number;
}
const R = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'reference', 'messy.json'), 'utf8'),
) as { file: string; pfs: Endpoint; os: Endpoint }[];

describe('analyze --mapping', () => {
  it('parseArgs keeps --mapping, and leaves it out when not given', () => {
    const base = ['--data', 'x.csv', '--time', 't', '--event', 'e'];
    expect(parseArgs([...base, '--mapping', 'x.mapping.json']).mapping).toBe('x.mapping.json');
    expect('mapping' in parseArgs(base)).toBe(false);
  });

  // R: tests/reference/r/messy.R converts and recodes each export itself (survfit median,
  // survdiff chi-square, coxph coefficient and standard error). Tolerance 1e-9.
  it.each(R.map((r) => [r.file, r] as const))(
    '%s with its saved mapping gives R’s PFS and OS by sex (survdiff, coxph, survfit; 1e-9)',
    (file, r) => {
      const data = join(messy, file);
      const mapping = data.replace('.csv', '.mapping.json');
      for (const [end, want] of [
        ['pfs', r.pfs],
        ['os', r.os],
      ] as const) {
        const ep = ['--time', `${end}_months`, '--event', `${end}_event`];
        const by = analyze(
          '--data',
          data,
          '--mapping',
          mapping,
          ...ep,
          '--group',
          'sex',
          '--covariates',
          'sex',
        );
        expect(by.stderr).toBe('');
        expect(by.json.logRank.chisq).toBeCloseTo(want.chisq, 9);
        expect(by.json.cox.terms[0].coef).toBeCloseTo(want.coef, 9);
        expect(by.json.cox.terms[0].se).toBeCloseTo(want.se, 9);
        const all = analyze('--data', data, '--mapping', mapping, ...ep);
        if (want.median[0] === null) expect(all.json.km[0].median).toBeNull();
        else expect(all.json.km[0].median).toBeCloseTo(want.median[0], 9);
      }
    },
    60_000,
  );

  it.each([
    [
      'a file that is not a mapping',
      'tests/fixtures/demo-cohort.csv',
      /is not a column mapping of this explorer: it is not JSON/,
    ],
    [
      'a file that does not exist',
      'no-such.mapping.json',
      /cannot read --mapping file 'no-such.mapping.json'/,
    ],
  ])(
    'refuses %s in one line, exit code 2',
    (_, mapping, says) => {
      const r = analyze(
        '--data',
        join(messy, 'hospital-a-days.csv'),
        '--mapping',
        mapping,
        '--time',
        'pfs_months',
        '--event',
        'pfs_event',
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(says);
    },
    30_000,
  );

  it('refuses an export whose mapping does not fit it, naming the column', () => {
    const r = analyze(
      '--data',
      join(messy, 'klinik-b-jahre.csv'),
      '--mapping',
      join(messy, 'hospital-a-days.mapping.json'),
      '--time',
      'pfs_months',
      '--event',
      'pfs_event',
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'the mapping reads it from “Patient ID”, which this file does not have',
    );
  }, 30_000);
});
