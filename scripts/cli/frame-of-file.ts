import { decodeTable } from '../../src/lib/data/decode';
import { loadDataset } from '../../src/lib/data/load-dataset';
import type { ColumnMapping } from '../../src/lib/data/mapping/column-mapping';
import { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import { CliError } from './parse-args';

/** Columns that mark a table as meant to be in the explorer's data format. */
const CONTRACT_MARKERS = ['patient_id', 'pfs_months'];

/**
 * The analysis frame of a file, as the app would read it. A file in the explorer's data format
 * is loaded, checked and derived exactly as in the app (registry coding: readable levels, event
 * status codes, derived columns such as car_persist_ge6), and its errors are fatal, as in the app.
 * Any other table is read as R reads it: numbers are numbers, texts are factors. With a column
 * mapping (--mapping) the file is meant for the data format: it is mapped, then loaded as above.
 * @example frameOfFile(readFileSync('lung.csv'), 'lung.csv').has('sex') // true
 */
export function frameOfFile(
  bytes: Uint8Array,
  name: string,
  mapping?: ColumnMapping,
): AnalysisFrame {
  const loaded = loadDataset(bytes, name, undefined, mapping ? { mapping } : {});
  if (loaded.ok) return new AnalysisFrame(loaded.dataset.table, true);
  const plain = decodeTable(bytes, name, () => undefined).table;
  if (mapping || CONTRACT_MARKERS.every((c) => plain.columnNames().includes(c))) {
    const [first, ...more] = loaded.report.errors;
    throw new CliError(
      `${name} is in the explorer's data format but cannot be analysed: ${first?.message ?? 'unknown error'}${more.length ? ` (and ${more.length} more problems)` : ''}`,
    );
  }
  return new AnalysisFrame(plain, false);
}
