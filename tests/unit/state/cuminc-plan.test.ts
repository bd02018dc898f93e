import { describe, expect, it } from 'vitest';
import { cumincPlan } from '../../../src/lib/state/cuminc-plan';

describe('cumincPlan', () => {
  it.each([
    {
      label: 'no Kaplan–Meier curve: no request',
      negativity: null,
      expected: null,
    },
    {
      label: 'another endpoint (no competing code): no request',
      negativity: { kind: 'survival' as const, endpoint: 'pfs' as const, stratifier: null },
      expected: null,
    },
    {
      label: 'the same groups, cut, as published, reference, groups left out and months',
      negativity: {
        kind: 'survival' as const,
        endpoint: 'mrd' as const,
        stratifier: 'bm_pc_pct',
        cut: 50,
        asPublished: true,
        exclude: [1],
        reference: 0,
        times: [12, 24],
      },
      expected: {
        kind: 'cuminc',
        endpoint: 'mrd',
        stratifier: 'bm_pc_pct',
        cut: 50,
        asPublished: true,
        exclude: [1],
        reference: 0,
        times: [12, 24],
      },
    },
  ])('$label', ({ negativity, expected }) => {
    expect(cumincPlan(negativity)).toEqual(expected);
  });
});
