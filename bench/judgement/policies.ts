import { getInputs } from '../../actions/verify-slo/inputs';
import type { Decision } from '../../actions/verify-slo/verdict';
import type { SampleRecord, VerifyPlan } from '../../actions/verify-slo/verify';
import { InputReader } from '../../lib/inputs';
import { compressedRange } from './compress';
import type { BenchScenario } from './scenarios';

/** Decides from one interval's samples (one record per SLI), where verify-slo's tracker cannot. */
export interface AnchorRule {
  observe(records: SampleRecord[]): Decision | undefined;
}

export const POLICY_NAMES = ['ours', 'flagger', 'argo', 'fixed-window'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export interface Policy {
  name: PolicyName;
  /** verify-slo inputs for the policy's timing and decision rule, on top of the scenario's budgets. */
  inputs: Record<string, string>;
  /** The `{{window}}` of the rate queries, uncompressed (default: verify-slo's, twice the interval). */
  window?: string;
  /** Judges absolute budgets only: the scenario's absoluteVerify, else verify without relative inputs. */
  absoluteOnly: boolean;
  /** An anchor's rule that verify-slo's inputs cannot express, applied to every interval's samples. */
  rule?: () => AnchorRule;
  /** Samples after which the rule has always decided. */
  maxSamples?: number;
}

export const FLAGGER = { threshold: 5, iterations: 10 } as const;
export const ARGO = { failureLimit: 0, consecutiveErrorLimit: 4, count: 10 } as const;

/**
 * Flagger's canary analysis: each interval is one check over every metric; a metric out of range, without
 * values (empty or NaN: Flagger's "no values found") or failing to query fails the check. Failed checks
 * add up (a good check does not reset them) and roll back at `threshold`; good checks advance the canary
 * and promote it after `iterations`. Flagger rolls back at the tick after the threshold is reached; this
 * rule decides at the failing check itself, one interval sooner than Flagger.
 */
export class FlaggerRule implements AnchorRule {
  private failed = 0;
  private passed = 0;

  constructor(
    private readonly threshold: number = FLAGGER.threshold,
    private readonly iterations: number = FLAGGER.iterations,
  ) {}

  observe(records: SampleRecord[]): Decision | undefined {
    const bad = records.find((r) => r.status !== 'pass');
    if (bad) {
      this.failed += 1;
      if (this.failed < this.threshold) return undefined;
      return {
        verdict: 'fail',
        reason: `${this.failed} failed checks (threshold ${this.threshold}); last: ${bad.sli} ${bad.status}: ${bad.reason}`,
      };
    }
    this.passed += 1;
    if (this.passed < this.iterations) return undefined;
    return { verdict: 'pass', reason: `${this.passed} good checks (${this.failed} failed)` };
  }
}

export type ArgoPhase = 'Successful' | 'Failed' | 'Error';

/**
 * How Argo Rollouts' Prometheus provider would assess a sample: an empty vector makes `result[0]` an
 * error; NaN or ±Inf make the success condition false, a failed measurement.
 */
export function argoMeasurement(record: SampleRecord): ArgoPhase {
  if (record.status === 'pass') return 'Successful';
  if (record.status === 'fail') return 'Failed';
  if (record.status === 'error') return 'Error';
  return /empty result/.test(record.reason) ? 'Error' : 'Failed';
}

/**
 * Argo Rollouts' AnalysisRun, one metric per SLI: the run fails when a metric's failed measurements
 * exceed failureLimit, errors (phase Error: the rollout aborts too) when its consecutive errors exceed
 * consecutiveErrorLimit, and succeeds after `count` measurements. An Error verdict is reported as
 * inconclusive: the abort came from missing evidence, not from a breached budget.
 */
export class ArgoRule implements AnchorRule {
  private readonly metrics = new Map<string, { failed: number; consecutiveErrors: number; count: number }>();

  constructor(
    private readonly failureLimit: number = ARGO.failureLimit,
    private readonly consecutiveErrorLimit: number = ARGO.consecutiveErrorLimit,
    private readonly count: number = ARGO.count,
  ) {}

  observe(records: SampleRecord[]): Decision | undefined {
    for (const record of records) {
      let metric = this.metrics.get(record.sli);
      if (!metric) {
        metric = { failed: 0, consecutiveErrors: 0, count: 0 };
        this.metrics.set(record.sli, metric);
      }
      const phase = argoMeasurement(record);
      metric.count += 1;
      metric.consecutiveErrors = phase === 'Error' ? metric.consecutiveErrors + 1 : 0;
      if (phase === 'Failed') metric.failed += 1;
      if (metric.failed > this.failureLimit) {
        return {
          verdict: 'fail',
          reason: `${record.sli}: failed (${metric.failed}) > failureLimit (${this.failureLimit}): ${record.reason}`,
        };
      }
      if (metric.consecutiveErrors > this.consecutiveErrorLimit) {
        return {
          verdict: 'inconclusive',
          reason: `${record.sli}: consecutiveErrors (${metric.consecutiveErrors}) > consecutiveErrorLimit (${this.consecutiveErrorLimit}): ${record.reason}`,
        };
      }
    }
    const all = [...this.metrics.values()];
    if (all.length > 0 && all.every((m) => m.count >= this.count)) {
      return { verdict: 'pass', reason: `${this.count} measurements per metric, none failed` };
    }
    return undefined;
  }
}

export const POLICIES: Record<PolicyName, Policy> = {
  // verify-slo's defaults: whatever `decision` defaults to is what users get.
  ours: { name: 'ours', inputs: {}, absoluteOnly: false },
  flagger: {
    name: 'flagger',
    inputs: { interval: '1m', decision: 'fixed' },
    window: '1m',
    absoluteOnly: true,
    rule: () => new FlaggerRule(),
    maxSamples: FLAGGER.threshold + FLAGGER.iterations - 1,
  },
  argo: {
    name: 'argo',
    inputs: { interval: '1m', decision: 'fixed' },
    window: '1m',
    absoluteOnly: true,
    rule: () => new ArgoRule(),
    maxSamples: ARGO.count,
  },
  'fixed-window': {
    name: 'fixed-window',
    inputs: {
      duration: '10m',
      interval: '10m',
      'failure-limit': '1',
      'min-samples': '1',
      decision: 'fixed',
    },
    window: '10m',
    absoluteOnly: false,
  },
};

export function parsePolicies(text: string): Policy[] {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(POLICY_NAMES as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) {
    throw new Error(`--policies: expected some of ${POLICY_NAMES.join(', ')}, got ${JSON.stringify(text)}`);
  }
  return [...new Set(names)].map((n) => POLICIES[n as PolicyName]);
}

const RELATIVE_INPUTS = ['compare-to', 'tolerance', 'min-requests'];

/** The verify-slo inputs of one policy on one release. */
export function policyInputs(
  scenario: BenchScenario,
  policy: Policy,
  prometheusUrl: string,
): Record<string, string> {
  const budgets = policy.absoluteOnly
    ? Object.fromEntries(
        Object.entries(scenario.absoluteVerify ?? scenario.verify).filter(
          ([k]) => !RELATIVE_INPUTS.includes(k),
        ),
      )
    : scenario.verify;
  const { vars, ...rest } = budgets;
  return {
    'prometheus-url': prometheusUrl,
    ...rest,
    ...policy.inputs,
    vars: [
      `namespace=${scenario.namespace}`,
      `release=${scenario.release}`,
      vars ?? '',
      policy.window ? `window=${policy.window}` : '',
    ].join('\n'),
  };
}

/**
 * The plan verify() runs: getInputs() on the policy's inputs, with the rate window compressed to real
 * time, and the scrape interval (uncompressed ms) given in real time, as verify-slo would learn it from
 * the data: every policy's window then holds at least 4 scrapes. For a rule verify-slo cannot express, verify() only samples: its own limits are lifted and the
 * rule decides.
 */
export async function policyPlan(
  scenario: BenchScenario,
  policy: Policy,
  prometheusUrl: string,
  factor: number,
  scrapeIntervalMs?: number,
): Promise<VerifyPlan> {
  const inputs = policyInputs(scenario, policy, prometheusUrl);
  const { plan } = await getInputs(new InputReader((name) => inputs[name] ?? ''));
  const vars = { ...plan.vars, window: compressedRange(plan.vars.window!, factor) };
  // The window is already in real time: it is only raised when shorter than 4 real scrapes.
  const scrape =
    scrapeIntervalMs === undefined ? {} : { scrapeIntervalMs: scrapeIntervalMs / factor, windowGiven: true };
  if (!policy.rule) return { ...plan, ...scrape, vars };
  return {
    ...plan,
    ...scrape,
    vars,
    failureLimit: Number.MAX_SAFE_INTEGER,
    minSamples: 1,
    durationMs: plan.warmupMs + plan.intervalMs * ((policy.maxSamples ?? 1) + 1),
  };
}
