import { endpointById, type EndpointId, type EndpointSpec } from '../data/endpoints';
import { isDetectable } from '../data/pk-from-samples';
import { mrdEntries, pkEntries, responseEntries } from '../data/serial-entries';
import { tdCovariate, type TdCovariateId } from '../data/time-dependent-covariates';
import type { AnalysisFrame } from './analysis-frame';
import { landmarkTime } from './survival-inputs';
import {
  adaPath,
  carDetectablePath,
  inCrPath,
  mrdNegativePath,
  sustainedPath,
  valueAt,
  type PathStep,
} from './covariate-path';

/** Which covariate and endpoint the split data are for. */
export interface CountingProcessSpec {
  endpoint: EndpointId;
  covariate: TdCovariateId;
  /** X of "MRD-negative for ≥ X months". */
  months?: number;
}

export interface CountingPatient {
  /** Row of the patient in the frame. */
  row: number;
  id: string;
  /** Endpoint time (months since infusion) and event. */
  time: number;
  event: 0 | 1;
  path: PathStep[];
}

/** Counting-process data: one row per interval (start, stop] of constant z. */
export interface CountingProcess {
  endpoint: EndpointSpec;
  patients: CountingPatient[];
  /** Per split row: index into `patients`. */
  patient: Int32Array;
  start: Float64Array;
  stop: Float64Array;
  /** 1 only on a patient's last interval when the endpoint event happened then. */
  event: Uint8Array;
  z: Float64Array;
  nTotal: number;
  /** Patients left out, by reason (plain words). */
  excluded: { reason: string; n: number }[];
}

/**
 * Counting-process (start, stop] data of one endpoint and one time-dependent covariate (Andersen &
 * Gill 1982): per patient, the follow-up from infusion to the endpoint time split at every time
 * z(t) changes, z on each interval the value known at its start (never looking forward), the
 * event on the last interval. Serial days become months with the dataset's days per month.
 * As R's survival::tmerge(…, event(time, status), z = tdc(change, value)).
 * @example countingProcess(frame, { endpoint: 'pfs', covariate: 'mrd_neg' }, 30.4375).start.length
 */
export function countingProcess(
  frame: AnalysisFrame,
  spec: CountingProcessSpec,
  monthDays: number,
): CountingProcess {
  const endpoint = endpointById(spec.endpoint);
  const covariate = tdCovariate(spec.covariate);
  if (endpoint.clock !== 'infusion') {
    throw new Error(
      `A time-dependent covariate is followed from infusion, so it applies to PFS and OS, not to ${endpoint.label.toLowerCase()}.`,
    );
  }
  if (covariate.needsMonths && !(spec.months !== undefined && spec.months > 0)) {
    throw new Error(`"${covariate.label()}" needs a number of months greater than 0.`);
  }
  const source = covariate.requires[0];
  if (!frame.has(source)) {
    throw new Error(
      `"${covariate.label(spec.months)}" is built from the column ${source}, which this dataset does not have.`,
    );
  }
  const time = frame.numeric(endpoint.timeColumn);
  const event = frame.event(endpoint.eventColumn);
  const pfs = frame.numeric('pfs_months');
  const type = frame.has('pfs_event_type') ? frame.cells('pfs_event_type') : null;
  const ids = frame.cells('patient_id');
  const serial = spec.covariate === 'ada_pos' ? null : frame.raw(source);
  const adaPos = spec.covariate === 'ada_pos' ? frame.numeric('ada_post_pos') : null;
  const adaTime =
    spec.covariate === 'ada_pos' && frame.has('ada_first_pos_months')
      ? frame.numeric('ada_first_pos_months')
      : null;
  const md = monthDays;
  const excluded = new Map<string, number>();
  const exclude = (reason: string) => excluded.set(reason, (excluded.get(reason) ?? 0) + 1);

  const patients: CountingPatient[] = [];
  for (let i = 0; i < frame.n; i++) {
    if (Number.isNaN(time[i]) || Number.isNaN(event[i])) {
      exclude(`no ${endpoint.short} time or event`);
      continue;
    }
    if (!(time[i] > 0)) {
      exclude(`${endpoint.short} time of 0 months`);
      continue;
    }
    const pd = type && type[i] === 'progression' && !Number.isNaN(pfs[i]) ? pfs[i] : null;
    let path: PathStep[] | null;
    switch (spec.covariate) {
      case 'mrd_neg':
      case 'mrd_neg_sustained': {
        const tests = mrdEntries(serial?.[i]).map((e) => ({ time: e.day / md, result: e.result }));
        const neg = mrdNegativePath(tests, pd);
        path = spec.covariate === 'mrd_neg' ? neg : sustainedPath(neg, spec.months!);
        break;
      }
      case 'car_detectable': {
        const samples = pkEntries(serial?.[i]);
        path =
          samples.length === 0
            ? null
            : carDetectablePath(
                samples.map((e) => ({ time: e.day / md, detectable: isDetectable(e) })),
              );
        if (!path) exclude('no PK sample');
        break;
      }
      case 'in_cr':
        path = inCrPath(
          responseEntries(serial?.[i]).map((e) => ({
            time: e.day / md,
            cr: e.response === 'CR' || e.response === 'sCR',
          })),
          pd,
        );
        break;
      case 'ada_pos': {
        const pos = adaPos![i];
        const t = adaTime?.[i] ?? NaN;
        path = pos === 0 ? adaPath(null) : pos === 1 && !Number.isNaN(t) ? adaPath(t) : null;
        if (!path) exclude('ADA result or time of first positive test not known');
        break;
      }
    }
    if (!path) continue;
    patients.push({
      row: i,
      id: String(ids[i] ?? `row ${i + 1}`),
      time: time[i],
      event: event[i] === 1 ? 1 : 0,
      path,
    });
  }
  return {
    endpoint,
    patients,
    ...split(patients),
    nTotal: frame.n,
    excluded: [...excluded].map(([reason, n]) => ({ reason, n })),
  };
}

/** Split every patient's follow-up (0, time] at the changes of z strictly inside it. */
function split(patients: readonly CountingPatient[]) {
  const p: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const e: number[] = [];
  const z: number[] = [];
  patients.forEach((pt, k) => {
    const cuts = pt.path.map((s) => s.time).filter((t) => t > 0 && t < pt.time);
    const starts = [0, ...cuts];
    starts.forEach((s, j) => {
      p.push(k);
      a.push(s);
      b.push(j + 1 < starts.length ? starts[j + 1] : pt.time);
      e.push(j + 1 < starts.length ? 0 : pt.event);
      z.push(valueAt(pt.path, s));
    });
  });
  return {
    patient: Int32Array.from(p),
    start: Float64Array.from(a),
    stop: Float64Array.from(b),
    event: Uint8Array.from(e),
    z: Float64Array.from(z),
  };
}

/**
 * The landmark data of counting-process data: patients still followed after L (landmarkTime),
 * grouped by z known at L, time counted from L; nExcluded = patients whose follow-up ended at or
 * before L.
 * @example atLandmark(countingProcess(frame, spec, 30.4375), 6).z
 */
export function atLandmark(
  cp: CountingProcess,
  L: number,
): { time: Float64Array; event: Uint8Array; z: Float64Array; nExcluded: number } {
  const kept = cp.patients.filter((p) => !Number.isNaN(landmarkTime(p.time, L)));
  return {
    time: Float64Array.from(kept, (p) => landmarkTime(p.time, L)),
    event: Uint8Array.from(kept, (p) => p.event),
    z: Float64Array.from(kept, (p) => valueAt(p.path, L)),
    nExcluded: cp.patients.length - kept.length,
  };
}
