import type { LongCsv } from './join-long-tables';

/** Which of several chosen files is the patient table and which are serial long tables. */
export type FileRoles =
  | {
      ok: true;
      main: number;
      serial: Partial<Record<keyof LongCsv, number>>;
      /** A saved column mapping (`*.mapping.json`) chosen with the data, applied to it. */
      mapping?: number;
    }
  | { ok: false; message: string };

const MAPPING = /\.mapping\.json$/i;

const SERIAL_SUFFIX: [keyof LongCsv, RegExp][] = [
  ['mrd', /(^|[-_ .])mrd\.csv$/i],
  ['pk', /(^|[-_ .])pk\.csv$/i],
  ['response', /(^|[-_ .])response\.csv$/i],
];

/**
 * Sorts chosen file names into one patient table and the optional long CSV tables, recognised
 * by name: `mrd.csv`, `pk.csv`, `response.csv` (a prefix such as `site-a-mrd.csv` is fine), and
 * a saved column mapping, `*.mapping.json` (one at most).
 * @example fileRoles(['cohort.csv', 'mrd.csv']) // { ok: true, main: 0, serial: { mrd: 1 } }
 */
export function fileRoles(names: readonly string[]): FileRoles {
  const serial: Partial<Record<keyof LongCsv, number>> = {};
  const main: number[] = [];
  const mappings: number[] = [];
  names.forEach((name, i) => {
    if (MAPPING.test(name)) {
      mappings.push(i);
      return;
    }
    const role = SERIAL_SUFFIX.find(([, re]) => re.test(name))?.[0];
    if (role && serial[role] === undefined) serial[role] = i;
    else main.push(i);
  });
  if (mappings.length > 1) {
    return {
      ok: false,
      message: `Choose one column mapping at a time; got ${mappings.map((i) => `“${names[i]}”`).join(', ')}.`,
    };
  }
  if (main.length === 1) {
    return {
      ok: true,
      main: main[0],
      serial,
      ...(mappings.length ? { mapping: mappings[0] } : {}),
    };
  }
  if (main.length === 0) {
    return {
      ok: false,
      message:
        mappings.length > 0
          ? 'Only a column mapping was chosen; choose it together with the data file it maps.'
          : 'Only serial tables were chosen (mrd.csv, pk.csv, response.csv); add the patient table.',
    };
  }
  return {
    ok: false,
    message: `Choose one patient table at a time (with optional mrd.csv, pk.csv, response.csv); got ${main
      .map((i) => `“${names[i]}”`)
      .join(', ')}.`,
  };
}
