/**
 * Request and result of the safety summary (engine kind 'safety'): the CRS grade distribution
 * and the cumulative proportion of patients ADA-positive over time. Added to the union in types.ts.
 */
import type { KmStep } from '../stats/kaplan-meier';

export interface SafetyRequest {
  kind: 'safety';
}

/** One row of a proportion table: n/N with an exact 95 % CI. */
export interface ProportionRow {
  label: string;
  /** The CRS grades the row counts. */
  grades: number[];
  n: number;
  total: number;
  proportion: number | null;
  lower: number | null;
  upper: number | null;
}

export interface CrsTable {
  /** One row per grade, 0 to the highest grade seen (at least 3). */
  grades: ProportionRow[];
  /** Any CRS (≥ 1), grade 1–2, grade ≥ 3. */
  groups: ProportionRow[];
  nUsed: number;
  nTotal: number;
  method: string;
}

export interface AdaCumulative {
  /** Patients ever ADA-positive after infusion / patients tested. */
  positive: number;
  tested: number;
  nTotal: number;
  /** The crude proportion ever ADA-positive (positive / tested) with its exact 95 % CI. */
  crude: ProportionRow;
  /** Time to first ADA positivity, censored at last follow-up: Kaplan–Meier steps (S, not 1 − S). */
  steps: KmStep[];
  n: number;
  events: number;
  /** Cumulative proportion ADA-positive (1 − S) with its 95 % CI at chosen months. */
  at: {
    time: number;
    cumulative: number;
    lower: number | null;
    upper: number | null;
    nRisk: number;
  }[];
  /** Patients left out: positive without a date of first positivity, or no follow-up time. */
  leftOut: number;
  method: string;
  caveats: string[];
}

export interface SafetyResult {
  crs: CrsTable | null;
  ada: AdaCumulative | null;
  nTotal: number;
}
