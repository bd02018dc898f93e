import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { groupStyle } from '../../../src/lib/layout/palette';
import { linkedHighlight, swimmerGroupStyles } from '../../../src/lib/state/mrd-link';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const swimmer = engine.run({ kind: 'swimmer' });
const km = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'mrd_group' });
const link = (source: Parameters<typeof linkedHighlight>[4], endpoint: 'pfs' | 'os' = 'pfs') =>
  linkedHighlight(swimmer.rows, swimmer.groups, km.groups, endpoint, source);

describe('linking the swimmer plot and the Kaplan–Meier chart', () => {
  it('a patient points to their PFS time, event or censoring, on their group’s curve', () => {
    for (const row of swimmer.rows) {
      const { patients, marks } = link({ patient: row.patientId });
      expect(patients).toEqual([row.patientId]);
      expect(marks).toHaveLength(1);
      const curve = km.groups[marks[0].curve];
      expect(String(curve.value)).toBe(swimmer.groups[row.group].value);
      expect(marks[0]).toMatchObject({ time: row.pfs.time, event: row.pfs.event });
      // The time is one of the curve's steps, with an event there when the patient had one.
      const step = curve.steps.find((s) => s.time === row.pfs.time);
      expect(step).toBeDefined();
      if (row.pfs.event) expect(step!.nEvent).toBeGreaterThan(0);
      else expect(step!.nCensor).toBeGreaterThan(0);
    }
  });

  it('a time on the chart points to every patient whose event or censoring is at that time', () => {
    for (const g of km.groups) {
      for (const s of g.steps) {
        const { patients, marks } = link({ time: s.time });
        const here = swimmer.rows.filter((r) => r.pfs.time === s.time);
        expect(patients.sort()).toEqual(here.map((r) => r.patientId).sort());
        expect(marks.length).toBeGreaterThanOrEqual(s.nEvent + s.nCensor);
      }
    }
    expect(link({ time: 1000 })).toEqual({ patients: [], marks: [] });
    expect(link(null)).toEqual({ patients: [], marks: [] });
  });

  it('with OS chosen, a patient points to their death or last follow-up', () => {
    const died = swimmer.rows.find((r) => r.death !== null)!;
    expect(link({ patient: died.patientId }, 'os').marks[0]).toMatchObject({
      time: died.death,
      event: true,
    });
  });

  it('each swimmer group takes the colour of its curve, grey when the chart has none', () => {
    const styles = swimmerGroupStyles(swimmer.groups, km.groups);
    swimmer.groups.forEach((g, k) => {
      const curve = km.groups.findIndex((c) => String(c.value) === g.value);
      expect(styles[k]).toEqual(groupStyle(curve));
    });
    expect(swimmerGroupStyles(swimmer.groups, [])[0].color).toBe('#8a93a3');
  });
});
