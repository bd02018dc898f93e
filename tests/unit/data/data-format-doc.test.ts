import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DERIVED_COLUMNS,
  META_KEYS,
  PATIENT_COLUMNS,
  SERIAL_COLUMNS,
} from '../../../src/lib/data/columns';

const doc = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'docs', 'data-format.md'),
  'utf8',
);
/** The cells of the markdown table row whose first cell is `name` (tables may be padded). */
const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
const tableRow = (name: string) =>
  doc
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map(cells)
    .find((c) => c[0] === `\`${name}\``)
    ?.join(' | ');

describe('docs/data-format.md stays in step with columns.ts', () => {
  it.each(PATIENT_COLUMNS.map((c) => [c.name, c]))(
    'documents patient column %s with its status and allowed values',
    (_name, spec) => {
      const row = tableRow(spec.name);
      expect(row).toBeDefined();
      expect(row?.endsWith(`| ${spec.requirement}`)).toBe(true);
      for (const level of spec.levels ?? []) expect(row).toContain(`\`${level}\``);
      if (spec.unit) expect(row).toContain(spec.unit);
      if (spec.noMissing) expect(row).toContain('never empty');
    },
  );

  it.each(DERIVED_COLUMNS.map((c) => [c.name, c.rule]))(
    'documents derived column %s',
    (name, rule) => {
      expect(tableRow(name)).toContain(rule);
    },
  );

  it.each(Object.entries(SERIAL_COLUMNS))(
    'documents serial column %s and its fields',
    (name, spec) => {
      const row = tableRow(name);
      expect(row).toBeDefined();
      for (const field of Object.keys(spec.fields)) expect(row).toContain(`\`${field}\``);
      expect(doc).toContain(`\`${spec.csvFile}\``);
    },
  );

  it.each(Object.values(META_KEYS))('documents metadata key %s', (key) => {
    expect(tableRow(key)).toBeDefined();
  });
});
