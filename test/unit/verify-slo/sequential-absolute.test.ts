// Error rates of the absolute decision measured by simulation (bench/sequential/simulate.ts): many
// synthetic canaries at a known bad-event share, judged at every look as verify-slo judges them.
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationSettings } from '../../../bench/sequential/simulate';
import { SEQUENTIAL_DEFAULTS } from '../../../actions/verify-slo/sequential';
import { LOOK_MS } from '../../../actions/verify-slo/count-looks';

/**
 * The most wrong decisions we accept out of `runs` when the method promises at most `rate`: the promised
 * count plus 3 Monte Carlo standard errors. A method whose true rate is exactly `rate` lands above this
 * about 0.13 % of the time; the seed is fixed, so each test is deterministic either way.
 */
function allowed(rate: number, runs: number): number {
  return runs * rate + 3 * Math.sqrt(runs * rate * (1 - rate));
}

const base: Omit<SimulationSettings, 'share' | 'runs' | 'seed'> = {
  budget: 0.01,
  alpha: 0.01,
  beta: 0.01,
  rps: 20,
  intervalS: 30,
  durationS: 600,
  bakeS: 240,
  rule: 'verify',
};

describe('absolute decision error rates, by simulation', { timeout: 120_000 }, () => {
  it('at the budget itself, fails at most α and passes at most β of 2,000 canaries over 50 looks', () => {
    const runs = 2000;
    // 1,000 requests a look for 50 looks: long enough for the boundary to be reached now and then.
    const o = simulate({
      ...base,
      rule: 'test',
      rps: 100,
      intervalS: 10,
      durationS: 500,
      share: () => 0.01,
      runs,
      seed: 1,
    });
    expect(o.fail).toBeLessThanOrEqual(allowed(0.01, runs));
    expect(o.pass).toBeLessThanOrEqual(allowed(0.01, runs));
    // The simulation does reach the boundary: a test that never decides would pass any check above.
    expect(o.fail + o.pass).toBeGreaterThan(runs * 0.01 * 0.2);
  });

  it('with α = 5 % and β = 10 %, keeps each rate on its own side', () => {
    const runs = 1000;
    const settings = {
      ...base,
      rule: 'test' as const,
      alpha: 0.05,
      beta: 0.1,
      rps: 100,
      intervalS: 10,
      durationS: 500,
    };
    const o = simulate({ ...settings, share: () => 0.01, runs, seed: 2 });
    expect(o.fail).toBeLessThanOrEqual(allowed(0.05, runs));
    expect(o.pass).toBeLessThanOrEqual(allowed(0.1, runs));
    expect(o.fail + o.pass).toBeGreaterThan(runs * 0.01);
  });

  it('at 20 requests/s passes 0.6 × the budget and fails 1.5 × it in at least 99 % of 1,000 canaries', () => {
    const runs = 1000;
    const under = simulate({ ...base, share: () => 0.006, runs, seed: 3 });
    const over = simulate({ ...base, share: () => 0.015, runs, seed: 4 });
    expect(under.pass).toBeGreaterThanOrEqual(runs * 0.99);
    expect(over.fail).toBeGreaterThanOrEqual(runs * 0.99);
    // Most of them before the window ends: the test decides, not the end-of-window estimate.
    expect(under.medianS).toBeLessThan(600);
    expect(over.medianS).toBeLessThan(600);
  });

  it('with the default rates and counter readings every 5 s, passes a healthy canary (0.3 × budget) at the bake time and fails 2 × the budget within a minute at the median', () => {
    const defaults = { ...base, ...SEQUENTIAL_DEFAULTS, lookS: LOOK_MS / 1000 };
    const healthy = simulate({ ...defaults, share: () => 0.003, runs: 500, seed: 5 });
    expect(healthy).toMatchObject({ pass: 500, medianS: 240 });
    const regression = simulate({ ...defaults, share: () => 0.02, runs: 500, seed: 6 });
    expect(regression.fail).toBe(500);
    expect(regression.medianS).toBeLessThan(60);
    // At α = 1 % and a reading every 30 s, the same canaries need a minute and a half.
    expect(simulate({ ...base, share: () => 0.02, runs: 500, seed: 6 }).medianS).toBe(90);
  });

  it('fails every slow burn (0.3 % rising 0.3 points a minute), whose good start alone would pass', () => {
    const burn = (s: number) => 0.003 * (1 + Math.floor(s / 60));
    const o = simulate({ ...base, share: burn, runs: 500, seed: 7 });
    expect(o.fail).toBe(500);
  });
});
