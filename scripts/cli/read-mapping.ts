import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseMapping, type ColumnMapping } from '../../src/lib/data/mapping/column-mapping';
import { CliError } from './parse-args';

/**
 * `--mapping FILE`: the column mapping saved by the app's mapping step (docs/data-format.md),
 * read and checked; a file that is not one is a CliError saying why.
 * @example readMapping('hospital-a-days.mapping.json').columns.pfs_months // 'PFS (days)'
 */
export function readMapping(path: string): ColumnMapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read --mapping file '${path}'`);
  }
  const parsed = parseMapping(text, basename(path));
  if (!parsed.ok) throw new CliError(parsed.message);
  return parsed.mapping;
}
