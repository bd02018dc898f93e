import type { ColumnInfo, SurvivalRequest, SwimmerRequest, SwimmerSort } from '../engine/types';
import { survivalPlan, type SurvivalChoices } from './survival-plan';

/** The parts of the view state the MRD view depends on. */
export interface MrdChoices extends SurvivalChoices {
  swimmerSort: SwimmerSort;
}

/** What the MRD tab shows. */
export interface MrdPlan {
  /** The swimmer plot; null when the dataset has no serial MRD tests (swimmerNote says so). */
  swimmer: SwimmerRequest | null;
  swimmerNote: string | null;
  /** PFS (or OS) by MRD group, linked to the swimmer (Fig. 5A); null without MRD groups. */
  linked: SurvivalRequest | null;
  /** Why the linked chart shows PFS although another endpoint is chosen. */
  linkedNote: string | null;
  /** Probability of remaining MRD-negative (endpoint mrd) by the active stratifier (Fig. 5E–H). */
  negativity: SurvivalRequest | null;
}

/** Months at which the probability of remaining MRD-negative is reported. */
export const NEGATIVITY_TIMES = [12, 24];

/**
 * The MRD tab's requests. The swimmer plot and the chart linked to it are grouped by MRD group;
 * the chart's reference group is the explorer's default, the largest (the sustained MRD-negative
 * group has no PFS event by definition, so no hazard ratio can be estimated against it), and the
 * swimmer takes each group's colour from the chart (mrd-link.ts). The linked endpoint is OS when OS is chosen, else
 * PFS (the swimmer's clock starts at infusion; DOR's and MRD duration's start later). The curve
 * of remaining MRD-negative follows the "Compare groups" controls; with no stratifier it is one
 * curve of every patient who became MRD-negative.
 * @example mrdPlan({ ...choices, endpoint: 'os' }, columns).linked?.endpoint // 'os'
 */
export function mrdPlan(c: MrdChoices, columns: readonly ColumnInfo[]): MrdPlan {
  const has = (name: string) => columns.some((col) => col.name === name);
  const groups = has('mrd_group');
  const swimmer: SwimmerRequest | null =
    groups && has('mrd_assessments') ? { kind: 'swimmer', sort: c.swimmerSort } : null;
  const swimmerNote = swimmer
    ? null
    : 'No swimmer plot: this dataset has no serial MRD tests (the mrd_assessments column, or mrd.csv chosen with a CSV file).';
  const linkedEndpoint = c.endpoint === 'os' ? 'os' : 'pfs';
  const linked: SurvivalRequest | null = groups
    ? {
        kind: 'survival',
        endpoint: linkedEndpoint,
        stratifier: 'mrd_group',
      }
    : null;
  const linkedNote =
    c.endpoint === 'dor' || c.endpoint === 'mrd'
      ? 'The chart linked to the swimmer plot shows progression-free survival: its clock starts at infusion, as the swimmer’s does (duration of response and of MRD negativity start later).'
      : null;
  const negativity: SurvivalRequest | null = has('mrd_neg_duration_months')
    ? {
        kind: 'survival',
        ...survivalPlan({ ...c, endpoint: 'mrd', facet: null }, columns).main,
        times: NEGATIVITY_TIMES,
      }
    : null;
  return { swimmer, swimmerNote, linked, linkedNote, negativity };
}
