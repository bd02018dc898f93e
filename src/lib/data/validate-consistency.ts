import { plural, rowIssue, type Issue } from './issues';
import { bin, num, str, whereRows } from './values';

type Get = (name: string) => unknown[];

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

/** Cross-column plausibility checks. All are warnings: the analysis can run, with caveats. */
export function validateConsistency(get: Get, n: number): Issue[] {
  const out: Issue[] = [];
  const rows = Array.from({ length: n }, (_, i) => i);
  const at = (name: string) => {
    const v = get(name);
    return (i: number) => v[i];
  };

  for (const cls of ['pi', 'imid', 'mab']) {
    const ref = at(`${cls}_refractory`);
    const exp = at(`${cls}_exposed`);
    check(
      out,
      `${cls}_refractory`,
      'refractory-not-exposed',
      rows.filter((i) => bin(ref(i)) === 1 && bin(exp(i)) === 0),
      (k) =>
        `${plural(k, 'patient is', 'patients are')} refractory (1) but not exposed (${cls}_exposed = 0)`,
      '; refractory implies exposed',
    );
  }

  const pfs = at('pfs_months');
  const os = at('os_months');
  check(
    out,
    'pfs_months',
    'pfs-after-os',
    rows.filter((i) => (num(pfs(i)) ?? -Infinity) > (num(os(i)) ?? Infinity) + EPS),
    (k) => `${plural(k, 'patient has', 'patients have')} pfs_months greater than os_months`,
    '; progression-free time cannot exceed overall survival time',
  );

  const pfsEvent = at('pfs_event');
  const type = at('pfs_event_type');
  check(
    out,
    'pfs_event_type',
    'event-type-mismatch',
    rows.filter((i) => {
      const e = bin(pfsEvent(i));
      const t = str(type(i));
      return e !== null && t !== null && (e === 1) === (t === 'none');
    }),
    (k) =>
      `${plural(k, 'patient has', 'patients have')} a pfs_event_type that contradicts pfs_event`,
    ' (pfs_event = 1 needs progression or death; pfs_event = 0 needs none)',
  );

  const osEvent = at('os_event');
  check(
    out,
    'os_event',
    'death-not-in-os',
    rows.filter((i) => str(type(i)) === 'death' && bin(osEvent(i)) === 0),
    (k) => `${plural(k, 'patient has', 'patients have')} pfs_event_type = death but os_event = 0`,
    '',
  );

  const best = at('best_response');
  const tResp = at('t_first_response_months');
  const tCr = at('t_first_cr_months');
  check(
    out,
    't_first_cr_months',
    'cr-time-without-cr',
    rows.filter(
      (i) => num(tCr(i)) !== null && str(best(i)) !== null && !CR.has(str(best(i)) as string),
    ),
    (k) =>
      `${plural(k, 'patient has', 'patients have')} a time to CR but best_response is not CR or sCR`,
    '',
  );
  check(
    out,
    't_first_cr_months',
    'cr-time-missing',
    rows.filter((i) => CR.has(str(best(i)) ?? '') && num(tCr(i)) === null),
    (k) => `${plural(k, 'patient has', 'patients have')} best_response CR or sCR but no time to CR`,
    '; CR-by-month flags count them as not in CR',
  );
  check(
    out,
    't_first_response_months',
    'response-time-missing',
    rows.filter((i) => RESPONDER.has(str(best(i)) ?? '') && num(tResp(i)) === null),
    (k) => `${plural(k, 'responder has', 'responders have')} no time to first response`,
    '; duration of response is empty for them',
  );
  check(
    out,
    't_first_cr_months',
    'cr-before-response',
    rows.filter((i) => (num(tCr(i)) ?? Infinity) + EPS < (num(tResp(i)) ?? -Infinity)),
    (k) => `${plural(k, 'patient reaches', 'patients reach')} CR before their first response`,
    '; the first response (≥ PR) cannot come after the first CR',
  );
  check(
    out,
    't_first_response_months',
    'response-after-pfs',
    rows.filter((i) => (num(tResp(i)) ?? -Infinity) > (num(pfs(i)) ?? Infinity) + EPS),
    (k) => `${plural(k, 'patient has', 'patients have')} a first response after pfs_months`,
    '; duration of response would be negative and is left empty',
  );

  const first = at('mrd_first_neg_months');
  const end = at('mrd_neg_end_months');
  const status = at('mrd_neg_end_status');
  check(
    out,
    'mrd_neg_end_months',
    'mrd-end-before-start',
    rows.filter((i) => (num(end(i)) ?? Infinity) + EPS < (num(first(i)) ?? -Infinity)),
    (k) => `${plural(k, 'patient has', 'patients have')} MRD negativity ending before it starts`,
    '',
  );
  check(
    out,
    'mrd_neg_end_status',
    'mrd-incomplete',
    rows.filter((i) => {
      const filled = [first(i), end(i), status(i)].filter((v) => num(v) !== null).length;
      return filled > 0 && filled < 3;
    }),
    (k) =>
      `${plural(k, 'patient has', 'patients have')} only some of mrd_first_neg_months, mrd_neg_end_months, mrd_neg_end_status`,
    '; fill all three for patients who were ever MRD-negative, none otherwise',
  );

  const sim = get('is_simulated').map(bin);
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
