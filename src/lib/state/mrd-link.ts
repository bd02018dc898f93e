import type { SwimmerGroup, SwimmerRow } from '../engine/types';
import type { KmHighlight } from '../layout/km-highlight';
import type { PaletteChoice } from '../layout/figure-options';
import type { GroupStyle } from '../layout/palette';
import { paletteStyles } from '../layout/palette-options';

/** What the user points at: a patient's swimmer row, or a time on the linked Kaplan–Meier chart. */
export type LinkSource = { patient: string } | { time: number } | null;

export interface LinkedHighlight {
  /** Patients highlighted in the swimmer plot. */
  patients: string[];
  /** Their markers on the linked chart. */
  marks: KmHighlight[];
}

/**
 * Links the swimmer plot and the Kaplan–Meier chart of the same patients by MRD group: a patient
 * points to their event or censoring time on their group's curve; a time on the chart points to
 * every patient whose event or censoring is at that time. `endpoint` says which time (PFS or OS).
 * @example linkedHighlight(rows, groups, km.groups, 'pfs', { patient: 'SIM-012' }).marks[0].event
 */
export function linkedHighlight(
  rows: readonly SwimmerRow[],
  groups: readonly SwimmerGroup[],
  curves: readonly { value: string | number }[],
  endpoint: 'pfs' | 'os',
  source: LinkSource,
): LinkedHighlight {
  if (source === null) return { patients: [], marks: [] };
  const chosen =
    'patient' in source
      ? rows.filter((r) => r.patientId === source.patient)
      : rows.filter((r) => sameTime(r[endpoint].time, source.time));
  const curveOf = curveIndex(groups, curves);
  const marks: KmHighlight[] = [];
  for (const r of chosen) {
    const curve = curveOf[r.group];
    if (curve < 0) continue;
    const { time, event } = r[endpoint];
    marks.push({ curve, time, event, label: r.patientId });
  }
  return { patients: chosen.map((r) => r.patientId), marks };
}

/**
 * The style of each swimmer group: its Kaplan–Meier curve's colour and dash, so a group reads the
 * same in both charts (grey for a group the chart does not show), under the Figure palette.
 * @example swimmerGroupStyles(groups, km.groups)[0].color // '#0072B2'
 */
export function swimmerGroupStyles(
  groups: readonly SwimmerGroup[],
  curves: readonly { value: string | number }[],
  palette: PaletteChoice = { kind: 'okabe' },
): GroupStyle[] {
  const styles = paletteStyles(curves.length, palette);
  return curveIndex(groups, curves).map((k) =>
    k < 0 ? { color: '#8a93a3', dash: '' } : styles[k],
  );
}

function curveIndex(
  groups: readonly SwimmerGroup[],
  curves: readonly { value: string | number }[],
): number[] {
  return groups.map((g) => curves.findIndex((c) => String(c.value) === g.value));
}

function sameTime(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
