import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATIENT_COLUMNS } from '../../../src/lib/data/columns';
import { DERIVED_COLUMNS } from '../../../src/lib/data/derived-columns';
import { ENDPOINTS } from '../../../src/lib/data/endpoints';
import {
  columnSpec,
  CORRELATION_COLUMNS,
  FOREST_COLUMNS,
  STRATIFIER_COLUMNS,
  TABLE1_COLUMNS,
} from '../../../src/lib/data/registry';

const REGISTRY_FILES = ['columns.ts', 'derived-columns.ts', 'column-spec.ts', 'endpoints.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}

describe('the column registry is the one place a column is described', () => {
  it('the stratifier and forest lists are filters over the registry, not lists of their own', () => {
    for (const c of [...STRATIFIER_COLUMNS, ...FOREST_COLUMNS]) {
      expect(columnSpec(c.name), c.name).toBe(c);
    }
  });

  it('no other source file declares a column’s post-baseline flag, values or roles', () => {
    const offenders = sources('src').filter((p) => {
      if (REGISTRY_FILES.some((f) => p.endsWith(join('data', f)))) return false;
      const text = readFileSync(p, 'utf8');
      return /postBaseline:\s*(true|false)|valueLabels:\s*\{|forest:\s*\{\s*unit|landmark:\s*\{\s*months|table1:\s*\{\s*section|correlation:\s*\{\s*order/.test(
        text,
      );
    });
    expect(offenders).toEqual([]);
  });

  it.each(STRATIFIER_COLUMNS.map((c) => [c.name, c] as const))(
    'stratifier %s has readable labels for its values',
    (_name, c) => {
      const values = c.type === 'boolean' ? ['0', '1'] : (c.levels ?? []);
      if (c.type === 'number') return; // split at a cut-point, labelled by the column's label
      for (const v of values) expect(c.valueLabels?.[v] ?? '', `${c.name}=${v}`).toMatch(/\S/);
    },
  );

  it.each(STRATIFIER_COLUMNS.filter((c) => c.postBaseline).map((c) => [c.name, c] as const))(
    'post-baseline stratifier %s says why its groups are biased',
    (_name, c) => {
      expect(c.stratifier?.bias?.length).toBeGreaterThan(40);
    },
  );

  it.each(
    STRATIFIER_COLUMNS.filter((c) => c.stratifier?.landmark).map((c) => [c.name, c] as const),
  )('the landmark of %s is a registry column known after infusion', (_name, c) => {
    const rule = c.stratifier!.landmark!;
    expect(c.postBaseline).toBe(true);
    expect(rule.months).toBeGreaterThan(0);
    const classifier = columnSpec(rule.column ?? c.name);
    expect(classifier?.postBaseline).toBe(true);
    expect(classifier?.type).toBe('boolean');
  });

  it.each(['crs_grade', 'crs_high', 'tocilizumab', 'steroids', 'ada_post_pos'])(
    '%s, given or seen after infusion, is post-baseline',
    (name) => {
      expect(columnSpec(name)?.postBaseline).toBe(true);
    },
  );

  it('the forest offers the paper’s factors and triple-class exposed, each with a unit', () => {
    const names = FOREST_COLUMNS.map((c) => c.name);
    expect(names).toContain('triple_exposed');
    expect(columnSpec('mrd_neg_duration_months')?.forest?.unit).toBe('per month');
    expect(columnSpec('age_years')?.forest?.unit).toBe('per year');
    const orders = FOREST_COLUMNS.map((c) => c.forest!.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it.each(ENDPOINTS.map((e) => [e.id, e] as const))(
    'endpoint %s reads registry columns: months for time, a coded event status',
    (_id, e) => {
      expect(columnSpec(e.timeColumn)?.unit).toBe('months');
      expect(columnSpec(e.eventColumn)?.eventValues).toEqual([1]);
    },
  );

  it('every column name is declared once', () => {
    const names = [...PATIENT_COLUMNS, ...DERIVED_COLUMNS].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a derived threshold other than the defaults resolves to the same rule', () => {
    expect(columnSpec('car_persist_ge9')).toMatchObject({
      label: 'CAR-T persistence ≥ 9 months',
      postBaseline: true,
      stratifier: { landmark: { months: 9 }, asPublished: true },
    });
    expect(columnSpec('no_such_column')).toBeUndefined();
  });

  it('Table 1 lists baseline characteristics only, each once, in unique positions', () => {
    expect(TABLE1_COLUMNS.length).toBeGreaterThan(25);
    for (const c of TABLE1_COLUMNS) {
      expect(c.postBaseline, c.name).toBe(false);
      expect(c.internal, c.name).toBeUndefined();
    }
    const orders = TABLE1_COLUMNS.map((c) => c.table1!.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(TABLE1_COLUMNS.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'age_years',
        'sex',
        'ecog',
        'iss_stage',
        'high_risk_ca',
        'dose_level',
      ]),
    );
  });

  it('the correlation matrix has the paper’s kinetic and outcome measures; censored ones name a coded event column', () => {
    expect(CORRELATION_COLUMNS.map((c) => c.correlation!.short)).toEqual([
      'Cmax',
      'AUC0–28d',
      'AUC0–last',
      'Persistence',
      'MRD-neg. duration',
      'PFS',
      'OS',
    ]);
    for (const c of CORRELATION_COLUMNS.filter((c) => c.correlation!.event)) {
      expect(columnSpec(c.correlation!.event!)?.eventValues, c.name).toEqual([1]);
    }
  });
});
