import type { EndpointId } from '../data/endpoints';
import type {
  AucMethod,
  ColumnInfo,
  KineticsRequest,
  KineticsTest,
  SafetyRequest,
  SurvivalSpec,
} from '../engine/types';
import { hasKinetics } from './kinetics-plan';

/** The parts of the view state the safety tab depends on. */
export interface SafetyChoices {
  endpoint: EndpointId;
  kineticsTest: KineticsTest;
  aucMethod: AucMethod;
}

/** What the safety tab shows: the CRS and ADA summary, kinetics by CRS and by ADA, survival by ADA. */
export interface SafetyPlan {
  safety: SafetyRequest;
  byCrs: KineticsRequest | null;
  byAda: KineticsRequest | null;
  /** The endpoint's Kaplan–Meier curves by ADA status (the survival view's request). */
  survival: SurvivalSpec | null;
}

/** The grouping columns of the safety tab: CRS grade 0–1 vs ≥ 2, and ADA after infusion. */
export const CRS_GROUPS = 'crs_high';
export const ADA_GROUPS = 'ada_post_pos';

/**
 * The safety tab's requests for a dataset: each is null when the dataset lacks its columns.
 * @example safetyPlan({ endpoint: 'pfs', kineticsTest: 'rank', aucMethod: 'linear' }, columns).byCrs?.groupBy // 'crs_high'
 */
export function safetyPlan(c: SafetyChoices, columns: readonly ColumnInfo[]): SafetyPlan {
  const has = (name: string) => columns.some((col) => col.name === name);
  const kinetics = (groupBy: string): KineticsRequest | null =>
    hasKinetics(columns) && has(groupBy)
      ? { kind: 'kinetics', groupBy, test: c.kineticsTest, auc: c.aucMethod }
      : null;
  return {
    safety: { kind: 'safety' },
    byCrs: kinetics(CRS_GROUPS),
    byAda: kinetics(ADA_GROUPS),
    survival: has(ADA_GROUPS) ? { endpoint: c.endpoint, stratifier: ADA_GROUPS } : null,
  };
}
