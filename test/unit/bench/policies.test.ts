import { describe, expect, it } from 'vitest';
import { judgeSample } from '../../../actions/verify-slo/judge';
import type { SliSpec } from '../../../actions/verify-slo/sli';
import type { SampleRecord } from '../../../actions/verify-slo/verify';
import {
  ArgoRule,
  argoMeasurement,
  FlaggerRule,
  parsePolicies,
  policyInputs,
  policyPlan,
  POLICIES,
} from '../../../bench/judgement/policies';
import { parseBenchScenario } from '../../../bench/judgement/scenarios';

const sli: SliSpec = { name: 'error-rate', query: 'q', unit: 'ratio', direction: 'below', budget: 0.01 };

function record(sliName: string, status: SampleRecord['status'], reason: string = status): SampleRecord {
  return { index: 1, elapsedMs: 0, time: '', sli: sliName, status, reason };
}

/** Feeds samples of one SLI to a rule until it decides: the decision and the sample that made it (1-based). */
function decide(rule: { observe(r: SampleRecord[]): { verdict: string } | undefined }, statuses: string[]) {
  for (const [i, status] of statuses.entries()) {
    const decision = rule.observe([record('error-rate', status as SampleRecord['status'])]);
    if (decision) return { verdict: decision.verdict, at: i + 1 };
  }
  return undefined;
}

describe('FlaggerRule', () => {
  it('rolls back at the 5th failed check, counting no-data and errors as failed, good checks not resetting', () => {
    expect(decide(new FlaggerRule(), ['fail', 'pass', 'no-data', 'pass', 'error', 'fail', 'fail'])).toEqual({
      verdict: 'fail',
      at: 7,
    });
  });

  it('promotes after 10 good checks, failed checks only delaying it', () => {
    const statuses = ['fail', ...Array(4).fill('pass'), 'no-data', ...Array(6).fill('pass')];
    expect(decide(new FlaggerRule(), statuses)).toEqual({ verdict: 'pass', at: 12 });
  });

  it('fails a check when any SLI of the interval is not good', () => {
    const rule = new FlaggerRule(1, 10);
    expect(rule.observe([record('error-rate', 'pass'), record('latency', 'fail')])?.verdict).toBe('fail');
  });
});

describe('ArgoRule', () => {
  it('fails on the first failed measurement (failureLimit 0)', () => {
    expect(decide(new ArgoRule(), ['pass', 'pass', 'fail'])).toEqual({ verdict: 'fail', at: 3 });
  });

  it('errors when consecutive errors exceed 4, and a measurement in between resets them', () => {
    const statuses = ['error', 'error', 'error', 'error', 'pass', ...Array(5).fill('error')];
    expect(decide(new ArgoRule(), statuses)).toEqual({ verdict: 'inconclusive', at: 10 });
  });

  it('succeeds after 10 measurements of every metric', () => {
    expect(decide(new ArgoRule(), Array(10).fill('pass'))).toEqual({ verdict: 'pass', at: 10 });
  });

  it('reads an empty result as an error and NaN as a failed measurement, as its Prometheus provider does', () => {
    const empty = judgeSample(sli, { canary: { values: [] } });
    const nan = judgeSample(sli, { canary: { values: [NaN] } });
    expect([empty.status, nan.status]).toEqual(['no-data', 'no-data']);
    expect(argoMeasurement(record('error-rate', empty.status, empty.reason))).toBe('Error');
    expect(argoMeasurement(record('error-rate', nan.status, nan.reason))).toBe('Failed');
  });
});

const scenario = parseBenchScenario(
  [
    'name: outage',
    'expect: pass',
    'namespace: bench',
    'release: outage-3',
    'tracks: { canary: { rps: 5 } }',
    'verify:',
    '  error-rate-query: sum(rate(x{release="{{release}}",track="{{track}}"}[{{window}}]))',
    '  compare-to: baseline',
    '  vars: window=2m',
    'absoluteVerify: { max-error-rate: 0.01, min-requests: 5 }',
  ].join('\n'),
  'outage.yaml',
);

describe('policy inputs and plans', () => {
  it('gives absolute-only anchors the absolute budgets, without relative inputs', () => {
    const inputs = policyInputs(scenario, POLICIES.flagger, 'http://127.0.0.1:9');
    expect(inputs).toMatchObject({ 'max-error-rate': '0.01', interval: '1m', decision: 'fixed' });
    expect(inputs).not.toHaveProperty('compare-to');
    expect(inputs).not.toHaveProperty('min-requests');
    expect(inputs.vars).toBe('namespace=bench\nrelease=outage-3\n\nwindow=1m');
  });

  it('compresses the rate window into real time and keeps the rest of the plan uncompressed', async () => {
    const ours = await policyPlan(scenario, POLICIES.ours, 'http://127.0.0.1:9', 10);
    expect(ours.vars.window).toBe('12000ms');
    expect(ours.referenceTrack).toBe('baseline');
    const fixed = await policyPlan(scenario, POLICIES['fixed-window'], 'http://127.0.0.1:9', 10);
    expect([fixed.durationMs, fixed.intervalMs, fixed.vars.window]).toEqual([600_000, 600_000, '60000ms']);
  });

  it("lifts verify-slo's own limits for rule-driven anchors so that only the rule decides", async () => {
    const argo = await policyPlan(scenario, POLICIES.argo, 'http://127.0.0.1:9', 10);
    expect(argo.failureLimit).toBe(Number.MAX_SAFE_INTEGER);
    expect(argo.minSamples).toBe(1);
    expect(argo.durationMs).toBe(11 * 60_000);
  });

  it('parses --policies, rejecting unknown names', () => {
    expect(parsePolicies('ours, argo').map((p) => p.name)).toEqual(['ours', 'argo']);
    expect(() => parsePolicies('ours,kayenta')).toThrow(/kayenta/);
  });
});
