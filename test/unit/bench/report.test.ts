import { describe, expect, it } from 'vitest';
import { aggregate, markdown, ratios, targets, type RunRecord } from '../../../bench/judgement/report';

function run(over: Partial<RunRecord>): RunRecord {
  return {
    scenario: 'healthy',
    expect: 'pass',
    seed: 1,
    policy: 'ours',
    verdict: 'pass',
    reason: '',
    decisionSeconds: 60,
    exposure: 100,
    queries: 10,
    ...over,
  };
}

const runs: RunRecord[] = [
  ...[30, 60, 90, 120, 600].map((t, i) =>
    run({ seed: i, decisionSeconds: t, verdict: i === 4 ? 'fail' : 'pass', queries: 10 + i }),
  ),
  ...[1, 2, 3, 4, 5].map((seed) =>
    run({ seed, policy: 'fixed-window', decisionSeconds: 600, exposure: 12000, queries: 4 }),
  ),
  run({ scenario: 'errors', expect: 'fail', policy: 'ours', verdict: 'fail', exposure: 500 }),
  run({ scenario: 'errors', expect: 'fail', policy: 'flagger', verdict: 'fail', exposure: 5000 }),
  run({ scenario: 'errors', expect: 'fail', policy: 'flagger', seed: 2, verdict: 'pass', exposure: 7000 }),
  run({ scenario: 'burn', expect: 'fail', policy: 'ours', verdict: 'pass', exposure: 300 }),
  run({ scenario: 'burn', expect: 'fail', policy: 'flagger', verdict: 'fail', exposure: 6000 }),
  run({ scenario: 'burst', expect: 'fail', policy: 'ours', verdict: 'fail', exposure: 3000 }),
  run({ scenario: 'burst', expect: 'fail', policy: 'flagger', verdict: 'pass', exposure: 12000 }),
  ...(['ours', 'flagger'] as const).map((policy) =>
    run({
      scenario: 'near',
      expect: 'fail',
      outsideTargets: '1.2 × the budget',
      policy,
      verdict: 'fail',
      exposure: policy === 'ours' ? 9000 : 6000,
    }),
  ),
];

describe('aggregate', () => {
  const rows = aggregate(runs);

  it('counts wrong verdicts, false rollbacks and unsafe passes per scenario and policy', () => {
    const ours = rows.find((r) => r.scenario === 'healthy' && r.policy === 'ours')!;
    expect(ours).toMatchObject({
      seeds: 5,
      wrongVerdicts: 1,
      falseRollbacks: 1,
      unsafePasses: 0,
      verdicts: { pass: 4, fail: 1, inconclusive: 0, error: 0 },
    });
    const flagger = rows.find((r) => r.scenario === 'errors' && r.policy === 'flagger')!;
    expect(flagger).toMatchObject({ wrongVerdicts: 1, falseRollbacks: 0, unsafePasses: 1 });
  });

  it('takes the median and the 90th percentile of the decision times, and the mean query count', () => {
    const ours = rows.find((r) => r.scenario === 'healthy' && r.policy === 'ours')!;
    expect(ours.medianDecisionSeconds).toBe(90);
    expect(ours.p90DecisionSeconds).toBe(408);
    expect(ours.queriesPerRun).toBe(12);
  });

  it('orders rows by scenario, then policy as listed', () => {
    expect(rows.map((r) => `${r.scenario}/${r.policy}`)).toEqual([
      'burn/ours',
      'burn/flagger',
      'burst/ours',
      'burst/flagger',
      'errors/ours',
      'errors/flagger',
      'healthy/ours',
      'healthy/fixed-window',
      'near/ours',
      'near/flagger',
    ]);
  });

  it('compares ours with the anchors per scenario and states the targets', () => {
    const report = { rows, ratios: ratios(rows) };
    expect(report.ratios).toEqual([
      {
        scenario: 'burn',
        expect: 'fail',
        exposureVsFlagger: undefined,
        oursPromoted: 1,
        flaggerPromoted: 0,
        timeToPassVsFixedWindow: undefined,
        falseRollbacks: { ours: 0, flagger: 0 },
      },
      {
        scenario: 'burst',
        expect: 'fail',
        exposureVsFlagger: 0.25,
        oursPromoted: 0,
        flaggerPromoted: 1,
        timeToPassVsFixedWindow: undefined,
        falseRollbacks: { ours: 0, flagger: 0 },
      },
      {
        scenario: 'errors',
        expect: 'fail',
        exposureVsFlagger: 0.0833,
        oursPromoted: 0,
        flaggerPromoted: 1,
        timeToPassVsFixedWindow: undefined,
        falseRollbacks: { ours: 0, flagger: 0 },
      },
      {
        scenario: 'healthy',
        expect: 'pass',
        exposureVsFlagger: undefined,
        oursPromoted: undefined,
        flaggerPromoted: undefined,
        timeToPassVsFixedWindow: 0.15,
        falseRollbacks: { ours: 1, 'fixed-window': 0 },
      },
      {
        scenario: 'near',
        expect: 'fail',
        outsideTargets: '1.2 × the budget',
        exposureVsFlagger: 1.5,
        oursPromoted: 0,
        flaggerPromoted: 0,
        timeToPassVsFixedWindow: undefined,
        falseRollbacks: { ours: 0, flagger: 0 },
      },
    ]);
    // The scenario outside the targets is reported on its own line, not in the target's figure.
    expect(targets(report)).toEqual([
      'ours: 2 wrong verdicts in 9 runs (target 0)',
      "exposure on regressions of 2 × the budget or more, ours/flagger: at most 0.0833; ours promoted burn on 1 seeds; flagger promoted burst on 1 seeds, so it has no exposure until rollback (ours/flagger's until promotion: 0.25) (target ≤ 0.2)",
      'time to pass a healthy canary, ours/fixed-window: at most 0.15 (target ≤ 0.5)',
      'outside the ratio targets, near: exposure ours/flagger 1.5 (1.2 × the budget)',
      'false rollbacks: ours 1, flagger 0, fixed-window 0 (target: ours ≤ every anchor)',
    ]);
    const table = markdown(report);
    expect(table).toContain('| healthy | pass | ours | 5 | 1 | 1 | 4/1/0/0 | 90 | 408 | 100 | 12 |');
    expect(table).toContain(
      '| errors | fail | 0.0833 (flagger promoted 1) | — | ours 0, flagger 0 | counted |',
    );
    expect(table).toContain('| burst | fail | 0.25 (flagger promoted 1) | — | ours 0, flagger 0 | counted |');
    expect(table).toContain('| burn | fail | — (ours promoted 1) | — | ours 0, flagger 0 | counted |');
    expect(table).toContain('| near | fail | 1.5 | — | ours 0, flagger 0 | outside: 1.2 × the budget |');
  });
});
