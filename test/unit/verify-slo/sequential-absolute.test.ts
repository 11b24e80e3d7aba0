// Error rates of judgeAbsolute measured by simulation: many synthetic canaries at a known bad-event share,
// judged after every batch of requests until a decision, as the verify-slo loop would.
import binomial from '@stdlib/random-base-binomial';
import { describe, expect, it } from 'vitest';
import { judgeAbsolute, type SequentialConfig } from '../../../actions/verify-slo/sequential';

interface Outcome {
  pass: number;
  fail: number;
  undecided: number;
  /** Median requests served before the decision. */
  medianRequests: number;
}

function simulate(
  share: number,
  config: SequentialConfig,
  { runs, perLook, maxRequests, seed }: { runs: number; perLook: number; maxRequests: number; seed: number },
): Outcome {
  const draw = binomial.factory({ seed });
  const outcome = { pass: 0, fail: 0, undecided: 0 };
  const served: number[] = [];
  for (let run = 0; run < runs; run++) {
    let bad = 0;
    let total = 0;
    let decision = 'continue';
    while (decision === 'continue' && total < maxRequests) {
      bad += draw(perLook, share);
      total += perLook;
      decision = judgeAbsolute({ bad, total }, config).decision;
    }
    if (decision === 'continue') outcome.undecided++;
    else outcome[decision as 'pass' | 'fail']++;
    served.push(total);
  }
  served.sort((a, b) => a - b);
  return { ...outcome, medianRequests: served[runs >> 1]! };
}

/**
 * The most wrong decisions we accept out of `runs` when the method promises at most `rate`: the promised
 * count plus 3 Monte Carlo standard errors. A method whose true rate is exactly `rate` lands above this
 * about 0.13 % of the time; the seed is fixed, so each test is deterministic either way.
 */
function allowed(rate: number, runs: number): number {
  return runs * rate + 3 * Math.sqrt(runs * rate * (1 - rate));
}

const errors: SequentialConfig = { budget: 0.01, alpha: 0.01, beta: 0.01 };

describe('judgeAbsolute error rates, by simulation', { timeout: 60_000 }, () => {
  const runs = 10_000;
  const looks = { runs, perLook: 50, maxRequests: 200_000 };

  it('at the budget (1 %), looking every 50 requests, fails at most α = 1 % of 10,000 canaries', () => {
    const o = simulate(0.01, errors, { ...looks, seed: 1 });
    expect(o.fail).toBeLessThanOrEqual(allowed(0.01, runs));
    // The simulation does reach the boundary: a test that never fails would pass any check above.
    expect(o.fail).toBeGreaterThan(runs * 0.01 * 0.2);
    expect(o.undecided).toBe(0);
  });

  it('at the regression point (2 × budget), passes at most β = 1 % of 10,000 canaries', () => {
    const o = simulate(0.02, errors, { ...looks, seed: 2 });
    expect(o.pass).toBeLessThanOrEqual(allowed(0.01, runs));
    expect(o.pass).toBeGreaterThan(runs * 0.01 * 0.2);
    expect(o.undecided).toBe(0);
  });

  it('keeps α and β when it looks after every single request (5 % latency budget, α = β = 5 %)', () => {
    const latency = { budget: 0.05, alpha: 0.05, beta: 0.05 };
    const each = { runs: 5000, perLook: 1, maxRequests: 100_000 };
    const good = simulate(0.05, latency, { ...each, seed: 3 });
    expect(good.fail).toBeLessThanOrEqual(allowed(0.05, each.runs));
    const bad = simulate(0.1, latency, { ...each, seed: 4 });
    expect(bad.pass).toBeLessThanOrEqual(allowed(0.05, each.runs));
    expect(good.undecided + bad.undecided).toBe(0);
  });

  it('maps α and β separately (0.1 % budget, α = 5 %, β = 10 %, every 1,000 requests)', () => {
    const config = { budget: 0.001, alpha: 0.05, beta: 0.1 };
    const fewer = { runs: 4000, perLook: 1000, maxRequests: 2_000_000 };
    const good = simulate(0.001, config, { ...fewer, seed: 5 });
    expect(good.fail).toBeLessThanOrEqual(allowed(0.05, fewer.runs));
    const bad = simulate(0.002, config, { ...fewer, seed: 6 });
    expect(bad.pass).toBeLessThanOrEqual(allowed(0.1, fewer.runs));
  });

  it('decides quickly and without error away from the boundary', () => {
    const healthy = simulate(0.002, errors, { ...looks, seed: 7 });
    expect(healthy).toMatchObject({ fail: 0, undecided: 0 });
    expect(healthy.medianRequests).toBeLessThanOrEqual(600);
    const broken = simulate(0.05, errors, { ...looks, seed: 8 });
    expect(broken).toMatchObject({ pass: 0, undecided: 0 });
    expect(broken.medianRequests).toBeLessThanOrEqual(250);
  });

  it('ends even in the indifference region, where either verdict is acceptable', () => {
    const o = simulate(0.015, errors, { runs: 2000, perLook: 50, maxRequests: 200_000, seed: 9 });
    expect(o.undecided).toBe(0);
    expect(o.pass).toBeGreaterThan(0);
    expect(o.fail).toBeGreaterThan(0);
  });
});
