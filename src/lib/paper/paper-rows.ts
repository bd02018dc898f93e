import type { AnalysisFrame } from '../frame/analysis-frame';
import { auditNotes } from './paper-audit';
import { PaperContext } from './paper-context';
import type { PaperRow } from './paper-row';
import type { PaperTarget } from './paper-target-kinds';
import { PAPER_TARGETS } from './paper-targets';

/**
 * The "Paper vs this dataset" table: every target of the paper (targets.md §1–§8) computed on the
 * frame, with its status, method, n used, link and the §10 findings that concern it.
 * @example paperRows(frame).find((r) => r.id === 'S02')?.value // '29.8 (95% CI …) mo'
 */
export function paperRows(frame: AnalysisFrame, targets = PAPER_TARGETS): PaperRow[] {
  const c = new PaperContext(frame);
  return targets.map((t) => paperRow(t, c));
}

function paperRow(t: PaperTarget, c: PaperContext): PaperRow {
  const base = {
    id: t.id,
    group: t.group,
    label: t.label,
    published: t.published,
    nTotal: c.n,
    link: t.link ?? null,
    audit: auditNotes(t.id),
  };
  const none = { value: null, method: null, nUsed: null, comparisons: [] };
  if (t.noPatientData || !t.compute) {
    return {
      ...base,
      ...none,
      status: 'no-patient-data',
      missingColumns: [],
      reason: t.noPatientData ?? 'Not computable from patient data.',
      notes: [...(t.notes ?? [])],
    };
  }
  const missing = (t.needs ?? []).filter((col) => !c.has(col));
  if (missing.length > 0) {
    return {
      ...base,
      ...none,
      status: 'not-computable',
      missingColumns: missing,
      reason: `This dataset has no values in ${missing.join(', ')}.`,
      notes: [...(t.notes ?? [])],
    };
  }
  const absent = (t.optional ?? []).filter((col) => !c.has(col));
  const partial = absent.length
    ? [`Not in this dataset, so not tested: ${absent.join(', ')}.`]
    : [];
  try {
    const r = t.compute(c);
    const status =
      r.comparisons.length === 0
        ? 'not-published'
        : r.comparisons.every((x) => x.close)
          ? 'close'
          : 'differs';
    return {
      ...base,
      value: r.value,
      method: r.method,
      nUsed: r.nUsed,
      comparisons: r.comparisons,
      status,
      missingColumns: absent,
      reason: null,
      notes: [...(t.notes ?? []), ...partial, ...(r.notes ?? [])],
    };
  } catch (e) {
    return {
      ...base,
      ...none,
      status: 'not-computable',
      missingColumns: absent,
      reason: `Not computable on these data: ${(e as Error).message}.`,
      notes: [...(t.notes ?? []), ...partial],
    };
  }
}
