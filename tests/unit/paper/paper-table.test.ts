import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import type { DataTable } from '../../../src/lib/data/data-table';
import { PAPER_AUDIT } from '../../../src/lib/paper/paper-audit';
import { PAPER_GROUPS, type PaperRow } from '../../../src/lib/paper/paper-row';
import { paperRows } from '../../../src/lib/paper/paper-rows';
import { PAPER_TARGETS } from '../../../src/lib/paper/paper-targets';
import { parseViewParams } from '../../../src/lib/state/view-params';
import ids from '../../fixtures/paper-target-ids.json';
import { tTest } from '../../../src/lib/stats/t-test';
import { expectClose } from '../stats/km-close';

// The "Paper vs this dataset" table on the simulated demo cohort, against independent
// computations: R (tests/reference/r/paper.R → paper.json: survfit, survdiff, coxph with Breslow
// ties, cor.test(method = "spearman", exact = FALSE), wilcox.test, fisher.test, quantile(type = 6),
// reverse Kaplan–Meier; stratifiers derived in R) at 1e-6 relative, and counts straight from the
// CSV copy of the cohort. The list of ids is targets.md's (tests/fixtures/paper-target-ids.json,
// written by scripts/paper/target-ids.ts).

type Num = number | null;
const fixture = JSON.parse(
  readFileSync(new URL('../../reference/paper.json', import.meta.url), 'utf8'),
) as { targets: Record<string, Record<string, Num>> };

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const rows = engine.run({ kind: 'paper' });
const row = (id: string): PaperRow => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

/** The demo cohort's CSV as records of texts (no field holds a comma). */
function csvRecords(): Record<string, string>[] {
  const [head, ...lines] = readFileSync('tests/fixtures/demo-cohort.csv', 'utf8')
    .trim()
    .split(/\r?\n/);
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, j) => [names[j], v])));
}
const csv = csvRecords();
const where = (keep: (d: Record<string, string>) => boolean) => csv.filter(keep).length;

describe('the paper table lists every target of targets.md', () => {
  const listed = ids.sections.flatMap((s) => s.ids);

  it('every id of targets.md §1–§8 appears exactly once, in its order', () => {
    expect(PAPER_TARGETS.map((t) => t.id)).toEqual(listed);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.map((r) => r.id)).toEqual(listed);
  });

  it('each target sits in the group of its targets.md section', () => {
    for (const s of ids.sections) {
      for (const id of s.ids) expect(row(id).group, id).toBe(PAPER_GROUPS[s.section - 1].id);
    }
  });

  it('a target that is not computable from patient data says why and has no value', () => {
    const none = rows.filter((r) => r.status === 'no-patient-data');
    expect(none.map((r) => r.id)).toEqual([
      'F01',
      'F02',
      'F03',
      'F04',
      'F05',
      'F07',
      'C18',
      'R06',
      'S08',
      'H14',
      'P02',
    ]);
    for (const r of none) {
      expect(r.reason, r.id).toMatch(/\w{4}/);
      expect(r.value).toBeNull();
    }
  });

  it('on the demo cohort only the lymphocyte-count targets lack their columns, and they are named', () => {
    const missing = rows.filter((r) => r.status === 'not-computable');
    expect(missing.map((r) => [r.id, r.missingColumns])).toEqual([
      ['H12', ['alc_baseline']],
      ['H13', ['alc_max_d15']],
    ]);
  });
});

describe('the paper table equals R on the demo cohort (≤ 1e-6 relative)', () => {
  const cases = Object.entries(fixture.targets);

  it('covers at least 20 targets of the survival, hazard, MRD, kinetics, response, baseline and safety groups', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const groups = new Set(cases.map(([id]) => row(id).group));
    for (const g of ['baseline', 'response', 'survival', 'hazards', 'mrd', 'kinetics', 'safety']) {
      expect(groups, g).toContain(g);
    }
  });

  it.each(cases)('%s: every number compared equals R', (id, numbers) => {
    const r = row(id);
    for (const [what, expected] of Object.entries(numbers)) {
      const c = r.comparisons.find((x) => x.what === what);
      expect(c, `${id} compares "${what}"`).toBeDefined();
      expectClose(c!.data, expected, `${id} ${what}`);
    }
  });
});

describe('the paper table counts as a direct count of the CSV does', () => {
  const highRisk = (d: Record<string, string>) =>
    d.fish_evaluable === '1' && [d.del17p, d.t_4_14, d.t_14_16].includes('1');
  const standardRisk = (d: Record<string, string>) =>
    d.fish_evaluable === '1' && [d.del17p, d.t_4_14, d.t_14_16].every((v) => v === '0');
  const persisted = (x: number) => (d: Record<string, string>) =>
    d.car_persist_months !== '' && Number(d.car_persist_months) >= x;
  const mrdGroup = (status: string | null) => (d: Record<string, string>) =>
    status === null ? d.mrd_first_neg_months === '' : d.mrd_neg_end_status === status;
  const counts: [string, number, number][] = [
    ['F06', csv.length, csv.length],
    ['C02', where((d) => d.sex === 'M'), csv.length],
    ['C04', where((d) => d.mab_exposed === '1'), csv.length],
    ['C05', where((d) => d.prior_asct === '1'), csv.length],
    ['C06', where((d) => d.ecog === '1'), where((d) => d.ecog !== '')],
    ['C08', where((d) => d.isotype === 'IgG'), csv.length],
    ['C10', where((d) => d.isotype === 'light_chain'), csv.length],
    ['C11', where((d) => d.iss_stage === 'III'), where((d) => d.iss_stage !== '')],
    ['C13', where((d) => d.emd === '1' || d.pcl === '1'), csv.length],
    ['C16', where(highRisk), where((d) => highRisk(d) || standardRisk(d))],
    ['C19', where((d) => Number(d.dose_level) === 1), csv.length],
    ['R01', where((d) => ['sCR', 'CR', 'VGPR', 'PR'].includes(d.best_response)), csv.length],
    ['R02', where((d) => ['sCR', 'CR'].includes(d.best_response)), csv.length],
    ['R08', where((d) => d.pfs_event === '0'), csv.length],
    ['R09', where((d) => d.pfs_event_type === 'progression'), csv.length],
    ['M01', where((d) => d.mrd_first_neg_months !== ''), csv.length],
    ['M04', where(mrdGroup('0')), csv.length],
    ['M05', where(mrdGroup('2')), csv.length],
    ['M06', where(mrdGroup('1')), csv.length],
    ['M07', where(mrdGroup(null)), csv.length],
    ['P04', where(persisted(6)), where((d) => d.car_persist_months !== '')],
    ['P06', where(persisted(24)), where((d) => d.car_persist_months !== '')],
    ['A01', where((d) => Number(d.crs_grade) >= 1), csv.length],
    ['A03', where((d) => d.crs_grade === '3'), csv.length],
    ['A07', where((d) => d.ada_post_pos === '1'), csv.length],
  ];

  it.each(counts)('%s: n = %i of N = %i', (id, n, N) => {
    const r = row(id);
    expect(r.value, id).toMatch(id === 'F06' ? new RegExp(`^${n}$`) : new RegExp(`^${n}/${N} `));
    const compared = r.comparisons.find((c) => c.what === 'n' || c.what === 'patients');
    expect(compared?.data, id).toBe(n);
    expect(r.nUsed, id).toBe(N);
  });
});

describe('the paper table attaches the §10 findings to the rows they concern', () => {
  it('every finding of §10 is attached to exactly the rows it concerns', () => {
    for (const f of PAPER_AUDIT) {
      const note = `§10.${f.n}: ${f.text}`;
      const on = rows.filter((r) => r.audit.includes(note));
      expect(new Set(on.map((r) => r.id)), note).toEqual(new Set(f.ids));
    }
    expect([...new Set(PAPER_AUDIT.map((f) => f.n))]).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
  });

  it.each([
    ['H03', '4.145'],
    ['M08', '41/56 = 73.2%'],
    ['C11', '4/54'],
    ['P05', '22/55'],
    ['H07', '0.910'],
    ['M05', '7.2%'],
    ['M12', 'stated direction'],
    ['S12', 'unequal censoring'],
  ])('%s carries the finding that mentions %s', (id, text) => {
    expect(row(id).audit.join(' ')).toContain(text);
  });
});

describe('the paper table states and applies its rules', () => {
  it('a row is close exactly when every number it compares is close', () => {
    for (const r of rows) {
      if (r.comparisons.length === 0) {
        expect(['not-published', 'not-computable', 'no-patient-data'], r.id).toContain(r.status);
      } else {
        expect(r.status, r.id).toBe(r.comparisons.every((c) => c.close) ? 'close' : 'differs');
      }
    }
  });

  it('every computed row names its method, n used of N, and a view that opens', () => {
    for (const r of rows.filter((x) => x.value !== null)) {
      expect(r.method, r.id).toMatch(/\w/);
      expect(r.nUsed, r.id).toBeGreaterThan(0);
      expect(r.nTotal).toBe(56);
      expect(r.link, r.id).toMatch(/^\?tab=|^\?endpoint=|^\?by=|^$/);
    }
  });

  it('links to views of this build parse back to the view without any ignored parameter', () => {
    const own = rows.filter(
      (r) =>
        r.link !== null && !/tab=(mrd|kinetics|correlations|cohort|response|safety)/.test(r.link),
    );
    expect(own.length).toBeGreaterThan(20);
    for (const r of own) expect(parseViewParams(r.link!).ignored, r.id).toEqual([]);
    const s16 = parseViewParams(row('S16').link!).params;
    expect([s16.tab, s16.endpoint, s16.stratifier, s16.asPublished]).toEqual([
      'curves',
      'pfs',
      'mrd_neg_ge12',
      true,
    ]);
    const h05 = parseViewParams(row('H05').link!).params;
    expect([h05.tab, h05.ties, h05.asPublished]).toEqual(['forest', 'breslow', true]);
  });

  it('threshold groups are compared as published: S13 gives the survival view’s as-published medians', () => {
    const view = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'car_persist_ge6',
      asPublished: true,
    });
    const s13 = row('S13').comparisons;
    expect(s13[0].data).toBe(view.groups.find((g) => g.value === 0)!.median);
    expect(s13[1].data).toBe(view.groups.find((g) => g.value === 1)!.median);
  });

  it('a dataset without a column makes its rows not computable, naming the column, and leaves the others', () => {
    const loaded = loadDataset(
      new Uint8Array(readFileSync('public/data/demo-cohort.arrow')),
      'demo.arrow',
    );
    if (!loaded.ok) throw new Error('demo cohort failed to load');
    const t = loaded.dataset.table;
    const without: DataTable = {
      numRows: () => t.numRows(),
      columnNames: () => t.columnNames().filter((c) => c !== 'cmax_copies'),
      array: (name) => t.array(name),
    };
    const cut = paperRows(new AnalysisFrame(without));
    const p08 = cut.find((r) => r.id === 'P08')!;
    expect([p08.status, p08.missingColumns, p08.value]).toEqual([
      'not-computable',
      ['cmax_copies'],
      null,
    ]);
    const p17 = cut.find((r) => r.id === 'P17')!;
    expect(p17.status).toBe('not-computable');
    const a08 = cut.find((r) => r.id === 'A08')!;
    expect(a08.status).toBe('close');
    expect(a08.missingColumns).toEqual(['cmax_copies']);
    expect(a08.notes.join(' ')).toContain('not tested: cmax_copies');
    expect(cut.find((r) => r.id === 'S02')).toEqual(row('S02'));
  });

  it('a dataset with a column beyond the data format computes its target: H12 with alc_baseline', () => {
    const loaded = loadDataset(
      new Uint8Array(readFileSync('public/data/demo-cohort.arrow')),
      'demo.arrow',
    );
    if (!loaded.ok) throw new Error('demo cohort failed to load');
    const t = loaded.dataset.table;
    const alc = Float64Array.from({ length: t.numRows() }, (_, i) => 0.3 + ((i * 37) % 23) / 10);
    const withAlc: DataTable = {
      numRows: () => t.numRows(),
      columnNames: () => [...t.columnNames(), 'alc_baseline'],
      array: (name) => (name === 'alc_baseline' ? alc : t.array(name)),
    };
    const h12 = paperRows(new AnalysisFrame(withAlc)).find((r) => r.id === 'H12')!;
    const best = t.array('best_response') as ArrayLike<string>;
    const cr = [...alc].filter((_, i) => ['sCR', 'CR'].includes(best[i]));
    const below = [...alc].filter((_, i) => ['VGPR', 'PR', 'MR', 'SD', 'PD'].includes(best[i]));
    const expected = tTest(Float64Array.from(cr), Float64Array.from(below), { varEqual: true });
    expect(h12.comparisons[0].data).toBe(expected.p);
    expect(h12.nUsed).toBe(cr.length + below.length);
    expect(h12.status).toBe(expected.p! > 0.05 ? 'close' : 'differs');
    expect(h12.method).toContain('Student');
  });
});
