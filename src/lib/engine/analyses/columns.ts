import { SERIAL_COLUMNS } from '../../data/columns';
import { MAX_LEVELS } from '../../data/limits';
import { derivedInputs } from '../../data/derived-inputs';
import { derivedSpec, STRATIFIER_COLUMNS } from '../../data/registry';
import { countLevels } from '../../data/validate-levels';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import { countMissing } from '../../data/column-scan';
import type { Level } from '../../frame/factor';
import type { ColumnInfo } from '../types';

type Kind = ColumnInfo['kind'];

const ORDER = new Map(STRATIFIER_COLUMNS.map((c, i) => [c.name, i]));

/**
 * The columns of the loaded dataset the UI can offer (stratifiers, facets, covariates, cut-points),
 * leaving out a column without a single value (views that need it are shown unavailable),
 * with their kind, values (R's order, readable labels, counts), missing count and registry roles.
 * Columns the registry does not know are described from their values. The paper's stratifiers
 * come first, in the registry's order; the other columns follow in the file's order.
 * @example columnsAnalysis(frame).filter((c) => c.stratifier)
 */
export function columnsAnalysis(frame: AnalysisFrame): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  const names = frame.columnNames();
  const filled = (c: string) => names.includes(c) && countMissing(frame.raw(c)) < frame.n;
  for (const name of names) {
    const kind = kindOf(frame, name);
    if (kind === null) continue;
    // Computed from columns the file lacks ("never MRD-negative" for want of MRD data): left out.
    const inputs = derivedInputs(name);
    if (inputs.length > 0 && !inputs.some(filled)) continue;
    const spec = frame.spec(name);
    const grouped = kind === 'binary' || kind === 'categorical';
    const levels = grouped ? levelsOf(frame, name, kind) : [];
    // Every present value is counted in some level.
    let nMissing = grouped ? frame.n - levels.reduce((a, l) => a + l.n, 0) : 0;
    if (kind !== 'serial' && !grouped) nMissing = countMissing(frame.raw(name));
    // A column with no value at all (computed from columns the file lacks) offers nothing.
    if (kind !== 'serial' && frame.n > 0 && nMissing === frame.n) continue;
    const info: ColumnInfo = {
      name,
      label: frame.label(name),
      kind,
      nMissing,
      postBaseline: spec?.postBaseline ?? kind === 'serial',
      derived: derivedSpec(name) !== undefined,
      ...(spec?.unit ? { unit: spec.unit } : {}),
      ...(spec?.stratifier ? { stratifier: spec.stratifier } : {}),
      ...(spec?.forest ? { forest: spec.forest } : {}),
      ...(spec?.internal ? { internal: true as const } : {}),
    };
    if (grouped) info.levels = levels;
    out.push(info);
  }
  const rank = (c: ColumnInfo) => ORDER.get(c.name) ?? ORDER.size;
  return out.sort((a, b) => rank(a) - rank(b));
}

/**
 * A grouped column's levels with their counts, read off its factor: the group codes of every
 * column a view can be split by are made here, once per dataset, so choosing one later costs
 * no pass over it (a yes/no column of numbers: one pass, zeroOneCodes). A yes/no column lists
 * both 0 and 1, even when one of them has no patient.
 */
function levelsOf(frame: AnalysisFrame, name: string, kind: Kind): Level[] {
  const levels = frame.factor(name).levels;
  if (kind !== 'binary' || levels.length >= 2) return levels;
  return [0, 1].map((v) => ({
    value: v,
    label: frame.valueLabel(name, v),
    n: levels.find((l) => l.value === v)?.n ?? 0,
  }));
}

function kindOf(frame: AnalysisFrame, name: string): Kind | null {
  if (name === 'patient_id') return 'id';
  // Object.hasOwn, not `in`: a column named constructor or toString is not a serial column.
  if (Object.hasOwn(SERIAL_COLUMNS, name)) return 'serial';
  const spec = frame.spec(name);
  if (spec) {
    if (spec.eventValues) return 'event';
    if (spec.type === 'boolean') return 'binary';
    if (spec.type === 'enum' || spec.type === 'string') return 'categorical';
    return spec.unit === 'months' ? 'time' : 'numeric';
  }
  const raw = frame.raw(name);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v !== null && typeof v === 'object') return null; // lists or objects: not usable here
  }
  const cells = frame.cells(name);
  if (!cells.every((c) => c === null || typeof c === 'number')) {
    // Too many groups to compare (validation said so): not offered as a stratifier.
    return countLevels(cells) > MAX_LEVELS ? null : 'categorical';
  }
  return cells.every((c) => c === null || c === 0 || c === 1) ? 'binary' : 'numeric';
}
