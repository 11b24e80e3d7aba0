// The odds-ratio pass of judgeRelative: exact values on small batches, and its error rate by simulation
// (seeded, so every run is identical).
import { binomialSampler } from '../../../sandbox/inference/binomial';
import { describe, expect, it } from 'vitest';
import { judgeRelative, type RelativeConfig } from '../../../actions/verify-slo/sequential';
import { OddsRatioTest } from '../../../actions/verify-slo/sequential-odds';

/** Promised count plus 3 Monte Carlo standard errors (see sequential-absolute.test.ts). */
function allowed(rate: number, runs: number): number {
  return runs * rate + 3 * Math.sqrt(runs * rate * (1 - rate));
}

/** The share whose odds are `ratio` × the odds of `share`. */
function withOddsRatio(share: number, ratio: number): number {
  const odds = (ratio * share) / (1 - share);
  return odds / (1 + odds);
}

describe('OddsRatioTest', { timeout: 60_000 }, () => {
  it('weighs each look by the noncentral hypergeometric likelihood of where its bad events fell', () => {
    // One request per track and one bad event: the canary's with probability ω / (1 + ω).
    const test = new OddsRatioTest(0.5);
    test.observe({ bad: 0, total: 1 }, { bad: 1, total: 1 });
    // Alternatives ω = 1 (weight 0.8) and 0.5 (0.2) against ω₀ = 1.5, each P(x = 0 | ω) / P(x = 0 | ω₀).
    const ratio = (omega: number) => 1 / (1 + omega) / (1 / (1 + 1.5));
    expect(test.logEvidence()).toBeCloseTo(Math.log(0.8 * ratio(1) + 0.2 * ratio(0.5)), 12);
    // A look without bad events, or without requests on one track, adds nothing.
    test.observe({ bad: 0, total: 11 }, { bad: 1, total: 11 });
    test.observe({ bad: 3, total: 20 }, { bad: 1, total: 11 });
    expect(test.logEvidence()).toBeCloseTo(Math.log(0.8 * ratio(1) + 0.2 * ratio(0.5)), 12);
  });

  // At odds exactly (1 + tolerance) × the reference's, the canary is over its allowed share, so every
  // pass is a missed regression: at most δ, even with the traffic ratio changing from look to look and
  // the reference's share moving. δ = 5 % so that a test exceeding it would show in 1,500 runs.
  it('reaches 1/δ in at most δ of 1,500 canaries whose odds are 1.5 × the reference’s, at any traffic ratio', () => {
    const runs = 1500;
    const delta = 0.05;
    const draw = binomialSampler(21);
    const reference = (look: number) => (look < 20 ? 0.05 : 0.12);
    let passed = 0;
    for (let r = 0; r < runs; r++) {
      const test = new OddsRatioTest(0.5);
      const c = { bad: 0, total: 0 };
      const ref = { bad: 0, total: 0 };
      for (let look = 0; look < 40; look++) {
        const [nc, nr] = look % 3 === 0 ? [300, 300] : look % 3 === 1 ? [100, 900] : [600, 50];
        c.bad += draw(nc, withOddsRatio(reference(look), 1.5));
        c.total += nc;
        ref.bad += draw(nr, reference(look));
        ref.total += nr;
        test.observe(c, ref);
        if (test.logEvidence() >= Math.log(1 / delta)) {
          passed++;
          break;
        }
      }
    }
    expect(passed).toBeLessThanOrEqual(allowed(delta, runs));
    expect(passed).toBeGreaterThan(0);
  });

  it('keeps ω = 0.5 at tolerance 0, where ω = 1 is no alternative', () => {
    const test = new OddsRatioTest(0);
    test.observe({ bad: 0, total: 1000 }, { bad: 100, total: 1000 });
    // ω = 0.5 is left: a canary clearly better than its reference can still pass at tolerance 0.
    expect(test.logEvidence()).toBeGreaterThan(0);
  });
});

describe('judgeRelative with the odds-ratio pass, by simulation', { timeout: 60_000 }, () => {
  const strict: RelativeConfig = { tolerance: 0.2, slack: 0.001, alpha: 0.01, beta: 0.01 };

  function run(
    canaryShare: (look: number) => number,
    referenceShare: (look: number) => number,
    perLook: (look: number) => [number, number],
    config: RelativeConfig,
    { runs, looks, seed }: { runs: number; looks: number; seed: number },
  ) {
    const draw = binomialSampler(seed);
    const outcome = { pass: 0, fail: 0, undecided: 0 };
    for (let r = 0; r < runs; r++) {
      const test = new OddsRatioTest(config.tolerance);
      const c = { bad: 0, total: 0 };
      const ref = { bad: 0, total: 0 };
      let decision = 'continue';
      for (let look = 0; look < looks && decision === 'continue'; look++) {
        const [nc, nr] = perLook(look);
        c.bad += draw(nc, canaryShare(look));
        c.total += nc;
        ref.bad += draw(nr, referenceShare(look));
        ref.total += nr;
        test.observe(c, ref);
        decision = judgeRelative(c, ref, config, test.logEvidence()).decision;
      }
      if (decision === 'continue') outcome.undecided++;
      else outcome[decision as 'pass' | 'fail']++;
    }
    return outcome;
  }

  it('passes a shared outage (both at 6 %, tolerance 0.5) within 30 s at 500 requests/s per track', () => {
    const o = run(
      () => 0.06,
      () => 0.06,
      () => [1000, 1000],
      { ...strict, tolerance: 0.5 },
      { runs: 1000, looks: 15, seed: 22 },
    );
    expect(o).toMatchObject({ fail: 0, undecided: 0 });
  });

  it('still fails a canary at 3 × its reference, and never passes it', () => {
    const o = run(
      () => 0.03,
      () => 0.01,
      () => [200, 200],
      strict,
      { runs: 500, looks: 100, seed: 23 },
    );
    expect(o).toMatchObject({ pass: 0, undecided: 0 });
  });
});
