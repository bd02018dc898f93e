import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { packAnswer, unpackAnswer } from '../../../src/lib/engine/packed-steps';

const step = (time: number, lower: number | null) => ({
  time,
  nRisk: 10,
  nEvent: 1,
  nCensor: 0,
  surv: 0.9,
  stdErr: null,
  lower,
  upper: 0.99,
});

/** Packs, sends through a structured clone as postMessage would, and unpacks. */
function roundTrip(value: unknown): { back: unknown; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const packed = structuredClone(packAnswer(value, transfer));
  return { back: unpackAnswer(packed), transfer };
}

describe('packed steps', () => {
  it('an engine answer comes back equal after packing, transfer and unpacking (demo cohort, every curve)', () => {
    const engine = createEngine();
    engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo.arrow');
    for (const request of [
      { kind: 'survival', endpoint: 'pfs', stratifier: 'triple_refractory' },
      { kind: 'survival', endpoint: 'os', stratifier: 'mrd_group', landmark: 6 },
      { kind: 'timeDependent', endpoint: 'pfs', covariate: 'mrd_neg_sustained', months: 12 },
    ] as const) {
      const answer = engine.run(request as never);
      const { back, transfer } = roundTrip(answer);
      expect(back).toEqual(answer);
      expect(transfer.length).toBeGreaterThan(0);
    }
  });

  it('packing keeps nulls, NaN and infinities apart, and the step fields in their order', () => {
    const steps = [step(1, null), { ...step(2, 0.5), stdErr: Infinity }, { ...step(3, NaN) }];
    const { back } = roundTrip({ groups: [{ label: 'A', steps }] });
    const got = (back as { groups: { steps: typeof steps }[] }).groups[0].steps;
    expect(got[0].lower).toBeNull();
    expect(got[0].stdErr).toBeNull();
    expect(got[1].stdErr).toBe(Infinity);
    expect(got[2].lower).toBeNaN();
    expect(Object.keys(got[0])).toEqual(Object.keys(steps[0]));
  });

  it('packing leaves alone what is not an array of Kaplan–Meier steps', () => {
    const value = {
      steps: [{ time: 1, value: 2 }], // other fields: not packed
      curve: { steps: [] as unknown[] },
      codes: Int32Array.of(1, 2, 3),
      rows: [step(1, 0.5)], // not named steps
      note: null,
    };
    const transfer: ArrayBuffer[] = [];
    const packed = packAnswer(value, transfer) as typeof value;
    expect(transfer).toEqual([]);
    expect(packed).toEqual(value);
    expect(packed.codes).toBe(value.codes);
  });
});
