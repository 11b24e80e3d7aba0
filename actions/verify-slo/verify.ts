import { PrometheusError, type QueryValue } from '../../lib/prometheus';
import { formatDuration } from '../../lib/durations';
import { renderTemplate } from '../../lib/promql-template';
import { driftTracks, type DriftSnapshot } from './drift-track';
import { TrackCounts } from './evidence';
import { OddsRatioTest } from './sequential-odds';
import { countLookOffsets, leansOver } from './count-looks';
import { judgeSample, type Reading, type SampleJudgement } from './judge';
import {
  comparisonAllows,
  judgeAbsolute,
  judgeAbsoluteWindow,
  judgeRelative,
  type BinomialEvidence,
  type SequentialDecision,
} from './sequential';
import { allQueries, expectedSamples, queriesOf, resolveQueries, type QueryPlan } from './queries';
import { sizeWindow, type WindowFit } from './scrape-interval';
import { fitBurnRateWindows } from './burn-rate-windows';
import { describeDrift } from './drift-sli';
import { formatValue, type SliSpec } from './sli';
import { sequentialReason, undecidedReason, windowReason } from './plain-reason';
import { VerdictTracker, type Decision, type SliTally, type WindowCheck } from './verdict';

export interface VerifyPlan {
  slis: SliSpec[];
  vars: Record<string, string>;
  referenceTrack?: string;
  requestCountQuery?: string;
  minRequests: number;
  durationMs: number;
  intervalMs: number;
  warmupMs: number;
  /** Input `scrape-interval`; otherwise learned from the data to size `{{window}}` (scrape-interval.ts). */
  scrapeIntervalMs?: number;
  /** `window` was given in vars (a too short one is raised); otherwise the default is sized. */
  windowGiven?: boolean;
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
  /** `at` (epoch ms, wall clock): the moment to evaluate at, for readings that must be of one moment. */
  query(promql: string, at?: number): Promise<QueryValue>;
  /** Raw sample timestamps of a range selector, to learn the scrape interval (PrometheusClient.sampleTimes). */
  sampleTimes?(selector: string): Promise<number[][]>;
  clock: Clock;
  log(line: string): void;
  warn(line: string): void;
  /** Called with every sample as it is taken (the samples file). */
  onSample?(sample: SampleRecord): void;
  /** Whether the job was cancelled: verification stops at the next sample time (clock.sleep ends early). */
  cancelled?(): boolean;
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
  /** Milliseconds since the start of the sample or counter reading that decided (the last one taken). */
  decisionMs: number;
  /** Per SLI, both tracks' distributions at the last look (distribution SLIs only). */
  distributions?: Array<DriftSnapshot | undefined>;
  /** The job was cancelled before a verdict: the result is what was seen so far, the verdict none. */
  cancelled?: boolean;
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

/**
 * Sends every query once, then samples every interval after the warm-up until the verdict is settled or
 * the duration ends.
 */
export async function verify(plan: VerifyPlan, deps: VerifyDeps): Promise<VerifyResult> {
  const { clock, log } = deps;
  const start = clock.now();
  const startedAt = Date.now();
  let fit = await fitWindowToScrapes(plan, deps);
  let queries = resolveQueries(fit.slis, { ...plan, vars: fit.vars });
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
    plan.referenceTrack,
  );
  const samples: SampleRecord[] = [];
  if (plan.warmupMs > 0) {
    log(`Warming up for ${formatDuration(plan.warmupMs)} before the first sample.`);
    await clock.sleep(start + plan.warmupMs - clock.now());
  }
  // The counts of the sequential test start here: every request served from now on is evidence. Without
  // a warm-up they start when verification did, however long the preflight took.
  await observeCounts(counters, deps, 0, plan.warmupMs > 0 ? Date.now() : startedAt);
  await observeDrifts();

  let decision: Decision | undefined;
  let taken = 0;
  let decisionMs = 0;
  const cancelled = () => deps.cancelled?.() ?? false;
  for (let index = 1; index <= total && !decision && !cancelled(); index++) {
    const previous = start + plan.warmupMs + (index - 1) * plan.intervalMs;
    for (const offset of countLookOffsets(plan.intervalMs)) {
      // A reading already due (slow queries) is skipped: it must not delay the sample.
      if (clock.now() >= previous + offset) continue;
      await clock.sleep(previous + offset - clock.now());
      if (cancelled()) break;
      const elapsedMs = clock.now() - start;
      decision = await countLook(plan, counters, drifts, tracker, deps, elapsedMs);
      if (decision) {
        decisionMs = elapsedMs;
        break;
      }
    }
    if (decision || cancelled()) break;
    await clock.sleep(previous + plan.intervalMs - clock.now());
    if (cancelled()) break;
    taken = index;
    // A canary deployed just now may have had no two scrapes yet: learn as soon as it has.
    if (fit.scrapeIntervalMs === undefined && deps.sampleTimes) {
      fit = await fitWindowToScrapes(plan, deps, fit);
      queries = resolveQueries(fit.slis, { ...plan, vars: fit.vars });
    }
    const elapsedMs = clock.now() - start;
    decisionMs = elapsedMs;
    const judgements = await takeSample({ ...plan, slis: fit.slis }, queries, deps);
    await observeCounts(counters, deps, elapsedMs);
    await observeDrifts();
    const line: string[] = [];
    judgements.forEach((sampled, i) => {
      const drifted = drifts[i]?.judge(plan);
      const judgement = drifted?.sample ?? sampled;
      tracker.record(i, judgement);
      const test = drifted?.test ?? judgeCounts(plan, plan.slis[i]!, counters[i]);
      if (test) tracker.recordSequential(i, test);
      const window = drifted
        ? { ...drifted.window, reason: `${plan.slis[i]!.name} ${drifted.window.reason}` }
        : judgeWindow(plan, plan.slis[i]!, counters[i], elapsedMs);
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
  const stopped = !decision && cancelled();
  if (stopped) {
    decision = {
      verdict: 'inconclusive',
      reason: `verification cancelled after ${formatDuration(clock.now() - start)}, ${taken} of ${total} samples taken: no verdict`,
    };
  }
  decision ??= tracker.final();
  const distributions = drifts.map((d) => d?.snapshot());
  return {
    ...(stopped ? { cancelled: true } : {}),
    ...decision,
    tallies: tracker.tallies,
    samples,
    queries,
    elapsedMs: clock.now() - start,
    decisionMs,
    distributions,
  };
}

/**
 * A counter reading between samples, of the SLIs whose counts point over their budget: their tests on
 * the new counts, and a fail as soon as one is conclusive. Nothing else is decided here: a pass waits for
 * the next sample, which also needs data in its rate samples.
 */
async function countLook(
  plan: VerifyPlan,
  counters: Array<SliCounters | undefined>,
  drifts: Array<unknown>,
  tracker: VerdictTracker,
  deps: VerifyDeps,
  elapsedMs: number,
): Promise<Decision | undefined> {
  const suspect = counters.map((c, i) =>
    c && !drifts[i] && leansOver(tracker.tallies[i]!.sequential) ? c : undefined,
  );
  if (!suspect.some((c) => c !== undefined)) return undefined;
  await observeCounts(suspect, deps, elapsedMs);
  suspect.forEach((c, i) => {
    const test = c && judgeCounts(plan, plan.slis[i]!, c);
    if (test?.decision === 'fail') tracker.recordSequential(i, test);
  });
  const decision = tracker.afterLook();
  if (decision) deps.log(`[counts ${formatDuration(elapsedMs)}] ${decision.reason}`);
  return decision;
}

/** The window fit, and the SLIs with their burn-rate windows fitted too. */
type FittedWindow = WindowFit & { slis: SliSpec[] };

/**
 * `{{window}}` and the burn-rate windows sized to the scrape interval. Logged at the start; a later try
 * (`before`) only once it is known.
 */
async function fitWindowToScrapes(
  plan: VerifyPlan,
  deps: VerifyDeps,
  before?: FittedWindow,
): Promise<FittedWindow> {
  const fit = await sizeWindow(plan, deps.sampleTimes && ((s) => deps.sampleTimes!(s)));
  if (before && fit.scrapeIntervalMs === undefined) return before;
  deps.log(`Window: ${fit.note}.`);
  if (fit.warning) deps.warn(fit.warning);
  if (fit.scrapeIntervalMs === undefined) return { ...fit, slis: plan.slis };
  const burn = fitBurnRateWindows(plan.slis, fit.scrapeIntervalMs);
  burn.warnings.forEach((w) => deps.warn(w));
  return { ...fit, slis: burn.slis };
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
  /** The canary's counts after each reading (ms since the start), for the latest half of the window. */
  history: Array<{ elapsedMs: number; counts: BinomialEvidence }>;
  /** The comparison with the reference on the latest counts. */
  comparison?: SequentialDecision;
  /** Relative SLIs: the odds-ratio test, fed the counts of both tracks after every reading. */
  odds?: OddsRatioTest;
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
    const compared = sli.relative && plan.referenceTrack;
    return {
      canary: track(plan.vars),
      reference: compared ? track({ ...plan.vars, track: plan.referenceTrack! }) : undefined,
      history: [],
      odds: compared ? new OddsRatioTest(sli.relative!.tolerance) : undefined,
    };
  });
}

/**
 * Reads every counter once, all evaluated at the moment `at` (default now), so a track's bad events and
 * requests, and the canary's and the reference's counts, are of one moment even when Prometheus answers
 * late or a query is retried. A track whose queries fail this time is left as it was.
 */
async function observeCounts(
  counters: Array<SliCounters | undefined>,
  deps: VerifyDeps,
  elapsedMs: number,
  at = Date.now(),
): Promise<void> {
  const tracks = counters.flatMap((c) => (c ? [c.canary, c.reference].filter((t) => t !== undefined) : []));
  await Promise.all(
    tracks.map(async (t) => {
      try {
        const readings = await Promise.all(t.queries.map(async (q) => (await deps.query(q, at)).series));
        t.counts.observe(readings);
      } catch (error) {
        deps.warn(`counting requests failed this time: ${(error as Error).message}`);
      }
    }),
  );
  for (const c of counters) {
    const counts = c?.canary.counts.evidence();
    if (c && counts) c.history.push({ elapsedMs, counts });
    const reference = c?.reference?.counts.evidence();
    if (c?.odds && counts && reference) c.odds.observe(counts, reference);
  }
}

/**
 * The sequential test on the counts since the start: absolute budget (whose pass also needs the latest
 * half of the requests to pass), relative bound, or both (a fail of either fails; a pass needs the
 * budget passed and the comparison not against it).
 */
function judgeCounts(
  plan: VerifyPlan,
  sli: SliSpec,
  counters: SliCounters | undefined,
): SequentialDecision | undefined {
  const spec = sli.sequential;
  const canary = counters?.canary.counts.evidence();
  if (!spec || !counters || !canary) return undefined;
  const { alpha, beta } = plan;
  const minEvents = plan.minRequests;
  const tests: SequentialDecision[] = [];
  if (spec.budget !== undefined) {
    tests.push(
      judgeAbsoluteWindow(canary, latestHalfOfRequests(counters, canary), {
        budget: spec.budget,
        alpha,
        beta,
        minEvents,
        label: spec.label,
      }),
    );
  }
  const reference = counters.reference?.counts.evidence();
  if (sli.relative && reference) {
    counters.comparison = judgeRelative(
      canary,
      reference,
      { tolerance: sli.relative.tolerance, slack: spec.slack, alpha, beta, minEvents, label: spec.label },
      counters.odds?.logEvidence(),
    );
    tests.push(counters.comparison);
  }
  if (tests.length === 0) return undefined;
  const failed = tests.find((t) => t.decision === 'fail');
  if (failed || tests.length === 1) return failed ?? tests[0];
  const [budget, comparison] = tests as [SequentialDecision, SequentialDecision];
  const passed = budget.decision === 'pass' && comparisonAllows(comparison);
  return {
    ...budget,
    decision: passed ? 'pass' : 'continue',
    confidence: passed ? budget.confidence : undefined,
    detail: tests.map((t) => t.detail).join('; '),
  };
}

/**
 * What the end of the window would decide for an SLI its test left open: the share over everything
 * counted against the absolute budget (a point estimate, as a fixed window judges), and the latest half
 * of the counts, which fails when it is over the budget with confidence 1 − α (one more test, at one
 * look: a burn that started late). A comparison with a reference is decided by its test only: the
 * difference of two small counts (1 error against 0) is noise, not evidence, so an undecided comparison
 * is inconclusive.
 */
function judgeWindow(
  plan: VerifyPlan,
  sli: SliSpec,
  counters: SliCounters | undefined,
  elapsedMs: number,
): WindowCheck | undefined {
  const spec = sli.sequential;
  const canary = counters?.canary.counts.evidence();
  if (!spec || !counters || !canary || canary.total === 0) return undefined;
  // Only a comparison without an absolute budget lacks evidence when its test stays open: with a budget,
  // the canary's own counts still judge it (the comparison then only forgives a shared outage).
  const undecided =
    sli.relative !== undefined && spec.budget === undefined && counters.comparison?.decision !== 'pass';
  if (spec.budget !== undefined) {
    if (canary.bad / canary.total > spec.budget) {
      return { over: true, undecided, reason: windowReason(sli, canary, true) };
    }
    const half = latestHalf(counters, canary, elapsedMs);
    const recent = judgeAbsolute(half, { budget: spec.budget, alpha: plan.alpha, beta: plan.beta });
    if (recent.decision === 'fail') {
      return {
        over: true,
        undecided,
        reason: sequentialReason(sli, recent, plan.referenceTrack, 'latest half'),
      };
    }
  }
  const reason = undecided
    ? undecidedReason(sli, canary, counters.reference?.counts.evidence(), plan.referenceTrack)
    : windowReason(sli, canary, false);
  return { over: false, undecided, reason };
}

/**
 * The canary's counts since it had served half of its requests so far: the latest half of the evidence,
 * which a pass needs too (a share rising through the budget fails it). By requests, not by time, so that
 * traffic that fell keeps a healthy canary's latest half as conclusive as its first.
 */
function latestHalfOfRequests(counters: SliCounters, now: BinomialEvidence): BinomialEvidence {
  return since(now, counters.history.findLast((h) => h.counts.total <= now.total / 2)?.counts);
}

/** The canary's counts since half the elapsed time. */
function latestHalf(counters: SliCounters, now: BinomialEvidence, elapsedMs: number): BinomialEvidence {
  return since(now, counters.history.findLast((h) => h.elapsedMs <= elapsedMs / 2)?.counts);
}

/**
 * The counts between two readings. A reading's counters are queried at one moment, but a scrape that
 * Prometheus stores while they are evaluated can reach one query and not the other, so the bad events
 * may run a scrape ahead of the requests: the difference is held within the requests.
 */
function since(now: BinomialEvidence, then: BinomialEvidence | undefined): BinomialEvidence {
  if (!then) return now;
  const total = Math.max(0, now.total - then.total);
  return { bad: Math.min(Math.max(0, now.bad - then.bad), total), total };
}
