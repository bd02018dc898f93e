import { PATIENT_COLUMNS } from './columns';
import { derivedSpec } from './registry';

const INPUT_NAMES = PATIENT_COLUMNS.map((c) => c.name);
/** Inputs of the computed columns whose rule is said in words rather than by column name. */
const BY_SOURCE: Readonly<Record<string, string>> = {
  'mrd-negativity': 'mrd_first_neg_months',
  'car-t-detection': 'car_persist_months',
};

/**
 * The file columns a computed column is made from: those its rule names, and for the
 * threshold and MRD columns the time they read. Empty for a column the registry does not compute.
 * @example derivedInputs('triple_refractory') // ['pi_refractory', 'imid_refractory', 'mab_refractory']
 */
export function derivedInputs(name: string): string[] {
  const spec = derivedSpec(name);
  if (!spec) return [];
  const named = INPUT_NAMES.filter((c) => new RegExp(`\\b${c}\\b`).test(spec.rule));
  const source = spec.threshold ? BY_SOURCE[spec.threshold.of] : undefined;
  const mrd = name.startsWith('mrd_') ? 'mrd_first_neg_months' : undefined;
  return [...new Set([...named, ...[source, mrd].filter((c): c is string => !!c)])];
}
