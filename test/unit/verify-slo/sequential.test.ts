import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../lib/errors';
import {
  counterIncrease,
  judgeAbsolute,
  judgeAbsoluteWindow,
  OVER_BUDGET,
  UNDER_BUDGET,
  judgeRelative,
  type RelativeConfig,
  type SequentialConfig,
} from '../../../actions/verify-slo/sequential';
import { shareBounds } from '../../../actions/verify-slo/sequential-bounds';

const errors: SequentialConfig = { budget: 0.01, alpha: 0.01, beta: 0.01, label: 'error share' };
const relative: RelativeConfig = {
  tolerance: 0.2,
  slack: 0.001,
  alpha: 0.01,
  beta: 0.01,
  label: 'error share',
};

describe('judgeAbsolute', () => {
  it('weighs mixtures of likelihood ratios over and under the budget against ln(1/α) and ln(1/β)', () => {
    const d = judgeAbsolute({ bad: 41, total: 1000 }, errors);
    expect(d.upper).toBeCloseTo(Math.log(100), 12);
    // ln Σ wᵢ·Lᵢ over the alternatives with odds ratioᵢ × the budget's odds.
    const mixture = (alternatives: typeof OVER_BUDGET) =>
      Math.log(
        alternatives.reduce((sum, [ratio, weight]) => {
          const q = (ratio * 0.01) / 0.99 / (1 + (ratio * 0.01) / 0.99);
          return sum + weight * (q / 0.01) ** 41 * ((1 - q) / 0.99) ** 959;
        }, 0),
      );
    expect(d.statistic).toBeCloseTo(mixture(OVER_BUDGET), 9);
    expect(d.lower).toBeCloseTo(mixture(UNDER_BUDGET), 9);
    expect(d).toMatchObject({ decision: 'fail', confidence: 0.99, canary: { bad: 41, total: 1000 } });
    expect(d.detail).toBe(
      'error share 4.1% (41/1000) vs budget 1%: log e-value over 24.75 (fail at 4.61), under −9.04 (pass at 4.61), fail',
    );
  });

  it('continues with no traffic', () => {
    const d = judgeAbsolute({ bad: 0, total: 0 }, errors);
    expect(d.decision).toBe('continue');
    expect(d.statistic).toBeCloseTo(0, 12);
    expect(d.lower).toBeCloseTo(0, 12);
    expect(d.detail).toContain('n/a (0/0)');
  });

  it('needs 728 clean requests to show a share under a 1 % budget, and no fewer', () => {
    expect(judgeAbsolute({ bad: 0, total: 727 }, errors).decision).toBe('continue');
    expect(judgeAbsolute({ bad: 0, total: 728 }, errors)).toMatchObject({
      decision: 'pass',
      confidence: 0.99,
    });
    expect(judgeAbsolute({ bad: 0, total: 1_000_000 }, errors).decision).toBe('pass');
  });

  it('fails tiny traffic only on overwhelming evidence: 4 errors in 4 requests, not 3 in 3', () => {
    expect(judgeAbsolute({ bad: 3, total: 3 }, errors).decision).toBe('continue');
    expect(judgeAbsolute({ bad: 4, total: 4 }, errors).decision).toBe('fail');
    expect(judgeAbsolute({ bad: 3, total: 10 }, errors).decision).toBe('continue');
    expect(judgeAbsolute({ bad: 100_000, total: 100_000 }, errors).decision).toBe('fail');
  });

  it('waits for minEvents requests before deciding either way', () => {
    const config = { ...errors, minEvents: 1000 };
    const early = judgeAbsolute({ bad: 50, total: 50 }, config);
    expect(early.decision).toBe('continue');
    expect(early.statistic).toBeGreaterThan(early.upper);
    expect(early.detail).toContain('50 of the 1000 requests needed');
    expect(judgeAbsolute({ bad: 0, total: 999 }, config).decision).toBe('continue');
    expect(judgeAbsolute({ bad: 0, total: 1000 }, config).decision).toBe('pass');
  });

  it('has no indifference region: 1.5 × and 0.6 × the budget are decided once the traffic shows it', () => {
    expect(judgeAbsolute({ bad: 15, total: 1000 }, errors).decision).toBe('continue');
    expect(judgeAbsolute({ bad: 150, total: 10_000 }, errors).decision).toBe('fail');
    expect(judgeAbsolute({ bad: 60, total: 10_000 }, errors).decision).toBe('pass');
  });

  it('keeps the alternatives of large budgets below 1, so a pass is still possible', () => {
    expect(judgeAbsolute({ bad: 0, total: 5 }, { ...errors, budget: 0.9 }).decision).toBe('pass');
    expect(judgeAbsolute({ bad: 50, total: 100 }, { ...errors, budget: 0.6 }).decision).toBe('continue');
  });

  it('judges latency as the share of requests above the budget bucket', () => {
    // p95 ≤ 500 ms means at most 5 % of requests slower than 500 ms.
    const latency = { budget: 0.05, alpha: 0.01, beta: 0.01, label: 'share slower than 500ms' };
    const total = 2000;
    const fast = 1700; // histogram bucket le="0.5"
    const d = judgeAbsolute({ bad: total - fast, total }, latency);
    expect(d.decision).toBe('fail');
    expect(d.detail).toMatch(/^share slower than 500ms 15% \(300\/2000\) vs budget 5%: /);
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN])('rejects a budget of %s', (budget) => {
    expect(() => judgeAbsolute({ bad: 0, total: 10 }, { ...errors, budget })).toThrow(ConfigurationError);
  });

  it('reports every configuration problem at once', () => {
    try {
      judgeAbsolute({ bad: 0, total: 0 }, { budget: 0.1, alpha: 0, beta: 0.5, minEvents: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const { problems } = error as ConfigurationError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/alpha[\s\S]*beta[\s\S]*minEvents/);
    }
  });

  it('rejects impossible counts as a bug upstream', () => {
    expect(() => judgeAbsolute({ bad: 11, total: 10 }, errors)).toThrow(RangeError);
    expect(() => judgeAbsolute({ bad: -1, total: 10 }, errors)).toThrow(RangeError);
    expect(() => judgeAbsolute({ bad: 0, total: Number.NaN }, errors)).toThrow(RangeError);
    expect(() => judgeAbsolute({ bad: 0, total: Infinity }, errors)).toThrow(RangeError);
    // A rounding error in summed increases is tolerated.
    expect(judgeAbsolute({ bad: 0.1 + 0.2, total: 0.3 }, errors).decision).toBe('continue');
  });
});

describe('judgeAbsoluteWindow', () => {
  it('fails on all the counts alone', () => {
    const d = judgeAbsoluteWindow({ bad: 41, total: 1000 }, { bad: 0, total: 500 }, errors);
    expect(d.decision).toBe('fail');
  });

  it('passes only when the latest half passes too: a share rising through the budget is not passed', () => {
    // 0.5 % over 4,800 requests passes alone, but the latest 2,400 ran at 0.83 %.
    const burn = judgeAbsoluteWindow({ bad: 24, total: 4800 }, { bad: 20, total: 2400 }, errors);
    expect(judgeAbsolute({ bad: 24, total: 4800 }, errors).decision).toBe('pass');
    expect(burn.decision).toBe('continue');
    expect(burn.confidence).toBeUndefined();
    expect(burn.detail).toMatch(/, pass; latest half: error share 0.83% \(20\/2400\) .*, continue$/);
    const steady = judgeAbsoluteWindow({ bad: 14, total: 4800 }, { bad: 7, total: 2400 }, errors);
    expect(steady).toMatchObject({ decision: 'pass', confidence: 0.99 });
  });
});

describe('counterIncrease and resets', () => {
  it('sums increases, taking a drop as a restart from 0, and skips missing samples', () => {
    expect(counterIncrease([])).toBe(0);
    expect(counterIncrease([5])).toBe(0);
    expect(counterIncrease([100, 150, 220, 10, 40])).toBe(50 + 70 + 10 + 30);
    expect(counterIncrease([100, Number.NaN, 130, 130])).toBe(30);
  });

  it('gives the same decision across a pod restart as without one', () => {
    // The same traffic seen by one counter, and by a counter that restarted after 400 requests.
    const steady = { total: [1000, 1200, 1400, 1600, 1800], bad: [7, 9, 11, 14, 16] };
    const restarted = { total: [1000, 1200, 1400, 200, 400], bad: [7, 9, 11, 3, 5] };
    const judge = (s: typeof steady) =>
      judgeAbsolute({ bad: counterIncrease(s.bad), total: counterIncrease(s.total) }, errors);
    expect(judge(restarted)).toEqual(judge(steady));
    expect(judge(steady).detail).toContain('(9/800)');
  });
});

describe('judgeRelative', () => {
  it('fails a canary that is worse than the reference beyond doubt', () => {
    const d = judgeRelative({ bad: 41, total: 1000 }, { bad: 100, total: 10_000 }, relative);
    expect(d.decision).toBe('fail');
    expect(d.lower).toBeGreaterThan(0);
    expect(d.detail).toMatch(
      /^error share canary 4\.1% \(41\/1000\) vs reference 1% \(100\/10000\), allowed 1\.2 × reference \+ 0\.1%: canary − allowed \+2\.8% \(bounds \+[\d.]+% … \+[\d.]+%\) > 0, fail$/,
    );
  });

  it('passes a canary as good as the reference once both are measured well enough', () => {
    const few = judgeRelative({ bad: 100, total: 10_000 }, { bad: 1000, total: 100_000 }, relative);
    expect(few.decision).toBe('continue');
    const many = judgeRelative({ bad: 1000, total: 100_000 }, { bad: 10_000, total: 1_000_000 }, relative);
    expect(many.decision).toBe('pass');
    expect(many.upper).toBeLessThanOrEqual(0);
  });

  it('does not blame the canary for an outage the reference shares', () => {
    const d = judgeRelative({ bad: 2000, total: 10_000 }, { bad: 2000, total: 10_000 }, relative);
    expect(d.decision).toBe('pass');
  });

  it('keeps statistic between its bounds, and the bounds tighten with traffic', () => {
    let width = Infinity;
    for (const n of [0, 10, 100, 1000, 10_000, 100_000]) {
      const d = judgeRelative({ bad: n * 0.02, total: n }, { bad: n * 0.01, total: n }, relative);
      expect(d.lower).toBeLessThanOrEqual(d.statistic);
      expect(d.statistic).toBeLessThanOrEqual(d.upper);
      expect(d.upper - d.lower).toBeLessThan(width);
      width = d.upper - d.lower;
    }
  });

  it('continues with no canary traffic, or before minEvents canary requests', () => {
    const none = judgeRelative({ bad: 0, total: 0 }, { bad: 10, total: 1000 }, relative);
    expect(none.decision).toBe('continue');
    expect(none.detail).toMatch(/canary n\/a \(0\/0\).*: no canary requests yet$/);
    // Even when any share would be allowed, nothing passes unseen.
    const anything = { tolerance: 0.5, slack: 0, alpha: 0.01, beta: 0.01 };
    expect(judgeRelative({ bad: 0, total: 0 }, { bad: 9000, total: 10_000 }, anything).decision).toBe(
      'continue',
    );
    expect(judgeRelative({ bad: 3, total: 3 }, { bad: 9000, total: 10_000 }, anything).decision).toBe('pass');
    const waiting = judgeRelative(
      { bad: 500, total: 500 },
      { bad: 0, total: 1000 },
      { ...relative, minEvents: 600 },
    );
    expect(waiting.decision).toBe('continue');
    expect(waiting.detail).toContain('500 of the 600 canary requests needed');
  });

  it('with no reference traffic, can only pass a canary clearly under the slack', () => {
    const r = { bad: 0, total: 0 };
    expect(judgeRelative({ bad: 10_000, total: 10_000 }, r, relative).decision).toBe('continue');
    expect(judgeRelative({ bad: 0, total: 10_000 }, r, { ...relative, slack: 0.01 }).decision).toBe('pass');
  });

  it('rejects a negative tolerance, a slack of 1 or more, and bad error rates together', () => {
    expect(() =>
      judgeRelative(
        { bad: 0, total: 1 },
        { bad: 0, total: 1 },
        { tolerance: -0.1, slack: 1, alpha: 0.6, beta: 0.01 },
      ),
    ).toThrow(/3 problems[\s\S]*tolerance[\s\S]*slack[\s\S]*alpha/);
    expect(() => judgeRelative({ bad: 2, total: 1 }, { bad: 0, total: 1 }, relative)).toThrow(RangeError);
    expect(() => judgeRelative({ bad: 0, total: 1 }, { bad: 0, total: -1 }, relative)).toThrow(/reference/);
  });
});

describe('shareBounds', () => {
  it('is [0, 1] without traffic and contains the observed share', () => {
    expect(shareBounds(0, 0, 0.01)).toEqual({ lower: 0, upper: 1 });
    for (const [bad, total] of [
      [0, 10],
      [1, 10],
      [10, 10],
      [37, 5000],
      [4999, 5000],
    ] as const) {
      const { lower, upper } = shareBounds(bad, total, 0.01);
      expect(lower).toBeLessThanOrEqual(bad / total);
      expect(upper).toBeGreaterThanOrEqual(bad / total);
      expect(lower).toBeGreaterThanOrEqual(0);
      expect(upper).toBeLessThanOrEqual(1);
    }
    expect(shareBounds(0, 10, 0.01).lower).toBe(0);
    expect(shareBounds(10, 10, 0.01).upper).toBe(1);
  });

  it('solves ln M(q) = ln(1/δ) at both ends, and widens as δ shrinks', () => {
    const bad = 37;
    const total = 5000;
    const { lower, upper } = shareBounds(bad, total, 0.01);
    // ln M(q) = ln B(bad + ½, good + ½) − ln B(½, ½) − bad ln q − good ln(1 − q); check by its difference.
    const logLik = (q: number) => bad * Math.log(q) + (total - bad) * Math.log1p(-q);
    expect(logLik(lower)).toBeCloseTo(logLik(upper), 6);
    const loose = shareBounds(bad, total, 0.1);
    expect(loose.lower).toBeGreaterThan(lower);
    expect(loose.upper).toBeLessThan(upper);
  });
});
