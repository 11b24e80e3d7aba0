import type { QueryValue } from '../../lib/prometheus';
import type { Decision, Verdict } from '../../actions/verify-slo/verdict';
import { verify, type Clock, type SampleRecord, type VerifyPlan } from '../../actions/verify-slo/verify';
import type { Policy } from './policies';

export interface RunOutcome {
  verdict: Verdict | 'error';
  reason: string;
  /** Uncompressed milliseconds from the start of verification to the sample or counter reading that decided. */
  decisionMs: number;
  /** Prometheus queries the policy sent, preflight included. */
  queries: number;
}

export interface JudgeDeps {
  query(promql: string, at?: number): Promise<QueryValue>;
  clock: Clock;
}

/** Thrown by the adapter's clock to end verify()'s loop once an anchor's rule has decided. */
class Decided extends Error {}

/**
 * Runs one policy on one release through verify(). Policies with an anchor rule get every interval's
 * samples through onSample; once the rule decides, the next sleep of the loop ends it.
 */
export async function judgeRelease(plan: VerifyPlan, policy: Policy, deps: JudgeDeps): Promise<RunOutcome> {
  let queries = 0;
  const query = (promql: string, at?: number) => {
    queries += 1;
    return deps.query(promql, at);
  };
  const quiet = () => undefined;
  try {
    if (!policy.rule) {
      const result = await verify(plan, { query, clock: deps.clock, log: quiet, warn: quiet });
      return { verdict: result.verdict, reason: result.reason, decisionMs: result.decisionMs, queries };
    }
    const rule = policy.rule();
    let decided: (Decision & { decisionMs: number }) | undefined;
    const pending = new Map<number, SampleRecord[]>();
    const onSample = (record: SampleRecord) => {
      const records = [...(pending.get(record.index) ?? []), record];
      if (records.length < plan.slis.length) {
        pending.set(record.index, records);
        return;
      }
      pending.delete(record.index);
      const decision = decided ? undefined : rule.observe(records);
      if (decision) decided = { ...decision, decisionMs: record.elapsedMs };
    };
    const clock: Clock = {
      now: deps.clock.now,
      sleep: async (ms) => {
        if (decided) throw new Decided();
        await deps.clock.sleep(ms);
      },
    };
    try {
      const result = await verify(plan, { query, clock, log: quiet, warn: quiet, onSample });
      if (!decided) {
        return {
          verdict: result.verdict,
          reason: `the rule did not decide: ${result.reason}`,
          decisionMs: result.elapsedMs,
          queries,
        };
      }
    } catch (error) {
      if (!(error instanceof Decided)) throw error;
    }
    return { verdict: decided!.verdict, reason: decided!.reason, decisionMs: decided!.decisionMs, queries };
  } catch (error) {
    return { verdict: 'error', reason: (error as Error).message, decisionMs: 0, queries };
  }
}

/**
 * Canary requests served between two real moments, counted by Prometheus (increase() handles counter
 * resets; series hidden from /metrics are not counted). A span shorter than `minRangeMs` (two scrapes)
 * holds too few samples for increase(): it is the canary's rate over the last `minRangeMs` times the span.
 */
export function exposureQuery(
  namespace: string,
  release: string,
  fromMs: number,
  toMs: number,
  minRangeMs = 0,
): string {
  const range = Math.max(1, Math.round(toMs - fromMs));
  const at = (toMs / 1000).toFixed(3);
  const series = `http_requests_total{namespace="${namespace}",release="${release}",track="canary"}`;
  if (range < minRangeMs)
    return `sum(rate(${series}[${Math.round(minRangeMs)}ms] @ ${at})) * ${(range / 1000).toFixed(3)}`;
  return `sum(increase(${series}[${range}ms] @ ${at}))`;
}
