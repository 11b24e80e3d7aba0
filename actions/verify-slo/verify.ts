import { PrometheusError, type QueryValue } from '../../lib/prometheus';
import { formatDuration } from '../../lib/durations';
import { renderTemplate } from '../../lib/promql-template';
import { driftTracks, type DriftSnapshot } from './drift-track';
import { queriesOf, TrackCounts } from './evidence';
import { judgeSample, type Reading, type SampleJudgement } from './judge';
import { judgeAbsolute, judgeRelative, type BinomialEvidence, type SequentialDecision } from './sequential';
import { allQueries, resolveQueries, type QueryPlan } from './queries';
import { describeDrift } from './drift-sli';
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
  /** Earliest moment (ms after the start) the sequential test may end the verification with a pass. */
  minDurationMs: number;
  /** `sequential`: SLIs with counts are decided by the sequential test as soon as it is conclusive. */
  decision: 'fixed' | 'sequential';
  /** Sequential test: false-rollback rate (α) and missed-regression rate (β). */
  alpha: number;
  beta: number;
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
  /** The sequential test's state after this sample, for SLIs judged on counts. */
  sequential?: { decision: SequentialDecision['decision']; statistic: number; detail: string };
}

export interface VerifyResult extends Decision {
  tallies: SliTally[];
  samples: SampleRecord[];
  queries: QueryPlan;
  elapsedMs: number;
  /** Per SLI, both tracks' distributions at the last look (distribution SLIs only). */
  distributions?: Array<DriftSnapshot | undefined>;
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
  const counters = sequentialCounters(plan);
  const drifts = driftTracks(plan.slis, plan.vars, plan.referenceTrack);
  const observeDrifts = () => Promise.all(drifts.map((d) => d?.observe(deps.query, deps.warn)));
  await preflight(plan, queries, counters, deps);

  const total = expectedSamples(plan);
  const tracker = new VerdictTracker(
    plan.slis,
    {
      failureLimit: plan.failureLimit,
      minSamples: plan.minSamples,
      expectedSamples: total,
      minDurationMs: plan.minDurationMs,
    },
    counters.map((c, i) => c !== undefined || drifts[i] !== undefined),
  );
  const samples: SampleRecord[] = [];
  if (plan.warmupMs > 0) {
    log(`Warming up for ${formatDuration(plan.warmupMs)} before the first sample.`);
    await clock.sleep(start + plan.warmupMs - clock.now());
  }
  // The counts of the sequential test start here: every request served from now on is evidence.
  await observeCounts(counters, deps);
  await observeDrifts();

  let decision: Decision | undefined;
  for (let index = 1; index <= total && !decision; index++) {
    await clock.sleep(start + plan.warmupMs + index * plan.intervalMs - clock.now());
    const elapsedMs = clock.now() - start;
    const judgements = await takeSample(plan, queries, deps);
    await observeCounts(counters, deps);
    await observeDrifts();
    const line: string[] = [];
    judgements.forEach((sampled, i) => {
      const drifted = drifts[i]?.judge(plan);
      const judgement = drifted?.sample ?? sampled;
      tracker.record(i, judgement);
      const test = drifted?.test ?? judgeCounts(plan, plan.slis[i]!, counters[i]);
      if (test) tracker.recordSequential(i, test);
      const window = drifted ? drifted.window : judgeWindow(plan.slis[i]!, counters[i]);
      if (window) tracker.recordWindow(i, window);
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
        sequential: test && { decision: test.decision, statistic: test.statistic, detail: test.detail },
      };
      samples.push(record);
      deps.onSample?.(record);
      const streak = tracker.tallies[i]!.streak;
      const note = judgement.status === 'fail' ? ` (${streak}/${plan.failureLimit} in a row)` : '';
      const counted = test ? ` [sequential: ${test.detail}]` : '';
      line.push(`${sli.name} ${judgement.status.toUpperCase()} ${judgement.reason}${note}${counted}`);
    });
    log(`[${index}/${total} ${formatDuration(elapsedMs)}] ${line.join(' | ')}`);
    decision = tracker.afterSample(elapsedMs);
  }
  decision ??= tracker.final();
  const distributions = drifts.map((d) => d?.snapshot());
  return {
    ...decision,
    tallies: tracker.tallies,
    samples,
    queries,
    elapsedMs: clock.now() - start,
    distributions,
  };
}

async function preflight(
  plan: VerifyPlan,
  queries: QueryPlan,
  counters: Array<SliCounters | undefined>,
  deps: VerifyDeps,
): Promise<void> {
  const list = [
    ...allQueries(queries, plan.slis),
    ...counters.flatMap((c, i) =>
      (c ? [c.canary, c.reference].filter((t) => t !== undefined) : []).flatMap((t) =>
        t.queries.map((query) => ({ owner: `${plan.slis[i]!.name} (counts)`, query })),
      ),
    ),
  ];
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
  if (sli.distribution) return describeDrift(sli.distribution, referenceTrack);
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

interface CountedTrack {
  counts: TrackCounts;
  queries: string[];
}

interface SliCounters {
  canary: CountedTrack;
  reference?: CountedTrack;
  /**
   * The counts when the test was last (re)armed. After each pass the test starts again on fresh counts,
   * so a regression that begins later is not diluted by the good requests before it.
   */
  armedAt?: { canary: BinomialEvidence; reference?: BinomialEvidence };
}

/** Per SLI, the counters the sequential test reads (undefined: the SLI is judged sample by sample). */
function sequentialCounters(plan: VerifyPlan): Array<SliCounters | undefined> {
  return plan.slis.map((sli) => {
    const spec = sli.sequential;
    if (plan.decision !== 'sequential' || !spec) return undefined;
    const track = (vars: Record<string, string>): CountedTrack => ({
      counts: new TrackCounts(spec.counts),
      queries: queriesOf(spec.counts).map((q) => renderTemplate(q, vars)),
    });
    return {
      canary: track(plan.vars),
      reference:
        sli.relative && plan.referenceTrack ? track({ ...plan.vars, track: plan.referenceTrack }) : undefined,
    };
  });
}

/** Reads every counter once; a track whose queries fail this time is left as it was. */
async function observeCounts(counters: Array<SliCounters | undefined>, deps: VerifyDeps): Promise<void> {
  const tracks = counters.flatMap((c) => (c ? [c.canary, c.reference].filter((t) => t !== undefined) : []));
  await Promise.all(
    tracks.map(async (t) => {
      try {
        const readings = await Promise.all(t.queries.map(async (q) => (await deps.query(q)).series));
        t.counts.observe(readings);
      } catch (error) {
        deps.warn(`counting requests failed this time: ${(error as Error).message}`);
      }
    }),
  );
}

/** The sequential test on the counts so far: absolute budget, relative bound, or both (both must pass). */
function judgeCounts(
  plan: VerifyPlan,
  sli: SliSpec,
  counters: SliCounters | undefined,
): SequentialDecision | undefined {
  const spec = sli.sequential;
  const current = counters?.canary.counts.evidence();
  if (!spec || !counters || !current) return undefined;
  const canary = since(current, counters.armedAt?.canary);
  const { alpha, beta } = plan;
  const minEvents = plan.minRequests;
  const tests: SequentialDecision[] = [];
  if (spec.budget !== undefined) {
    tests.push(judgeAbsolute(canary, { budget: spec.budget, alpha, beta, minEvents, label: spec.label }));
  }
  const currentReference = counters.reference?.counts.evidence();
  const reference = currentReference && since(currentReference, counters.armedAt?.reference);
  if (sli.relative && reference) {
    tests.push(
      judgeRelative(canary, reference, {
        tolerance: sli.relative.tolerance,
        slack: spec.slack,
        alpha,
        beta,
        minEvents,
        label: spec.label,
      }),
    );
  }
  if (tests.length === 0) return undefined;
  const failed = tests.find((t) => t.decision === 'fail');
  const decision = failed ? 'fail' : tests.every((t) => t.decision === 'pass') ? 'pass' : 'continue';
  if (decision === 'pass') counters.armedAt = { canary: current, reference: currentReference };
  if (failed || tests.length === 1) return failed ?? tests[0];
  return { ...tests[0]!, decision, detail: tests.map((t) => t.detail).join('; ') };
}

/**
 * The end-of-window check of an SLI the test left open: the share over everything counted against the
 * absolute budget (a point estimate, as a fixed window judges). A comparison with a reference is decided
 * by its test only: the difference of two small counts (1 error against 0) is noise, not evidence.
 */
function judgeWindow(
  sli: SliSpec,
  counters: SliCounters | undefined,
): { ok: boolean; detail: string } | undefined {
  const spec = sli.sequential;
  const canary = counters?.canary.counts.evidence();
  if (!spec || !canary || canary.total === 0) return undefined;
  if (spec.budget === undefined) {
    return {
      ok: true,
      detail: `no conclusive difference from the reference (${spec.label}, ${canary.total} requests)`,
    };
  }
  const share = canary.bad / canary.total;
  const ok = share <= spec.budget;
  return {
    ok,
    detail: `${spec.label} ${formatValue(share, 'ratio')} (${canary.bad}/${canary.total}) ${ok ? '≤' : '>'} budget ${formatValue(spec.budget, 'ratio')}`,
  };
}

function since(now: BinomialEvidence, then: BinomialEvidence | undefined): BinomialEvidence {
  return then ? { bad: Math.max(0, now.bad - then.bad), total: Math.max(0, now.total - then.total) } : now;
}
