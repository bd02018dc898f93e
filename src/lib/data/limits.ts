import { plainIssue, type ValidationReport } from './issues';

/**
 * Limits said up front (docs/security.md, "Limits and bad data"): what the explorer refuses, or does not offer, before it
 * spends time and memory on a file. Each limit has a message that names the limit and what the
 * file has, so the person who chose the file knows what to change.
 */

/** Largest file read at all, checked from the file's size before any byte is read. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Most columns in a patient table (the data format has about 70). */
export const MAX_COLUMNS = 500;
/** Most distinct values a column may have to be offered as a stratifier or facet. */
export const MAX_LEVELS = 50;
/** Longest plausible time from infusion in months (50 years); longer times are refused. */
export const MAX_TIME_MONTHS = 600;

/** "200 MB", "1.5 MB", "812 bytes": binary megabytes, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * The message for a file over MAX_FILE_BYTES, or null when its size is within the limit.
 * @example fileSizeProblem(300 * 2 ** 20, 'big.csv') // '“big.csv” is 300 MB; …'
 */
export function fileSizeProblem(size: number, name: string, limit = MAX_FILE_BYTES): string | null {
  if (size <= limit) return null;
  // Just over the limit, both would read "200 MB": then the size is given in bytes.
  const shown =
    formatBytes(size) === formatBytes(limit)
      ? `${size.toLocaleString('en')} bytes`
      : formatBytes(size);
  return (
    `“${name}” is ${shown}, larger than the ${formatBytes(limit)} the explorer reads ` +
    'in a browser tab; it was not read. Keep one row per patient and only the columns you need.'
  );
}

/** The message for a table with more than MAX_COLUMNS columns, or null. */
export function columnCountProblem(count: number, limit = MAX_COLUMNS): string | null {
  if (count <= limit) return null;
  return (
    `The table has ${count} columns, more than the ${limit} the explorer reads; ` +
    'keep one row per patient and only the columns you need (the data format has about 70).'
  );
}

/**
 * The error report for chosen files any of which is over MAX_FILE_BYTES, from their sizes alone
 * (nothing is read), or null when all are within the limit.
 * @example oversizeReport([{ name: 'big.csv', size: 3e8 }])?.errors[0].rule // 'file-too-large'
 */
export function oversizeReport(
  files: readonly { name: string; size: number }[],
  limit = MAX_FILE_BYTES,
): ValidationReport | null {
  const errors = files.flatMap((f) => {
    const message = fileSizeProblem(f.size, f.name, limit);
    return message ? [plainIssue(null, 'file-too-large', message)] : [];
  });
  return errors.length > 0 ? { errors, warnings: [] } : null;
}
