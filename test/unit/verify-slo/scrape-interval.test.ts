import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERIES } from '../../../actions/verify-slo/inputs';
import {
  fitWindow,
  learnScrapeInterval,
  sampleSpacing,
  sizeWindow,
  windowedSelectors,
  type WindowPlan,
} from '../../../actions/verify-slo/scrape-interval';
import type { SliSpec } from '../../../actions/verify-slo/sli';

const vars = { namespace: 'ml', release: 'fraud', track: 'canary', window: '1m' };
const errorRate: SliSpec = {
  name: 'error-rate',
  query: DEFAULT_QUERIES.errorRate,
  unit: 'ratio',
  direction: 'below',
  budget: 0.01,
};

function plan(overrides: Partial<WindowPlan> = {}): WindowPlan {
  return { slis: [errorRate], vars, intervalMs: 30_000, ...overrides };
}

/** Raw sample times of `series` series scraped every `everyMs`, ending now, over the range asked for. */
function scraped(everyMs: number, series = 2, since = Infinity) {
  const asked: string[] = [];
  const sampleTimes = async (selector: string) => {
    asked.push(selector);
    const rangeMs = Number(/\[(\d+)m\]$/.exec(selector)![1]) * 60_000;
    const count = Math.floor(Math.min(rangeMs, since) / everyMs);
    return Array.from({ length: series }, (_, s) =>
      Array.from({ length: count }, (_, i) => 1_700_000_000_000 + s * 7 + i * everyMs + (i % 2) * 3),
    );
  };
  return { sampleTimes, asked };
}

describe('windowedSelectors', () => {
  it('finds the selectors {{window}} ranges over, rendered, in the default queries', () => {
    expect(windowedSelectors(DEFAULT_QUERIES.errorRate, vars)).toEqual([
      'http_requests_total{namespace="ml",release="fraud",track="canary",code=~"5.."}',
      'http_requests_total{namespace="ml",release="fraud",track="canary"}',
    ]);
    expect(windowedSelectors(DEFAULT_QUERIES.latency(0.95), vars)).toEqual([
      'http_request_duration_seconds_bucket{namespace="ml",release="fraud",track="canary"}',
    ]);
  });

  it('reads names alone, braces inside quoted values, and leaves subqueries and fixed ranges out', () => {
    const template =
      'rate(up[{{ window }}]) + rate({__name__="x", re=~"a{2}"}[{{window}}]) + max_over_time(rate(y[1m])[{{window}}:30s]) + rate(z[5m])';
    expect(windowedSelectors(template, vars)).toEqual(['up', '{__name__="x", re=~"a{2}"}']);
  });
});

describe('sampleSpacing', () => {
  it('is the median gap between consecutive samples, rounded to whole seconds', () => {
    expect(
      sampleSpacing([
        [0, 30_004, 59_998, 90_001],
        [5, 30_006],
      ]),
    ).toBe(30_000);
    // A restart or a missed scrape is one long gap among many regular ones.
    expect(sampleSpacing([[0, 60_000, 120_000, 300_000, 360_000]])).toBe(60_000);
    expect(sampleSpacing([[0, 250, 500]])).toBe(250);
  });

  it('is unknown without two samples in one series', () => {
    expect(sampleSpacing([[0], [10_000]])).toBeUndefined();
    expect(sampleSpacing([])).toBeUndefined();
  });
});

describe('learnScrapeInterval', () => {
  it.each([1_000, 30_000, 60_000])('learns a %i ms scrape interval from the raw samples', async (every) => {
    const { sampleTimes, asked } = scraped(every);
    expect(await learnScrapeInterval(plan(), sampleTimes)).toEqual({ ms: every, selectors: 2 });
    // A short range first; a longer one only when it holds too few samples.
    expect(asked[0]).toMatch(/\[1m\]$/);
    if (every === 60_000) expect(asked).toContain(`${asked[0]!.replace('[1m]', '[5m]')}`);
  });

  it('takes the slowest of the selectors, and the reference track when the canary has no samples yet', async () => {
    const latency: SliSpec = { ...errorRate, name: 'latency', query: DEFAULT_QUERIES.latency(0.95) };
    const sampleTimes = async (selector: string) => {
      if (selector.includes('track="canary"')) return [];
      const every = selector.includes('bucket') ? 60_000 : 15_000;
      return [[0, every, 2 * every, 3 * every]];
    };
    const learned = await learnScrapeInterval(
      plan({ slis: [errorRate, latency], referenceTrack: 'stable' }),
      sampleTimes,
    );
    expect(learned).toEqual({ ms: 60_000, selectors: 3 });
  });

  it('is unknown when no series has two samples, or Prometheus does not answer', async () => {
    expect(await learnScrapeInterval(plan(), async () => [[1]])).toBeUndefined();
    expect(
      await learnScrapeInterval(plan(), async () => {
        throw new Error('HTTP 429');
      }),
    ).toBeUndefined();
  });
});

describe('fitWindow', () => {
  it('sizes the default window to at least 4 scrapes, else twice the interval', () => {
    expect(fitWindow(plan(), 60_000, 'learned').vars.window).toBe('4m');
    expect(fitWindow(plan(), 30_000, 'learned').vars.window).toBe('2m');
    expect(fitWindow(plan(), 5_000, 'learned').vars.window).toBe('1m');
    expect(fitWindow(plan({ intervalMs: 2_000 }), 1_000, 'learned').vars.window).toBe('10s');
    expect(fitWindow(plan(), 60_000, 'learned').warning).toBeUndefined();
  });

  it('raises a window given in vars that holds fewer than 4 scrapes, and says so', () => {
    const fit = fitWindow(plan({ vars: { ...vars, window: '20s' }, windowGiven: true }), 60_000, 'learned');
    expect(fit.vars.window).toBe('4m');
    expect(fit.warning).toBe(
      'vars window=20s is shorter than 4 scrapes of the 1m scrape interval (learned), so rate() over it would often be empty: raised to 4m',
    );
  });

  it('keeps a window given in vars that is long enough, and every window when the scrape interval is unknown', () => {
    const given = plan({ vars: { ...vars, window: '5m' }, windowGiven: true });
    const kept = fitWindow(given, 60_000, 'learned');
    expect(kept.vars).toEqual(given.vars);
    expect(kept.warning).toBeUndefined();
    const unknown = fitWindow(plan(), undefined, 'not learned');
    expect(unknown.vars).toEqual(vars);
    expect(unknown.warning).toBeUndefined();
  });
});

describe('sizeWindow', () => {
  it('uses the scrape-interval input without asking Prometheus', async () => {
    const { sampleTimes, asked } = scraped(1_000);
    const fit = await sizeWindow(plan({ scrapeIntervalMs: 60_000 }), sampleTimes);
    expect(fit.vars.window).toBe('4m');
    expect(fit.note).toContain('input scrape-interval');
    expect(asked).toEqual([]);
  });

  it('learns the scrape interval from the data otherwise', async () => {
    const fit = await sizeWindow(plan(), scraped(60_000).sampleTimes);
    expect(fit).toMatchObject({ scrapeIntervalMs: 60_000, vars: { window: '4m' } });
    expect(fit.note).toMatch(/^scrape interval 1m \(learned from the samples of 2 selectors\)/);
  });
});
