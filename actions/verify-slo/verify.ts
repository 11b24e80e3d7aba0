import { PrometheusError, type QueryValue } from '../../lib/prometheus';
import { formatDuration } from '../../lib/durations';
import { judgeSample, type Reading, type SampleJudgement } from './judge';
import { allQueries, resolveQueries, type QueryPlan } from './queries';
import { formatValue, type SliSpec } from './sli';
import { VerdictTracker, type Decision, type SliTally } from './verdict';

export interface VerifyPlan {
  slis: SliSpec[];
  vars: Record<string, string>;
  referenceTrack?: string;
  requestCountQuery?: string;
  minRequests: number;
  durationMs: number;
  intervalMs: number;
  warmupMs: number;
  failureLimit: number;
  minSamples: number;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface VerifyDeps {
  query(promql: string): Promise<QueryValue>;
  clock: Clock;
  log(line: string): void;
  warn(line: string): void;
  /** Called with every sample as it is taken (the samples file). */
  onSample?(sample: SampleRecord): void;
}

export interface SampleRecord {
  /** Sample number, from 1. */
  index: number;
  /** Milliseconds since verification started. */
  elapsedMs: number;
  time: string;
  sli: string;
  status: SampleJudgement['status'];
  value?: number;
  bound?: number;
  reference?: number;
  reason: string;
}

export interface VerifyResult extends Decision {
  tallies: SliTally[];
  samples: SampleRecord[];
  queries: QueryPlan;
  elapsedMs: number;
}

/** A PromQL template Prometheus rejected during the preflight: nothing was judged. */
export class QueryRejectedError extends Error {
  constructor(owner: string, query: string, detail: string) {
    super(`Prometheus rejected the query of ${owner}: ${detail}\nQuery: ${query}`);
    this.name = 'QueryRejectedError';
  }
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

export function expectedSamples(plan: Pick<VerifyPlan, 'durationMs' | 'warmupMs' | 'intervalMs'>): number {
  return Math.floor((plan.durationMs - plan.warmupMs) / plan.intervalMs);
}

/**
 * Sends every query once, then samples every interval after the warm-up until the verdict is settled or
 * the duration ends.
 */
export async function verify(plan: VerifyPlan, deps: VerifyDeps): Promise<VerifyResult> {
  const { clock, log } = deps;
  const queries = resolveQueries(plan.slis, plan);
  const start = clock.now();
  await preflight(queries, plan.slis, deps);

  const total = expectedSamples(plan);
  const tracker = new VerdictTracker(plan.slis, {
    failureLimit: plan.failureLimit,
    minSamples: plan.minSamples,
    expectedSamples: total,
  });
  const samples: SampleRecord[] = [];
  if (plan.warmupMs > 0) log(`Warming up for ${formatDuration(plan.warmupMs)} before the first sample.`);

  let decision: Decision | undefined;
  for (let index = 1; index <= total && !decision; index++) {
    await clock.sleep(start + plan.warmupMs + index * plan.intervalMs - clock.now());
    const elapsedMs = clock.now() - start;
    const judgements = await takeSample(plan, queries, deps);
    const line: string[] = [];
    judgements.forEach((judgement, i) => {
      tracker.record(i, judgement);
      const sli = plan.slis[i]!;
      const record: SampleRecord = {
        index,
        elapsedMs,
        time: new Date(clock.now()).toISOString(),
        sli: sli.name,
        status: judgement.status,
        value: judgement.value,
        bound: judgement.bound,
        reference: judgement.reference,
        reason: judgement.reason,
      };
      samples.push(record);
      deps.onSample?.(record);
      const streak = tracker.tallies[i]!.streak;
      const note = judgement.status === 'fail' ? ` (${streak}/${plan.failureLimit} in a row)` : '';
      line.push(`${sli.name} ${judgement.status.toUpperCase()} ${judgement.reason}${note}`);
    });
    log(`[${index}/${total} ${formatDuration(elapsedMs)}] ${line.join(' | ')}`);
    decision = tracker.afterSample();
  }
  decision ??= tracker.final();
  return { ...decision, tallies: tracker.tallies, samples, queries, elapsedMs: clock.now() - start };
}

async function preflight(queries: QueryPlan, slis: SliSpec[], deps: VerifyDeps): Promise<void> {
  const list = allQueries(queries, slis);
  deps.log(`Checking ${list.length} queries against Prometheus.`);
  await Promise.all(
    list.map(async ({ owner, query }) => {
      try {
        const result = await deps.query(query);
        for (const w of result.warnings) deps.warn(`${owner}: Prometheus says: ${w}`);
      } catch (error) {
        if (error instanceof PrometheusError && error.kind === 'bad-query') {
          throw new QueryRejectedError(owner, query, error.detail);
        }
        if (error instanceof PrometheusError && error.kind === 'rejected') throw error;
        // Unreachable now may be reachable at the first sample; those samples count as errors.
        deps.warn(`${owner}: preflight query failed: ${(error as Error).message}`);
      }
    }),
  );
}

async function takeSample(
  plan: VerifyPlan,
  queries: QueryPlan,
  deps: VerifyDeps,
): Promise<SampleJudgement[]> {
  const cache = new Map<string, Promise<Reading>>();
  const read = (query: string | undefined): Promise<Reading> | undefined => {
    if (query === undefined) return undefined;
    let reading = cache.get(query);
    if (!reading) {
      reading = deps.query(query).then(
        (r) => {
          for (const w of r.warnings) deps.warn(`Prometheus says: ${w}`);
          return { values: r.values };
        },
        (error: unknown) => ({ error: (error as Error).message }),
      );
      cache.set(query, reading);
    }
    return reading;
  };
  const traffic =
    plan.minRequests > 0 && queries.requestCount
      ? { canary: read(queries.requestCount.canary)!, reference: read(queries.requestCount.reference) }
      : undefined;
  return Promise.all(
    plan.slis.map(async (sli, i) => {
      const q = queries.slis[i]!;
      const [canary, reference, longWindow] = await Promise.all([
        read(q.canary)!,
        read(q.reference),
        read(q.longWindow),
      ]);
      const trafficCheck = traffic
        ? {
            min: plan.minRequests,
            canary: await traffic.canary,
            reference: sli.relative ? await traffic.reference : undefined,
          }
        : undefined;
      return judgeSample(sli, { canary, reference, longWindow }, trafficCheck);
    }),
  );
}

export function describeBudget(sli: SliSpec, referenceTrack?: string): string {
  if (sli.burnRate) {
    return `burn rate ≤ ${sli.burnRate.maxBurnRate}x of a ${sli.burnRate.objective * 100}% SLO (${sli.burnRate.shortWindow} and ${sli.burnRate.longWindow})`;
  }
  const parts: string[] = [];
  const op = sli.direction === 'below' ? '≤' : '≥';
  if (sli.budget !== undefined) parts.push(`${op} ${formatValue(sli.budget, sli.unit)}`);
  if (sli.relative) {
    const sign = sli.direction === 'below' ? '+' : '-';
    parts.push(
      `${op} ${referenceTrack ?? 'reference'} × ${sign === '+' ? 1 + sli.relative.tolerance : 1 - sli.relative.tolerance} ${sign} ${formatValue(sli.relative.slack, sli.unit)}`,
    );
  }
  return parts.join(' and ');
}
