/** The survival endpoints of the paper. Part of the registry: their columns are in columns.ts. */

export type EndpointId = 'pfs' | 'os' | 'dor' | 'mrd';

/** Where an endpoint's clock starts. Only clocks that start at infusion take a landmark. */
export type Clock = 'infusion' | 'first-response' | 'first-mrd-negative';

export interface EndpointSpec {
  id: EndpointId;
  label: string;
  /** The abbreviation used in titles (PFS, OS, …). */
  short: string;
  /** Plain-language definition shown under the endpoint picker. */
  definition: string;
  timeColumn: string;
  /** Event column; its coding (which values are the event) is the registry's `eventValues`. */
  eventColumn: string;
  clock: Clock;
  /** Time-axis title: months counted from where the clock starts. */
  timeAxis: string;
}

export const ENDPOINTS: readonly EndpointSpec[] = [
  {
    id: 'pfs',
    label: 'Progression-free survival',
    short: 'PFS',
    definition: 'Months from infusion to progression or death, whichever came first.',
    timeColumn: 'pfs_months',
    eventColumn: 'pfs_event',
    clock: 'infusion',
    timeAxis: 'Months since CAR-T infusion',
  },
  {
    id: 'os',
    label: 'Overall survival',
    short: 'OS',
    definition: 'Months from infusion to death from any cause.',
    timeColumn: 'os_months',
    eventColumn: 'os_event',
    clock: 'infusion',
    timeAxis: 'Months since CAR-T infusion',
  },
  {
    id: 'dor',
    label: 'Duration of response',
    short: 'DOR',
    definition: 'Responders only: months from first response (≥ PR) to progression or death.',
    timeColumn: 'dor_months',
    eventColumn: 'dor_event',
    clock: 'first-response',
    timeAxis: 'Months since first response (PR or better)',
  },
  {
    id: 'mrd',
    label: 'Duration of MRD negativity',
    short: 'MRD negativity',
    definition:
      'Patients ever MRD-negative: months from first negativity to loss of negativity (MRD-positive or progression); death while negative is censored.',
    timeColumn: 'mrd_neg_duration_months',
    eventColumn: 'mrd_neg_end_status',
    clock: 'first-mrd-negative',
    timeAxis: 'Months since first MRD-negative test',
  },
];

/** The endpoint with this id; throws for an unknown id. @example endpointById('os').timeColumn // 'os_months' */
export function endpointById(id: EndpointId): EndpointSpec {
  const spec = ENDPOINTS.find((e) => e.id === id);
  if (!spec) throw new Error(`Unknown endpoint "${id}".`);
  return spec;
}
