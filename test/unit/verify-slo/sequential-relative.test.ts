// Error rates of judgeRelative measured by simulation: a canary and a reference track at known shares,
// judged after every batch of requests, as the verify-slo loop would.
import { binomialSampler } from '../../../sandbox/inference/binomial';
import { describe, expect, it } from 'vitest';
import { judgeRelative, type RelativeConfig } from '../../../actions/verify-slo/sequential';
import { lowerShareBound, upperShareBound } from '../../../actions/verify-slo/sequential-bounds';

interface Track {
  share: number;
  perLook: number;
}

interface Outcome {
  pass: number;
  fail: number;
  undecided: number;
  medianCanaryRequests: number;
}

function simulate(
  canary: Track,
  reference: Track,
  config: RelativeConfig,
  { runs, looks, seed }: { runs: number; looks: number; seed: number },
): Outcome {
  const draw = binomialSampler(seed);
  const outcome = { pass: 0, fail: 0, undecided: 0 };
  const served: number[] = [];
  for (let run = 0; run < runs; run++) {
    const c = { bad: 0, total: 0 };
    const r = { bad: 0, total: 0 };
    let decision = 'continue';
    for (let look = 0; look < looks && decision === 'continue'; look++) {
      c.bad += draw(canary.perLook, canary.share);
      c.total += canary.perLook;
      r.bad += draw(reference.perLook, reference.share);
      r.total += reference.perLook;
      decision = judgeRelative(c, r, config).decision;
    }
    if (decision === 'continue') outcome.undecided++;
    else outcome[decision as 'pass' | 'fail']++;
    served.push(c.total);
  }
  served.sort((a, b) => a - b);
  return { ...outcome, medianCanaryRequests: served[runs >> 1]! };
}

/** Promised count plus 3 Monte Carlo standard errors (see sequential-absolute.test.ts). */
function allowed(rate: number, runs: number): number {
  return runs * rate + 3 * Math.sqrt(runs * rate * (1 - rate));
}

describe('judgeRelative error rates, by simulation', { timeout: 60_000 }, () => {
  const loose: RelativeConfig = { tolerance: 0.5, slack: 0, alpha: 0.05, beta: 0.05 };

  // The building block: each track's bounds must hold at every look at once, with probability ≥ 1 − δ.
  it.each([
    { share: 0.02, perLook: 10, looks: 300 },
    { share: 0.002, perLook: 100, looks: 150 },
  ])(
    'shareBounds cover a $share share at all $looks looks in ≥ 95 % of 1,000 runs',
    ({ share, perLook, looks }) => {
      const runs = 1000;
      const delta = 0.05;
      const draw = binomialSampler(Math.round(share * 1e6));
      let missed = 0;
      for (let run = 0; run < runs; run++) {
        let bad = 0;
        let total = 0;
        for (let look = 0; look < looks; look++) {
          bad += draw(perLook, share);
          total += perLook;
          if (lowerShareBound(bad, total, delta) > share || upperShareBound(bad, total, delta) < share) {
            missed++;
            break;
          }
        }
      }
      expect(missed).toBeLessThanOrEqual(allowed(delta, runs));
    },
  );

  // Exactly at the allowed share, a fail is a false rollback (≤ α) and the share is the limit of
  // "truly bad" shares, so a pass is bounded by β too.
  it('at the allowed share (3 % vs 2 % × 1.5), fails at most α and passes at most β of 1,500 canaries', () => {
    const runs = 1500;
    const o = simulate({ share: 0.03, perLook: 200 }, { share: 0.02, perLook: 200 }, loose, {
      runs,
      looks: 40,
      seed: 11,
    });
    expect(o.fail).toBeLessThanOrEqual(allowed(0.05, runs));
    expect(o.pass).toBeLessThanOrEqual(allowed(0.05, runs));
  });

  it('holds with a stable reference carrying 9 × the traffic, and with slack doing the allowing', () => {
    const runs = 700;
    const stable = simulate({ share: 0.03, perLook: 100 }, { share: 0.02, perLook: 900 }, loose, {
      runs,
      looks: 40,
      seed: 12,
    });
    expect(stable.fail).toBeLessThanOrEqual(allowed(0.05, runs));
    expect(stable.pass).toBeLessThanOrEqual(allowed(0.05, runs));
    const slack = { ...loose, tolerance: 0, slack: 0.005 };
    const o = simulate({ share: 0.01, perLook: 200 }, { share: 0.005, perLook: 200 }, slack, {
      runs,
      looks: 40,
      seed: 13,
    });
    expect(o.fail).toBeLessThanOrEqual(allowed(0.05, runs));
    expect(o.pass).toBeLessThanOrEqual(allowed(0.05, runs));
  });
  const strict: RelativeConfig = { tolerance: 0.2, slack: 0.001, alpha: 0.01, beta: 0.01 };

  it('does not blame the canary for an outage the baseline shares (both at 20 %)', () => {
    const o = simulate({ share: 0.2, perLook: 100 }, { share: 0.2, perLook: 100 }, strict, {
      runs: 1000,
      looks: 300,
      seed: 14,
    });
    expect(o.fail).toBe(0);
    expect(o.pass).toBeGreaterThanOrEqual(990);
  });

  it('fails a canary at 3 × the allowed share quickly, and passes one better than its reference', () => {
    const worse = simulate({ share: 0.039, perLook: 100 }, { share: 0.01, perLook: 100 }, strict, {
      runs: 1000,
      looks: 100,
      seed: 15,
    });
    expect(worse).toMatchObject({ pass: 0, undecided: 0 });
    expect(worse.medianCanaryRequests).toBeLessThanOrEqual(4000);
    const better = simulate({ share: 0.005, perLook: 100 }, { share: 0.02, perLook: 100 }, strict, {
      runs: 1000,
      looks: 100,
      seed: 16,
    });
    expect(better).toMatchObject({ fail: 0, undecided: 0 });
  });
});
