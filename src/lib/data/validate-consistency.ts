import { plural, rowIssue, type Issue } from './issues';
import { finiteNumbers } from './column-scan';
import { str, whereRows } from './values';

type Get = (name: string) => ArrayLike<unknown>;

const EPS = 1e-9;
const RESPONDER = new Set(['sCR', 'CR', 'VGPR', 'PR']);
const CR = new Set(['sCR', 'CR']);

function check(
  out: Issue[],
  column: string,
  rule: string,
  rows: number[],
  what: (n: number) => string,
  tail: string,
): void {
  if (rows.length > 0) out.push(rowIssue(column, rule, rows, what(rows.length), tail));
}

/** 0 and 1 as they are, anything else −1 (what bin() reads, for a whole column). */
function zeroOneOrMissing(x: Float64Array): Int8Array {
  const out = new Int8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] === 0 ? 0 : x[i] === 1 ? 1 : -1;
  return out;
}

/** Rows 0..n−1 where pred(i) holds. */
function rowsWhere(n: number, pred: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (pred(i)) out.push(i);
  return out;
}

/**
 * Cross-column plausibility checks. All are warnings: the analysis can run, with caveats.
 * Each column is read once into a typed array (num → NaN when missing, bin → −1 when missing),
 * so every check is a plain scan over numbers.
 */
export function validateConsistency(get: Get, n: number): Issue[] {
  const out: Issue[] = [];
  // Read once per column (shared with the other validators), as finite numbers or NaN.
  const nums = (name: string) => {
    const v = finiteNumbers(get(name));
    return v.length === n ? v : new Float64Array(n).fill(NaN);
  };
  const bins = (name: string) => zeroOneOrMissing(nums(name));
  /** Text of a column as a code: 0 missing, else the index of its class + 1 (classes tried in order). */
  const texts = (name: string, classes: ((s: string) => boolean)[]) => {
    const v = get(name);
    const x = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      const t = str(v[i]);
      if (t === null) continue;
      const c = classes.findIndex((is) => is(t));
      x[i] = c < 0 ? classes.length + 1 : c + 1;
    }
    return x;
  };
  const missing = Number.isNaN;

  for (const cls of ['pi', 'imid', 'mab']) {
    const ref = bins(`${cls}_refractory`);
    const exp = bins(`${cls}_exposed`);
    check(
      out,
      `${cls}_refractory`,
      'refractory-not-exposed',
      rowsWhere(n, (i) => ref[i] === 1 && exp[i] === 0),
      (k) =>
        `${plural(k, 'patient is', 'patients are')} refractory (1) but not exposed (${cls}_exposed = 0)`,
      '; refractory implies exposed',
    );
  }

  const pfs = nums('pfs_months');
  const os = nums('os_months');
  check(
    out,
    'pfs_months',
    'pfs-after-os',
    rowsWhere(n, (i) => !missing(pfs[i]) && pfs[i] > (missing(os[i]) ? Infinity : os[i]) + EPS),
    (k) => `${plural(k, 'patient has', 'patients have')} pfs_months greater than os_months`,
    '; progression-free time cannot exceed overall survival time',
  );

  const pfsEvent = bins('pfs_event');
  // pfs_event_type: 1 = none, 2 = death, 3 = other text, 0 = missing.
  const type = texts('pfs_event_type', [(t) => t === 'none', (t) => t === 'death']);
  check(
    out,
    'pfs_event_type',
    'event-type-mismatch',
    rowsWhere(n, (i) => pfsEvent[i] >= 0 && type[i] > 0 && (pfsEvent[i] === 1) === (type[i] === 1)),
    (k) =>
      `${plural(k, 'patient has', 'patients have')} a pfs_event_type that contradicts pfs_event`,
    ' (pfs_event = 1 needs progression or death; pfs_event = 0 needs none)',
  );

  const osEvent = bins('os_event');
  check(
    out,
    'os_event',
    'death-not-in-os',
    rowsWhere(n, (i) => type[i] === 2 && osEvent[i] === 0),
    (k) => `${plural(k, 'patient has', 'patients have')} pfs_event_type = death but os_event = 0`,
    '',
  );

  // best_response: 1 = CR or sCR, 2 = another response (VGPR, PR), 3 = other text, 0 = missing.
  const best = texts('best_response', [(t) => CR.has(t), (t) => RESPONDER.has(t)]);
  const tResp = nums('t_first_response_months');
  const tCr = nums('t_first_cr_months');
  check(
    out,
    't_first_cr_months',
    'cr-time-without-cr',
    rowsWhere(n, (i) => !missing(tCr[i]) && best[i] > 1),
    (k) =>
      `${plural(k, 'patient has', 'patients have')} a time to CR but best_response is not CR or sCR`,
    '',
  );
  check(
    out,
    't_first_cr_months',
    'cr-time-missing',
    rowsWhere(n, (i) => best[i] === 1 && missing(tCr[i])),
    (k) => `${plural(k, 'patient has', 'patients have')} best_response CR or sCR but no time to CR`,
    '; CR-by-month flags count them as not in CR',
  );
  check(
    out,
    't_first_response_months',
    'response-time-missing',
    rowsWhere(n, (i) => (best[i] === 1 || best[i] === 2) && missing(tResp[i])),
    (k) => `${plural(k, 'responder has', 'responders have')} no time to first response`,
    '; duration of response is empty for them',
  );
  check(
    out,
    't_first_cr_months',
    'cr-before-response',
    rowsWhere(n, (i) => !missing(tCr[i]) && !missing(tResp[i]) && tCr[i] + EPS < tResp[i]),
    (k) => `${plural(k, 'patient reaches', 'patients reach')} CR before their first response`,
    '; the first response (≥ PR) cannot come after the first CR',
  );
  check(
    out,
    't_first_response_months',
    'response-after-pfs',
    rowsWhere(
      n,
      (i) => !missing(tResp[i]) && tResp[i] > (missing(pfs[i]) ? Infinity : pfs[i]) + EPS,
    ),
    (k) => `${plural(k, 'patient has', 'patients have')} a first response after pfs_months`,
    '; duration of response would be negative and is left empty',
  );

  const first = nums('mrd_first_neg_months');
  const end = nums('mrd_neg_end_months');
  const status = nums('mrd_neg_end_status');
  check(
    out,
    'mrd_neg_end_months',
    'mrd-end-before-start',
    rowsWhere(n, (i) => !missing(end[i]) && !missing(first[i]) && end[i] + EPS < first[i]),
    (k) => `${plural(k, 'patient has', 'patients have')} MRD negativity ending before it starts`,
    '',
  );
  check(
    out,
    'mrd_neg_end_status',
    'mrd-incomplete',
    rowsWhere(n, (i) => {
      const filled = +!missing(first[i]) + +!missing(end[i]) + +!missing(status[i]);
      return filled > 0 && filled < 3;
    }),
    (k) =>
      `${plural(k, 'patient has', 'patients have')} only some of mrd_first_neg_months, mrd_neg_end_months, mrd_neg_end_status`,
    '; fill all three for patients who were ever MRD-negative, none otherwise',
  );

  const sim = bins('is_simulated');
  if (sim.includes(0) && sim.includes(1)) {
    const simRows = whereRows(sim, (v) => v === 1);
    out.push(
      rowIssue(
        'is_simulated',
        'mixed-simulated',
        simRows,
        `${plural(simRows.length, 'row is', 'rows are')} marked simulated and others are not`,
        '; the whole dataset is labelled simulated',
      ),
    );
  }
  return out;
}
