import type { EndpointId } from './types';

export interface EndpointSpec {
  id: EndpointId;
  label: string;
  /** Plain-language definition shown under the chart. */
  definition: string;
  timeColumn: string;
  eventColumn: string;
  /** For event columns that hold a status code: the value that counts as the event. */
  eventValue?: number;
}

/** The survival endpoints; time in months from CAR-T infusion unless stated. */
export const ENDPOINTS: readonly EndpointSpec[] = [
  {
    id: 'pfs',
    label: 'Progression-free survival',
    definition: 'Months from infusion to progression or death, whichever came first.',
    timeColumn: 'pfs_months',
    eventColumn: 'pfs_event',
  },
  {
    id: 'os',
    label: 'Overall survival',
    definition: 'Months from infusion to death from any cause.',
    timeColumn: 'os_months',
    eventColumn: 'os_event',
  },
  {
    id: 'dor',
    label: 'Duration of response',
    definition: 'Responders only: months from first response (≥ PR) to progression or death.',
    timeColumn: 'dor_months',
    eventColumn: 'dor_event',
  },
  {
    id: 'mrd',
    label: 'Duration of MRD negativity',
    definition:
      'Patients ever MRD-negative: months from first negativity to loss of negativity (MRD-positive or progression); death while negative is censored.',
    timeColumn: 'mrd_neg_duration_months',
    eventColumn: 'mrd_neg_end_status',
    eventValue: 1,
  },
];

export function endpointById(id: EndpointId): EndpointSpec {
  const spec = ENDPOINTS.find((e) => e.id === id);
  if (!spec) throw new Error(`Unknown endpoint "${id}".`);
  return spec;
}
