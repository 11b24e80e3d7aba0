import { describe, expect, it } from 'vitest';
import { PrometheusError, type QueryValue } from '../../../lib/prometheus';
import type { SliSpec } from '../../../actions/verify-slo/sli';
import { QueryRejectedError, verify, type Clock, type VerifyPlan } from '../../../actions/verify-slo/verify';

/** A clock whose sleeps return at once, moving time forward. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_700_000_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
    },
  };
}

const sli: SliSpec = {
  name: 'error-rate',
  query: 'err{track="{{track}}"}',
  unit: 'ratio',
  direction: 'below',
  budget: 0.01,
};

function plan(overrides: Partial<VerifyPlan> = {}): VerifyPlan {
  return {
    slis: [sli],
    vars: { track: 'canary', window: '1m' },
    minRequests: 0,
    durationMs: 100_000,
    intervalMs: 10_000,
    warmupMs: 0,
    failureLimit: 3,
    minSamples: 5,
    minDurationMs: 0,
    decision: 'fixed',
    alpha: 0.01,
    beta: 0.01,
    ...overrides,
  };
}

/** Answers the n-th sample query (after the preflight) from a script; '' is an empty result. */
function scripted(script: Array<number | '' | Error>) {
  let call = -1; // the preflight query
  const sent: string[] = [];
  const query = async (q: string): Promise<QueryValue> => {
    sent.push(q);
    const value = call < 0 ? 0 : script[Math.min(call, script.length - 1)];
    call += 1;
    if (value instanceof Error) throw value;
    const values = value === '' ? [] : [value!];
    return { values, series: values.map((v) => ({ labels: {}, value: v })), warnings: [] };
  };
  return { query, sent };
}

async function run(values: Array<number | '' | Error>, overrides: Partial<VerifyPlan> = {}) {
  const clock = fakeClock();
  const logs: string[] = [];
  const { query, sent } = scripted(values);
  const result = await verify(plan(overrides), {
    query,
    clock,
    log: (l) => logs.push(l),
    warn: (l) => logs.push(l),
  });
  return { result, logs, sent, clock };
}

describe('verify', () => {
  it('passes after the full duration when every sample passes', async () => {
    const { result, sent } = await run([0.001]);
    expect(result.verdict).toBe('pass');
    expect(result.samples).toHaveLength(10);
    expect(sent).toHaveLength(11);
    expect(sent[0]).toBe('err{track="canary"}');
  });

  it('fails as soon as the failure limit is reached in a row', async () => {
    const { result } = await run([0.001, 0.05, 0.05, 0.05, 0.001]);
    expect(result.verdict).toBe('fail');
    expect(result.samples).toHaveLength(4);
    expect(result.reason).toBe('error-rate failed 3 samples in a row: 5% > budget 1% (worst 5%)');
  });

  it('gives a burn-rate SLI its worst burn rate, not its ratio unit, in the reason', async () => {
    const burn: SliSpec = {
      ...sli,
      name: 'availability',
      budget: undefined,
      burnRate: { objective: 0.999, shortWindow: '5m', longWindow: '1h', maxBurnRate: 14.4 },
    };
    const failing = await run([0.02], { slis: [burn] });
    expect(failing.result.reason).toBe(
      'availability failed 3 samples in a row: burn rate 20x over 5m, 20x over 1h (max 14.4x) (worst 20x)',
    );
    const passing = await run([0.0005], { slis: [burn] });
    expect(passing.result.reason).toBe(
      'every SLI within budget: availability 10/10 samples passed, worst 0.5x',
    );
  });

  it('resets the streak on a pass, so isolated failures do not fail the gate', async () => {
    const { result } = await run([0.05, 0.05, 0.001, 0.05, 0.05, 0.001, 0.001, 0.001, 0.001, 0.001]);
    expect(result.verdict).toBe('pass');
  });

  it('lets no-data samples neither break nor extend a failing streak', async () => {
    const { result } = await run([0.05, 0.05, '', 0.05]);
    expect(result.verdict).toBe('fail');
    expect(result.tallies[0]).toMatchObject({ fail: 3, noData: 1 });
  });

  it('fails a flapping SLI that failed more samples than it passed', async () => {
    const { result } = await run([0.05, 0.05, 0.001, 0.05, 0.05, 0.001, 0.05, 0.05, 0.001, 0.05], {
      minSamples: 1,
    });
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(/failed more samples than it passed \(7 failed, 3 passed\)/);
  });

  it('is inconclusive as soon as the needed passes can no longer come', async () => {
    const { result } = await run(['']);
    expect(result.verdict).toBe('inconclusive');
    // 10 samples, 5 passes needed: after 6 empty samples only 4 remain.
    expect(result.samples).toHaveLength(6);
    expect(result.reason).toMatch(/0 passed, 0 failed, 6 without data, 0 errors; last: canary: empty result/);
  });

  it('counts Prometheus errors as error samples, not failures', async () => {
    const down = new PrometheusError('unavailable', 'Prometheus answered HTTP 503');
    const { result } = await run([down]);
    expect(result.verdict).toBe('inconclusive');
    expect(result.tallies[0]).toMatchObject({ error: 6, fail: 0 });
  });

  it('waits out the warm-up before the first sample and keeps to the interval', async () => {
    const { result, clock } = await run([0.001], { warmupMs: 30_000 });
    expect(result.samples).toHaveLength(7);
    expect(result.samples[0]!.elapsedMs).toBe(40_000);
    expect(result.samples.map((s) => s.elapsedMs)).toEqual(
      [40, 50, 60, 70, 80, 90, 100].map((s) => s * 1000),
    );
    expect(clock.sleeps.slice(0, 2)).toEqual([30_000, 5_000]);
  });

  it('stops before sampling when Prometheus rejects a query in the preflight', async () => {
    const clock = fakeClock();
    const query = async (): Promise<QueryValue> => {
      throw new PrometheusError('bad-query', '1:5: parse error: unexpected end of input', 400);
    };
    await expect(verify(plan(), { query, clock, log: () => {}, warn: () => {} })).rejects.toThrow(
      QueryRejectedError,
    );
    expect(clock.sleeps).toHaveLength(0);
  });

  it('queries the reference track for relative SLIs', async () => {
    const relative = { ...sli, budget: undefined, relative: { tolerance: 0.2, slack: 0.001 } };
    const { sent } = await run([0.001], { slis: [relative], referenceTrack: 'baseline', durationMs: 10_000 });
    expect(sent).toContain('err{track="baseline"}');
    expect(sent).toContain('err{track="canary"}');
  });
});

describe('verify sizes {{window}} to the scrape interval', () => {
  const windowed: SliSpec = { ...sli, query: 'rate(err{track="{{track}}"}[{{window}}])' };

  async function runScraped(
    sampleTimes: (selector: string) => Promise<number[][]>,
    overrides: Partial<VerifyPlan> = {},
  ) {
    const logs: string[] = [];
    const warnings: string[] = [];
    const { query, sent } = scripted([0.001]);
    const result = await verify(plan({ slis: [windowed], durationMs: 30_000, minSamples: 1, ...overrides }), {
      query,
      sampleTimes,
      clock: fakeClock(),
      log: (l) => logs.push(l),
      warn: (l) => warnings.push(l),
    });
    return { result, logs, warnings, sent };
  }

  const every = (ms: number) => async () => [[0, ms, 2 * ms, 3 * ms]];

  it('learns the scrape interval from the raw samples and queries 4 scrapes or more', async () => {
    const { result, logs, sent } = await runScraped(every(60_000));
    expect(logs).toContain(
      'Window: scrape interval 1m (learned from the samples of 1 selector); {{window}} is 4m (at least 4 scrapes).',
    );
    expect(new Set(sent)).toEqual(new Set(['rate(err{track="canary"}[4m])']));
    expect(result.queries.slis[0]!.canary).toBe('rate(err{track="canary"}[4m])');
  });

  it('raises a window given in vars that is too short, with a warning', async () => {
    const { warnings, sent } = await runScraped(every(30_000), {
      vars: { track: 'canary', window: '20s' },
      windowGiven: true,
    });
    expect(warnings).toEqual([
      'vars window=20s is shorter than 4 scrapes of the 30s scrape interval (learned from the samples of 1 selector), so rate() over it would often be empty: raised to 2m',
    ]);
    expect(new Set(sent)).toEqual(new Set(['rate(err{track="canary"}[2m])']));
  });

  it('raises a burn-rate window of the slo-file that is too short, with a warning', async () => {
    const burn: SliSpec = {
      ...windowed,
      name: 'availability',
      unit: 'number',
      budget: undefined,
      burnRate: { objective: 0.999, shortWindow: '1m', longWindow: '1h', maxBurnRate: 14.4 },
    };
    const { result, warnings, sent } = await runScraped(every(60_000), { slis: [burn] });
    expect(result.samples[0]!.reason).toMatch(/ over 4m, .* over 1h /);
    expect(warnings).toEqual([
      'availability: burn-rate short-window 1m is shorter than 4 scrapes of the 1m scrape interval, so rate() over it would often be empty: raised to 4m',
    ]);
    expect(new Set(sent)).toEqual(
      new Set(['rate(err{track="canary"}[4m])', 'rate(err{track="canary"}[1h])']),
    );
  });

  it('learns again before the next samples when the series had no two samples at the start', async () => {
    let calls = 0;
    const { logs, sent } = await runScraped(
      async () => {
        calls += 1;
        return calls <= 3 ? [[0]] : [[0, 30_000, 60_000]];
      },
      { warmupMs: 10_000, durationMs: 40_000 },
    );
    expect(logs[0]).toBe(
      'Window: scrape interval unknown (no series with two samples yet); {{window}} is 1m.',
    );
    expect(logs).toContain(
      'Window: scrape interval 30s (learned from the samples of 1 selector); {{window}} is 2m (at least 4 scrapes).',
    );
    // The preflight ran with the first window; every sample with the fitted one.
    expect(sent[0]).toBe('rate(err{track="canary"}[1m])');
    expect(sent.slice(1).every((q) => q === 'rate(err{track="canary"}[2m])')).toBe(true);
  });
});

describe('verify with decision: sequential', () => {
  const counted: SliSpec = {
    ...sli,
    sequential: {
      counts: { kind: 'errors', requests: 'requests', errors: 'errors' },
      budget: 0.01,
      slack: 0.001,
      label: 'error share',
    },
  };

  /**
   * Counters that grow by `rps` requests a second, with the error share `share(seconds)` at each moment;
   * the rate query answers `rate`, or nothing once `vanishAt` has passed.
   */
  function traffic(
    errorShare: number | ((s: number) => number),
    rps: number | ((s: number) => number) = 100,
    rate = 0.001,
    vanishAt = Infinity,
  ) {
    const clock = fakeClock();
    const t0 = clock.now();
    const shareAt = typeof errorShare === 'number' ? () => errorShare : errorShare;
    const rpsAt = typeof rps === 'number' ? () => rps : rps;
    let requests = 0;
    let errors = 0;
    let last = 0;
    const query = async (q: string): Promise<QueryValue> => {
      const seconds = (clock.now() - t0) / 1000;
      for (; last < seconds; last++) {
        requests += rpsAt(last);
        errors += rpsAt(last) * shareAt(last);
      }
      const gone = seconds > vanishAt;
      const value = q === 'requests' ? requests : q === 'errors' ? Math.round(errors) : rate;
      return gone && q !== 'requests' && q !== 'errors'
        ? { values: [], series: [], warnings: [] }
        : { values: [value], series: [{ labels: {}, value }], warnings: [] };
    };
    return { clock, query };
  }

  it('fails a clear regression long before the failure limit of rate samples would', async () => {
    const { clock, query } = traffic(0.1, 100, 0.001);
    const result = await verify(plan({ slis: [counted], decision: 'sequential' }), {
      query,
      clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('fail');
    expect(result.samples).toHaveLength(1);
    expect(result.reason).toBe(
      'error-rate: 10.0 % of 1,000 requests failed (budget 1 %): a regression, with 99 % confidence',
    );
    expect(result.samples[0]!.sequential!.detail).toMatch(/^error share 10% \(100\/1000\) .*log e-value/);
  });

  it('reads the counters of a sample at one moment, the first at the start however long the preflight takes', async () => {
    const { clock, query } = traffic(0, 100, 0);
    const asked: Array<{ q: string; at: number }> = [];
    let preflightDone: number | undefined;
    const before = Date.now();
    const result = await verify(plan({ slis: [counted], decision: 'sequential' }), {
      query: async (q, at) => {
        if (at !== undefined) asked.push({ q, at });
        else if (preflightDone === undefined) {
          // A slow preflight: Prometheus takes its time over the first queries.
          await new Promise((resolve) => setTimeout(resolve, 50));
          preflightDone = Date.now();
        }
        return query(q);
      },
      clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('pass');
    // Rate samples are evaluated when Prometheus gets to them; counter readings come in pairs of one moment.
    expect(asked.map((a) => a.q)).toEqual(['requests', 'errors', 'requests', 'errors']);
    expect(asked[1]!.at).toBe(asked[0]!.at);
    expect(asked[3]!.at).toBe(asked[2]!.at);
    // The first pair is of the moment verification started, before the preflight ended; the next is later.
    expect(asked[0]!.at).toBeGreaterThanOrEqual(before);
    expect(asked[0]!.at).toBeLessThan(preflightDone!);
    expect(asked[2]!.at).toBeGreaterThanOrEqual(preflightDone!);
  });

  it('passes a clean canary as soon as the evidence is conclusive', async () => {
    const { clock, query } = traffic(0, 100, 0);
    const result = await verify(plan({ slis: [counted], decision: 'sequential' }), {
      query,
      clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('pass');
    // 728 clean requests pass a 1 % budget at α = β = 1 %: the first sample (1,000 requests) is enough.
    expect(result.samples).toHaveLength(1);
    expect(result.reason).toBe(
      'every SLI within budget: error-rate: 0 % of 1,000 requests failed (budget 1 %): within budget, with 99 % confidence',
    );
  });

  it('waits out the bake time before passing, and catches a regression that starts meanwhile', async () => {
    const good = traffic(0, 100, 0);
    const baked = await verify(plan({ slis: [counted], decision: 'sequential', minDurationMs: 50_000 }), {
      query: good.query,
      clock: good.clock,
      log: () => {},
      warn: () => {},
    });
    expect(baked.verdict).toBe('pass');
    expect(baked.samples.at(-1)!.elapsedMs).toBe(50_000);

    // Clean for 30 s (the test passes, but the bake time is not over), then 5 % errors.
    const burn = traffic((s) => (s < 30 ? 0 : 0.05), 100, 0);
    const result = await verify(plan({ slis: [counted], decision: 'sequential', minDurationMs: 80_000 }), {
      query: burn.query,
      clock: burn.clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(/^error-rate: .* a regression, with 99 % confidence$/);
    expect(result.samples.at(-1)!.elapsedMs).toBeLessThan(80_000);
  });

  it('does not pass on a test passed before the metrics vanished', async () => {
    const { clock, query } = traffic(0, 100, 0, 25);
    const result = await verify(plan({ slis: [counted], decision: 'sequential', minDurationMs: 40_000 }), {
      query,
      clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('inconclusive');
  });

  it('judges an SLI the test left open on its whole-window counts, not on noisy per-sample rates', async () => {
    // 5 requests a second: too few for the test to settle in 100 s; every rate sample says 5 %.
    const within = traffic(0.008, 5, 0.05);
    const passed = await verify(plan({ slis: [counted], decision: 'sequential' }), {
      query: within.query,
      clock: within.clock,
      log: () => {},
      warn: () => {},
    });
    expect(passed.verdict).toBe('pass');
    expect(passed.reason).toBe(
      'every SLI within budget: error-rate: 0.80 % of 500 requests failed over the whole window (budget 1 %): within budget (the test could not be sure either way)',
    );

    const over = traffic(0.012, 5, 0.001);
    const failed = await verify(plan({ slis: [counted], decision: 'sequential' }), {
      query: over.query,
      clock: over.clock,
      log: () => {},
      warn: () => {},
    });
    expect(failed.verdict).toBe('fail');
    expect(failed.reason).toBe(
      'error-rate: 1.2 % of 500 requests failed over the whole window (budget 1 %): over budget',
    );
  });

  it('does not pass a slow burn on its good start: the latest half of the counts must pass too', async () => {
    // 0.2 % errors for 50 s, then 1.6 %: the whole window still looks under budget at the bake time.
    const burn = traffic((s) => (s < 50 ? 0.002 : 0.016), 100, 0);
    const result = await verify(plan({ slis: [counted], decision: 'sequential', minDurationMs: 60_000 }), {
      query: burn.query,
      clock: burn.clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(
      /^error-rate: 1\.6 % of 5,000 requests failed in the latest half of the window \(budget 1 %\): a regression, with 99 % confidence$/,
    );
    const atBake = result.samples.find((s) => s.elapsedMs === 60_000)!;
    expect(atBake.sequential!.detail).toMatch(/latest half: .*continue$/);
  });

  it('is inconclusive, never a pass, when a comparison with the reference stays undecided', async () => {
    const relativeOnly: SliSpec = {
      ...sli,
      relative: { tolerance: 0.2, slack: 0.001 },
      sequential: { ...counted.sequential!, budget: undefined },
    };
    // Both tracks at 1 %, 5 requests a second: far too few to tell them apart in 100 s.
    const { clock, query } = traffic(0.01, 5, 0.05);
    const result = await verify(
      plan({ slis: [relativeOnly], decision: 'sequential', referenceTrack: 'baseline' }),
      { query, clock, log: () => {}, warn: () => {} },
    );
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toMatch(
      /^error-rate: 1\.0 % of 500 canary requests failed against 1\.0 % of 500 baseline requests failed \(allowed 1\.2 × baseline \+ 0\.1 %\): not conclusively better or worse than baseline/,
    );
  });

  /** `traffic` whose counter readings (which name their moment; the preflight does not) are timed. */
  function timedReadings(...args: Parameters<typeof traffic>) {
    const { clock, query } = traffic(...args);
    const readings: number[] = [];
    const timed = async (q: string, at?: number) => {
      if (q === 'requests' && at !== undefined) readings.push(clock.now());
      return query(q);
    };
    return { clock, query: timed, since: () => readings.map((t) => t - readings[0]!) };
  }

  it('reads counts between samples once they point over the budget, and fails at the reading that shows it', async () => {
    // 2 % errors at 20 requests/s against 1 %: leaning over at the first sample, conclusive between samples.
    const { clock, query, since } = timedReadings(0.02, 20, 0.001);
    const logs: string[] = [];
    const result = await verify(
      plan({
        slis: [counted],
        decision: 'sequential',
        intervalMs: 30_000,
        durationMs: 600_000,
        minSamples: 1,
        // As slow as the samples: the readings go on every 5 s all the same.
        scrapeIntervalMs: 30_000,
      }),
      { query, clock, log: (l) => logs.push(l), warn: () => {} },
    );
    expect(result.verdict).toBe('fail');
    // 1,400 requests: 10 s after the second sample, 20 s before the third.
    expect(result.decisionMs).toBe(70_000);
    expect(result.samples).toHaveLength(2);
    expect(result.samples[0]!.sequential).toMatchObject({ decision: 'continue' });
    expect(result.samples[0]!.sequential!.statistic).toBeGreaterThan(0);
    // The start, the first sample, then every 5 s until the fail.
    expect(since()).toEqual([0, 30_000, 35_000, 40_000, 45_000, 50_000, 55_000, 60_000, 65_000, 70_000]);
    expect(result.reason).toBe(
      'error-rate: 2.0 % of 1,400 requests failed (budget 1 %): a regression, with 99 % confidence',
    );
    expect(logs.at(-1)).toBe(`[counts 1m10s] ${result.reason}`);
  });

  it('reads no counts between samples while they point within budget, and passes only at a sample', async () => {
    const { clock, query, since } = timedReadings(0, 100, 0);
    const result = await verify(plan({ slis: [counted], decision: 'sequential', intervalMs: 30_000 }), {
      query,
      clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('pass');
    expect(result.decisionMs).toBe(30_000);
    expect(since()).toEqual([0, 30_000]);
  });

  it('judges the latest half of the requests, so a healthy canary whose traffic fell still passes', async () => {
    // 200 requests a second for 20 s, then 5: the latest half of the time holds too few requests to pass.
    const drops = traffic(0, (s) => (s < 20 ? 200 : 5), 0);
    const result = await verify(plan({ slis: [counted], decision: 'sequential', minDurationMs: 60_000 }), {
      query: drops.query,
      clock: drops.clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('pass');
    expect(result.samples.at(-1)?.elapsedMs).toBe(60_000);
  });

  it('takes a reading whose errors ran a scrape ahead of its requests without throwing', async () => {
    // 5 requests a second for 40 s, then none; one more error shows up at 60 s without its request (a
    // scrape that reached the errors query and not the requests one).
    const clock = fakeClock();
    const t0 = clock.now();
    const query = async (q: string): Promise<QueryValue> => {
      const seconds = (clock.now() - t0) / 1000;
      const value =
        q === 'requests' ? 5 * Math.min(seconds, 40) : q === 'errors' ? (seconds >= 60 ? 1 : 0) : 0;
      return { values: [value], series: [{ labels: {}, value }], warnings: [] };
    };
    const result = await verify(plan({ slis: [counted], decision: 'sequential' }), {
      query,
      clock,
      log: () => {},
      warn: () => {},
    });
    // The latest half of the time (50–100 s) holds that error and no request: counted as none.
    expect(result.verdict).toBe('pass');
    expect(result.reason).toBe(
      'every SLI within budget: error-rate: 0.50 % of 200 requests failed over the whole window (budget 1 %): within budget (the test could not be sure either way)',
    );
  });

  describe('an SLI with a budget and a comparison', () => {
    const both: SliSpec = {
      ...sli,
      relative: { tolerance: 0.2, slack: 0.001 },
      sequential: {
        counts: {
          kind: 'errors',
          requests: 'requests{track="{{track}}"}',
          errors: 'errors{track="{{track}}"}',
        },
        budget: 0.01,
        slack: 0.001,
        label: 'error share',
      },
    };

    /** 100 requests a second on each track, with these error shares; rate samples of 0. */
    function tracks(canary: number, reference: number) {
      const clock = fakeClock();
      const t0 = clock.now();
      const query = async (q: string): Promise<QueryValue> => {
        const seconds = Math.floor((clock.now() - t0) / 1000);
        const share = q.includes('canary') ? canary : reference;
        const value = q.startsWith('requests')
          ? 100 * seconds
          : q.startsWith('errors')
            ? Math.round(100 * seconds * share)
            : 0;
        return { values: [value], series: [{ labels: {}, value }], warnings: [] };
      };
      return { clock, query };
    }

    it('passes within its budget at the share of its reference, which no comparison can tell apart yet', async () => {
      const { clock, query } = tracks(0.003, 0.003);
      const result = await verify(
        plan({ slis: [both], decision: 'sequential', referenceTrack: 'baseline', minDurationMs: 30_000 }),
        { query, clock, log: () => {}, warn: () => {} },
      );
      expect(result.verdict).toBe('pass');
      expect(result.samples.at(-1)?.elapsedMs).toBe(30_000);
      expect(result.samples.at(-1)!.sequential!.detail).toMatch(/canary − allowed −.*, continue$/);
    });

    it('waits while the canary looks worse than its reference allows, and passes on its budget at the end', async () => {
      const { clock, query } = tracks(0.003, 0.001);
      const result = await verify(
        plan({ slis: [both], decision: 'sequential', referenceTrack: 'baseline', minDurationMs: 30_000 }),
        { query, clock, log: () => {}, warn: () => {} },
      );
      expect(result.verdict).toBe('pass');
      expect(result.samples.at(-1)?.elapsedMs).toBe(100_000);
      expect(result.reason).toMatch(/over the whole window \(budget 1 %\): within budget/);
    });

    it('says a canary within its budget failed against its reference, not against the budget', async () => {
      const { clock, query } = tracks(0.008, 0);
      const result = await verify(
        plan({ slis: [both], decision: 'sequential', referenceTrack: 'baseline' }),
        { query, clock, log: () => {}, warn: () => {} },
      );
      expect(result.verdict).toBe('fail');
      expect(result.reason).toMatch(
        /^error-rate: 0\.80 % of [\d,]+ canary requests failed against 0 % of [\d,]+ baseline requests failed \(allowed 1\.2 × baseline \+ 0\.1 %\): a regression, with 99 % confidence$/,
      );
    });
  });

  it('ignores the sequential test under decision: fixed', async () => {
    const { clock, query } = traffic(0, 100, 0);
    const result = await verify(plan({ slis: [counted], decision: 'fixed' }), {
      query,
      clock,
      log: () => {},
      warn: () => {},
    });
    expect(result.verdict).toBe('pass');
    expect(result.samples).toHaveLength(10);
  });

  it('stops at the next sample time when the job is cancelled, with what it saw and no verdict', async () => {
    const clock = fakeClock();
    const { query } = scripted([0.001]);
    let samples = 0;
    const result = await verify(plan(), {
      query,
      clock,
      log: () => undefined,
      warn: () => undefined,
      onSample: () => samples++,
      cancelled: () => samples >= 3,
    });
    expect(result.cancelled).toBe(true);
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toBe('verification cancelled after 30s, 3 of 10 samples taken: no verdict');
    expect(result.samples).toHaveLength(3);
    expect(result.tallies[0]).toMatchObject({ pass: 3, fail: 0 });
  });
});
