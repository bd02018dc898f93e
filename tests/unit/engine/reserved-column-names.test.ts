import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../../src/lib/data/load-dataset';
import { columnsAnalysis } from '../../../src/lib/engine/analyses/columns';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { dataTable } from '../../../src/lib/data/data-table';
import { valueLabel } from '../../../src/lib/data/registry';

const bad = join(import.meta.dirname, '..', '..', 'fixtures', 'bad');
function loaded(file: string): Dataset {
  const res = loadDataset(new Uint8Array(readFileSync(join(bad, file))), file);
  if (!res.ok) throw new Error(res.report.errors.map((e) => e.message).join('\n'));
  return res.dataset;
}
const offered = (d: Dataset) => columnsAnalysis(new AnalysisFrame(d.table));

describe('columns named like Object.prototype members', () => {
  it.each([
    ['reserved-names.csv', '__proto__', 'categorical'],
    ['reserved-names.csv', 'constructor', 'categorical'],
    ['reserved-names.csv', 'toString', 'categorical'],
    ['reserved-names.csv', 'valueOf', 'categorical'],
    ['reserved-names.csv', 'hasOwnProperty', 'categorical'],
    ['reserved-names.csv', 'prototype', 'categorical'],
    ['proto-column.csv', '__proto__', 'binary'],
    ['proto-column.arrow', '__proto__', 'categorical'],
    ['proto-column.arrow', 'constructor', 'binary'],
  ])('%s: %s is kept and offered as a %s column', (file, name, kind) => {
    const d = loaded(file);
    expect(d.table.columnNames()).toContain(name);
    const info = offered(d).find((c) => c.name === name);
    expect(info).toMatchObject({ kind });
    expect(info!.levels!.reduce((s, l) => s + l.n, 0)).toBe(6);
  });

  it('keeps values named like prototype members as ordinary groups', () => {
    const info = offered(loaded('proto-values.csv')).find((c) => c.name === 'group');
    expect(info!.levels!.map((l) => [l.value, l.n])).toEqual([
      ['__proto__', 2],
      ['constructor', 2],
      ['toString', 2],
    ]);
  });

  it('gives a column holding 1 and "1" one group per distinct text, never two equal keys', () => {
    const info = offered(loaded('number-and-text-values.csv')).find((c) => c.name === 'site');
    const keys = info!.levels!.map((l) => String(l.value));
    expect(new Set(keys).size).toBe(keys.length);
    const labels = info!.levels!.map((l) => l.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('does not offer a text column with more than 50 values as a stratifier', () => {
    expect(offered(loaded('too-many-levels.csv')).some((c) => c.name === 'comment')).toBe(false);
  });
});

describe('value labels of values named like Object.prototype members', () => {
  it.each(['constructor', 'toString', 'valueOf', '__proto__'])(
    'labels the value %s of a registry column as text, not as an inherited function',
    (value) => {
      const frame = new AnalysisFrame(dataTable({ sex: [value, 'M'] }));
      expect(frame.valueLabel('sex', value)).toMatch(new RegExp(`: ${value}$`));
      expect(valueLabel('sex', value)).toBe(value);
      expect(frame.factor('sex').levels.map((l) => typeof l.label)).toEqual(['string', 'string']);
    },
  );
});
