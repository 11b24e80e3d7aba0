import { describe, expect, it } from 'vitest';
import { judgeDrift } from '../../../actions/verify-slo/drift';
import { DistributionCounts } from '../../../actions/verify-slo/drift-counts';
import { divergence } from '../../../actions/verify-slo/drift-measures';
import { betaBins, simulate } from '../../../bench/drift/simulate';

const REFERENCE = betaBins(2, 5);

describe('drift measures', () => {
  it('are 0 for identical distributions and grow with the shift', () => {
    for (const measure of ['psi', 'js', 'ks'] as const) {
      const same = divergence(measure, [50, 30, 20], [500, 300, 200], true);
      expect(same).toBeCloseTo(0, 2);
      const small = divergence(measure, [55, 30, 15], [50, 30, 20], true);
      const large = divergence(measure, [80, 15, 5], [50, 30, 20], true);
      expect(small).toBeGreaterThan(0);
      expect(large).toBeGreaterThan(small);
    }
  });

  it('computes the textbook values', () => {
    // KS of cumulative shares (0.5, 0.8, 1) and (0.8, 0.95, 1): the largest gap is 0.3.
    expect(divergence('ks', [50, 30, 20], [80, 15, 5], true)).toBeCloseTo(0.3, 6);
    // Classes: total variation ½·(0.3 + 0.15 + 0.15).
    expect(divergence('ks', [50, 30, 20], [80, 15, 5], false)).toBeCloseTo(0.3, 6);
    // JS of disjoint distributions is ln 2.
    expect(divergence('js', [10, 0], [0, 10], false)).toBeCloseTo(Math.log(2), 6);
    // PSI Σ (p − q) ln(p/q) on large counts (smoothing negligible).
    const psi = (0.6 - 0.5) * Math.log(0.6 / 0.5) + (0.4 - 0.5) * Math.log(0.4 / 0.5);
    expect(divergence('psi', [60000, 40000], [50000, 50000], false)).toBeCloseTo(psi, 4);
  });
});

describe('drift decisions', () => {
  it('decides nothing before each track has 100 predictions', () => {
    const d = judgeDrift([90, 0, 0], [0, 0, 99], {
      measure: 'psi',
      maxDrift: 0.1,
      alpha: 0.01,
      beta: 0.01,
      minCount: 100,
      ordered: true,
      look: 1,
    });
    expect(d.decision).toBe('continue');
    expect(d.detail).toMatch(/not enough predictions/);
  });

  // The false-rollback rate of identical distributions, at low traffic (5 predictions a look) and at
  // high traffic (200 a look); bench/drift.ts runs the larger simulation docs/drift-decisions.md reports.
  it.each([
    { perLook: 5, looks: 40, runs: 40, seed: 11 },
    { perLook: 200, looks: 15, runs: 40, seed: 12 },
  ])(
    'does not fail identical distributions by noise ($perLook predictions a look)',
    { timeout: 120_000 },
    (o) => {
      const result = simulate({ canary: REFERENCE, reference: REFERENCE, ...o });
      expect(result.fail).toBeLessThanOrEqual(1);
    },
  );

  it(
    'passes identical distributions once the counts allow, and a shift inside max-drift too',
    { timeout: 120_000 },
    () => {
      const same = simulate({
        canary: REFERENCE,
        reference: REFERENCE,
        perLook: 200,
        looks: 25,
        runs: 40,
        seed: 13,
      });
      expect(same.pass).toBeGreaterThanOrEqual(38);
      // Beta(2.2, 5) against Beta(2, 5): PSI 0.018.
      const small = simulate({
        canary: betaBins(2.2, 5),
        reference: REFERENCE,
        perLook: 200,
        looks: 40,
        runs: 40,
        seed: 14,
      });
      expect(small.fail).toBe(0);
      expect(small.pass).toBeGreaterThanOrEqual(38);
    },
  );

  it(
    'fails a real shift as soon as both tracks have their first 100 predictions',
    { timeout: 120_000 },
    () => {
      // Beta(5, 2) against Beta(2, 5): PSI 6.4.
      const big = simulate({
        canary: betaBins(5, 2),
        reference: REFERENCE,
        perLook: 50,
        looks: 10,
        runs: 40,
        seed: 15,
      });
      expect(big.fail).toBe(40);
      expect(Math.max(...big.failLooks)).toBe(2);
    },
  );

  it('fails a moderate shift with every measure, and a shift in class shares', { timeout: 120_000 }, () => {
    // Beta(3, 5) against Beta(2, 5): PSI 0.35, JS 0.041, KS 0.23.
    for (const [measure, maxRuns] of [
      ['psi', 40],
      ['ks', 40],
    ] as const) {
      const shifted = simulate({
        canary: betaBins(3, 5),
        reference: REFERENCE,
        measure,
        perLook: 200,
        looks: 30,
        runs: 20,
        seed: 16,
      });
      expect(shifted.fail, measure).toBe(20);
      expect(Math.max(...shifted.failLooks), measure).toBeLessThan(maxRuns);
    }
    // approve/review/decline 70/20/10 against 90/8/2: PSI 0.29.
    const classes = simulate({
      canary: [0.7, 0.2, 0.1],
      reference: [0.9, 0.08, 0.02],
      ordered: false,
      perLook: 50,
      looks: 40,
      runs: 20,
      seed: 17,
    });
    expect(classes.fail).toBe(20);
  });
});

describe('distribution counts', () => {
  const bucket = (pod: string, le: string, value: number) => ({ labels: { pod, le }, value });

  it('counts per bucket since the first reading, with each series reset handled', () => {
    const counts = new DistributionCounts('le');
    counts.observe([bucket('a', '0.5', 10), bucket('a', '1', 20), bucket('a', '+Inf', 20)]);
    counts.observe([bucket('a', '0.5', 15), bucket('a', '1', 30), bucket('a', '+Inf', 30)]);
    // The pod restarts: its counters start again from zero; a second pod appears and counts from zero.
    counts.observe([
      bucket('a', '0.5', 2),
      bucket('a', '1', 3),
      bucket('a', '+Inf', 3),
      bucket('b', '0.5', 1),
      bucket('b', '1', 4),
      bucket('b', '+Inf', 4),
    ]);
    expect([...counts.buckets()]).toEqual([
      ['0.5', 5 + 2 + 1],
      ['1', 5 + 1 + 3],
      ['+Inf', 0],
    ]);
  });

  it('counts a class first seen after counting began from zero', () => {
    const counts = new DistributionCounts('class');
    counts.observe([{ labels: { class: 'approve' }, value: 100 }]);
    counts.observe([
      { labels: { class: 'approve' }, value: 110 },
      { labels: { class: 'decline' }, value: 7 },
    ]);
    expect(Object.fromEntries(counts.classes())).toEqual({ approve: 10, decline: 7 });
  });
});
