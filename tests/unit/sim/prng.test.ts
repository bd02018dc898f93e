import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../../../scripts/sim/prng';

const draw = (seed: number, n: number, f: 'uniform' | 'normal') => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng[f]());
};

describe('createRng', () => {
  it('createRng gives the same stream for the same seed', () => {
    expect(draw(7, 1000, 'uniform')).toEqual(draw(7, 1000, 'uniform'));
    expect(draw(7, 1000, 'normal')).toEqual(draw(7, 1000, 'normal'));
  });

  it('createRng gives different streams for different seeds', () => {
    expect(draw(7, 10, 'uniform')).not.toEqual(draw(8, 10, 'uniform'));
  });

  it('uniform stays strictly inside (0, 1) and has mean 1/2 and variance 1/12', () => {
    const u = draw(11, 100000, 'uniform');
    expect(Math.min(...u)).toBeGreaterThan(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const mean = u.reduce((s, v) => s + v, 0) / u.length;
    const variance = u.reduce((s, v) => s + (v - mean) ** 2, 0) / (u.length - 1);
    // R: var(runif(1e5)) ≈ 1/12; tolerance ≈ 4 standard errors
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.004);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.0015);
  });

  it('normal (Box–Muller) has mean 0, variance 1 and the 97.5% quantile near 1.96', () => {
    const z = draw(12, 100000, 'normal').sort((a, b) => a - b);
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / (z.length - 1);
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    // R: qnorm(0.975) = 1.959964; sampling SE of the quantile ≈ 0.009
    expect(Math.abs(z[97500] - 1.959964)).toBeLessThan(0.04);
  });

  it('int stays in range and shuffle keeps every element', () => {
    const rng = createRng(3);
    const ints = Array.from({ length: 1000 }, () => rng.int(5));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4]));
    const shuffled = rng.shuffle([...Array(20).keys()]);
    expect([...shuffled].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });
});

describe('deriveSeed', () => {
  it('deriveSeed is a pure function of seed and label and separates labels', () => {
    expect(deriveSeed(1, 2)).toBe(deriveSeed(1, 2));
    const labels = new Set(Array.from({ length: 50 }, (_, k) => deriveSeed(1, k)));
    expect(labels.size).toBe(50);
  });
});
