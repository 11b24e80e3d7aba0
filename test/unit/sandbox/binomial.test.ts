import { describe, expect, it } from 'vitest';
import { binomialSampler } from '../../../sandbox/inference/binomial';

function moments(draw: (n: number, p: number) => number, n: number, p: number, runs: number) {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < runs; i++) {
    const x = draw(n, p);
    sum += x;
    squares += x * x;
  }
  const mean = sum / runs;
  return { mean, variance: squares / runs - mean * mean };
}

describe('binomialSampler', () => {
  it('draws with the binomial mean and variance above a mean of 10, where the library alone is biased', () => {
    const draw = binomialSampler(5);
    // 50,000 draws: the standard error of the mean is about 0.02, of the variance about 0.03 of it.
    for (const [n, p] of [
      [20, 0.5],
      [1500, 0.012],
      [100, 0.97],
    ] as const) {
      const { mean, variance } = moments(draw, n, p, 50_000);
      expect(Math.abs(mean - n * p)).toBeLessThan(0.1 * Math.sqrt(n * p * (1 - p)) + 0.02);
      expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.95);
      expect(variance / (n * p * (1 - p))).toBeLessThan(1.05);
    }
  });

  it('returns every trial or none at the extremes and is reproducible from its seed', () => {
    const draw = binomialSampler(1);
    expect(draw(0, 0.3)).toBe(0);
    expect(draw(40, 0)).toBe(0);
    expect(draw(40, 1)).toBe(40);
    const again = binomialSampler(1);
    const other = binomialSampler(1);
    expect(Array.from({ length: 20 }, () => again(600, 0.02))).toEqual(
      Array.from({ length: 20 }, () => other(600, 0.02)),
    );
  });
});
