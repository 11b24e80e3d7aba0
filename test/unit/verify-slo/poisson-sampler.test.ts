import { describe, expect, it } from 'vitest';
import { mean, variance } from 'simple-statistics';
import { poissonSampler } from '../../../actions/verify-slo/poisson-sampler';

describe('poissonSampler', () => {
  it.each([0.5, 4, 29, 31, 500])('draws with mean and variance close to %s', (lambda) => {
    const draw = poissonSampler(42);
    const draws = Array.from({ length: 20_000 }, () => draw(lambda));
    // Standard error of the mean: sqrt(lambda / n); 5 of them is far beyond chance.
    expect(Math.abs(mean(draws) - lambda)).toBeLessThan(5 * Math.sqrt(lambda / 20_000) + 0.01);
    expect(variance(draws) / lambda).toBeGreaterThan(0.93);
    expect(variance(draws) / lambda).toBeLessThan(1.07);
    expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
  });

  it('repeats its draws for a seed and differs between seeds', () => {
    const a = poissonSampler(7);
    const b = poissonSampler(7);
    const c = poissonSampler(8);
    const first = Array.from({ length: 50 }, () => a(10));
    expect(Array.from({ length: 50 }, () => b(10))).toEqual(first);
    expect(Array.from({ length: 50 }, () => c(10))).not.toEqual(first);
  });
});
