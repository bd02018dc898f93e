import { TIME_UNITS, type TimeUnit } from './time-unit';

/**
 * A confirmed mapping from a file's columns to the data contract, saved as a small JSON file and
 * reused with the next export of the same kind (in the app, chosen with the data file; in the
 * CLI, `--mapping FILE`). It names columns and codes only, never patient values.
 */
export interface ColumnMapping {
  format: typeof MAPPING_FORMAT;
  version: 1;
  /** Contract column → the file's column. */
  columns: Record<string, string>;
  /** Contract time column → the unit its file column is in (months when absent). */
  units: Record<string, TimeUnit>;
  /** Contract event column → each of the file's values → 1 (event) or 0 (censored). */
  codes: Record<string, Record<string, 0 | 1>>;
  /** Days per month used to convert days and weeks (default 30.4375). */
  monthDays?: number;
}

export const MAPPING_FORMAT = 'car-t-explorer-mapping';

export type MappingParse = { ok: true; mapping: ColumnMapping } | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a saved mapping, refusing anything else with a message that says what is wrong.
 * @example parseMapping('{"format":"car-t-explorer-mapping","version":1,"columns":{}}').ok // true
 */
export function parseMapping(text: string, fileName = 'the mapping file'): MappingParse {
  const bad = (why: string): MappingParse => ({
    ok: false,
    message: `“${fileName}” is not a column mapping of this explorer: ${why}`,
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return bad('it is not JSON.');
  }
  if (!isRecord(raw) || raw.format !== MAPPING_FORMAT) {
    return bad(`its "format" must be "${MAPPING_FORMAT}".`);
  }
  if (raw.version !== 1) return bad('its "version" must be 1.');
  const { columns, units = {}, codes = {}, monthDays } = raw;
  if (!isRecord(columns) || Object.values(columns).some((v) => typeof v !== 'string')) {
    return bad('"columns" must map contract columns to the file\'s column names (text).');
  }
  if (!isRecord(units) || Object.values(units).some((u) => !TIME_UNITS.includes(u as TimeUnit))) {
    return bad(`"units" must give each time column one of ${TIME_UNITS.join(', ')}.`);
  }
  if (
    !isRecord(codes) ||
    Object.values(codes).some(
      (m) => !isRecord(m) || Object.values(m).some((c) => c !== 0 && c !== 1),
    )
  ) {
    return bad('"codes" must map each event column\'s values to 1 (event) or 0 (censored).');
  }
  if (
    monthDays !== undefined &&
    !(typeof monthDays === 'number' && monthDays > 28 && monthDays < 32)
  ) {
    return bad('"monthDays" must be a number of days per month between 28 and 32.');
  }
  return {
    ok: true,
    mapping: {
      format: MAPPING_FORMAT,
      version: 1,
      columns: columns as Record<string, string>,
      units: units as Record<string, TimeUnit>,
      codes: codes as Record<string, Record<string, 0 | 1>>,
      ...(monthDays === undefined ? {} : { monthDays }),
    },
  };
}

/** The mapping as the JSON file the user saves (stable key order, two-space indent). */
export function mappingJson(m: ColumnMapping): string {
  return JSON.stringify(m, null, 2) + '\n';
}
