import { describe, expect, it } from 'vitest';
import { judgeSample, type Reading } from '../../../actions/verify-slo/judge';
import type { SliSpec } from '../../../actions/verify-slo/sli';

const errorRate: SliSpec = {
  name: 'error-rate',
  query: 'q',
  unit: 'ratio',
  direction: 'below',
  budget: 0.01,
};
const v = (...values: number[]): Reading => ({ values });

describe('judgeSample', () => {
  it.each([
    ['a value within budget', v(0.005), 'pass'],
    ['a value on the budget', v(0.01), 'pass'],
    ['a value over budget', v(0.02), 'fail'],
    ['an empty vector', v(), 'no-data'],
    ['NaN (0/0: no requests)', v(NaN), 'no-data'],
    ['+Inf', v(Infinity), 'no-data'],
    ['-Inf', v(-Infinity), 'no-data'],
    ['several series, the worst over budget', v(0.001, 0.03), 'fail'],
    ['an error reading', { error: 'Prometheus answered HTTP 503' }, 'error'],
  ] as const)('%s', (_, canary, status) => {
    expect(judgeSample(errorRate, { canary }).status).toBe(status);
  });

  it('names value and budget in the reason', () => {
    expect(judgeSample(errorRate, { canary: v(0.0234) }).reason).toBe('2.34% > budget 1%');
  });

  it('treats too few requests as no-data, whatever the value', () => {
    const j = judgeSample(errorRate, { canary: v(0.5) }, { min: 50, canary: v(12) });
    expect(j).toMatchObject({ status: 'no-data', value: 0.5 });
    expect(j.reason).toMatch(/12 requests in the window, fewer than 50/);
  });

  it('counts enough requests as a judged sample', () => {
    expect(judgeSample(errorRate, { canary: v(0.005) }, { min: 50, canary: v(30, 40) }).status).toBe('pass');
  });

  it('is no-data when the reference track has too little traffic', () => {
    const relative = { ...errorRate, budget: undefined, relative: { tolerance: 0.2, slack: 0.001 } };
    const j = judgeSample(
      relative,
      { canary: v(0.01), reference: v(0.01) },
      { min: 50, canary: v(100), reference: v(3) },
    );
    expect(j.status).toBe('no-data');
    expect(j.reason).toMatch(/^reference/);
  });

  describe('relative to a reference track', () => {
    const relative: SliSpec = { ...errorRate, budget: undefined, relative: { tolerance: 0.2, slack: 0.001 } };

    it('passes within reference × (1 + tolerance) + slack', () => {
      const j = judgeSample(relative, { canary: v(0.06), reference: v(0.05) });
      expect(j).toMatchObject({ status: 'pass', reference: 0.05 });
      expect(j.bound).toBeCloseTo(0.061);
    });

    it('fails beyond it', () => {
      expect(judgeSample(relative, { canary: v(0.07), reference: v(0.05) }).status).toBe('fail');
    });

    it('is no-data when the reference is empty', () => {
      expect(judgeSample(relative, { canary: v(0.07), reference: v() }).status).toBe('no-data');
    });

    it('keeps an absolute budget as a ceiling', () => {
      const both = { ...relative, budget: 0.01 };
      const j = judgeSample(both, { canary: v(0.05), reference: v(0.05) });
      expect(j).toMatchObject({ status: 'fail', bound: 0.01 });
    });
  });

  it('judges `above` SLIs against a floor, on the worst (lowest) series', () => {
    const accuracy: SliSpec = {
      name: 'accuracy',
      query: 'q',
      unit: 'number',
      direction: 'above',
      budget: 0.9,
    };
    expect(judgeSample(accuracy, { canary: v(0.95, 0.97) }).status).toBe('pass');
    expect(judgeSample(accuracy, { canary: v(0.95, 0.85) })).toMatchObject({ status: 'fail', value: 0.85 });
  });

  describe('burn rate', () => {
    const burn: SliSpec = {
      name: 'availability',
      query: 'q',
      unit: 'ratio',
      direction: 'below',
      burnRate: { objective: 0.999, shortWindow: '5m', longWindow: '1h', maxBurnRate: 14.4 },
    };

    it('fails only when both windows burn too fast', () => {
      expect(judgeSample(burn, { canary: v(0.02), longWindow: v(0.02) }).status).toBe('fail');
      expect(judgeSample(burn, { canary: v(0.02), longWindow: v(0.005) }).status).toBe('pass');
    });

    it('reports the short-window burn rate', () => {
      const j = judgeSample(burn, { canary: v(0.02), longWindow: v(0.02) });
      expect(j.value).toBeCloseTo(20);
      expect(j.reason).toMatch(/burn rate 20x over 5m/);
    });
  });
});
