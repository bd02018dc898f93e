import { DEFAULT_MONTH_DAYS, FORMAT_VERSION, META_KEYS } from './columns';
import { plainIssue, quote, type Issue } from './issues';

/** Reads a metadata flag: 'true'/'1'/'yes' → true, 'false'/'0'/'no' → false, else null. */
export function parseFlag(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return null;
}

/** Days per month from metadata, or null if absent/unusable. */
export function parseMonthDays(value: string | undefined): number | null {
  if (value === undefined) return null;
  const x = Number(value);
  return Number.isFinite(x) && x >= 28 && x <= 31 ? x : null;
}

/** Warnings about the Arrow schema metadata (format version, flags, days per month). */
export function validateMetadata(
  meta: Map<string, string>,
  simulatedRows: boolean | null,
): Issue[] {
  const out: Issue[] = [];
  const version = meta.get(META_KEYS.formatVersion);
  if (version === undefined) {
    out.push(
      plainIssue(
        null,
        'missing-format-version',
        `The file does not say which format version it follows (schema metadata key ${META_KEYS.formatVersion}); it is read as version ${FORMAT_VERSION}`,
      ),
    );
  } else if (version.trim() !== FORMAT_VERSION) {
    out.push(
      plainIssue(
        null,
        'unknown-format-version',
        `The file says format version ${quote(version)}; this explorer reads version ${FORMAT_VERSION}, so some columns may be misread`,
      ),
    );
  }
  const md = meta.get(META_KEYS.monthDays);
  if (md !== undefined && parseMonthDays(md) === null) {
    out.push(
      plainIssue(
        null,
        'bad-month-days',
        `Days per month (${META_KEYS.monthDays}) is ${quote(md)}, not a number between 28 and 31; ${DEFAULT_MONTH_DAYS} is used`,
      ),
    );
  }
  const rule = meta.get(META_KEYS.mrdCensorRule);
  if (rule !== undefined && rule !== 'last_neg_test' && rule !== 'last_followup') {
    out.push(
      plainIssue(
        null,
        'bad-mrd-censor-rule',
        `The MRD censoring rule (${META_KEYS.mrdCensorRule}) is ${quote(rule)}; use last_neg_test or last_followup (last_neg_test is used)`,
      ),
    );
  }
  const rawSim = meta.get(META_KEYS.simulated);
  const flag = parseFlag(rawSim);
  if (rawSim !== undefined && flag === null) {
    out.push(
      plainIssue(
        null,
        'bad-simulated-flag',
        `The simulated flag (${META_KEYS.simulated}) is ${quote(rawSim)}; use true or false`,
      ),
    );
  }
  const rawConfirmed = meta.get(META_KEYS.timesInMonthsConfirmed);
  if (rawConfirmed !== undefined && parseFlag(rawConfirmed) === null) {
    out.push(
      plainIssue(
        null,
        'bad-times-confirmed-flag',
        `The confirmation that times are months (${META_KEYS.timesInMonthsConfirmed}) is ${quote(rawConfirmed)}; use true or false (it is ignored)`,
      ),
    );
  }
  if (flag !== null && simulatedRows !== null && flag !== simulatedRows) {
    out.push(
      plainIssue(
        'is_simulated',
        'simulated-flag-mismatch',
        `The file metadata says simulated = ${flag} but is_simulated says ${simulatedRows ? 'some rows are simulated' : 'no row is simulated'}; the dataset is labelled simulated`,
      ),
    );
  }
  return out;
}
