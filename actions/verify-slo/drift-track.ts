import type { QueryValue } from '../../lib/prometheus';
import { renderTemplate } from '../../lib/promql-template';
import { MIN_PREDICTIONS, judgeDrift } from './drift';
import { alignBins, byBound, byName, DistributionCounts } from './drift-counts';
import type { DistributionSpec } from './drift-sli';
import type { SampleJudgement } from './judge';
import type { SequentialDecision } from './sequential';
import type { WindowCheck } from './verdict';
import type { SliSpec } from './sli';

/** Both tracks' distributions at the last look, for the summary. */
export interface DriftSnapshot {
  bins: string[];
  canary: number[];
  reference: number[];
}

export interface DriftSettings {
  alpha: number;
  beta: number;
  /** min-requests: a larger minimum of predictions per track than MIN_PREDICTIONS. */
  minRequests: number;
}

/** Counts one distribution SLI's predictions on the canary and the reference track, and judges them. */
export class DriftTrack {
  readonly queries: { canary: string; reference: string };
  private readonly canary: DistributionCounts;
  private readonly reference: DistributionCounts;
  private looks = 0;
  private bins: DriftSnapshot = { bins: [], canary: [], reference: [] };

  constructor(
    private readonly spec: DistributionSpec,
    vars: Record<string, string>,
    referenceTrack: string,
  ) {
    this.queries = {
      canary: renderTemplate(spec.counters, vars),
      reference: renderTemplate(spec.counters, { ...vars, track: referenceTrack }),
    };
    this.canary = new DistributionCounts(spec.label);
    this.reference = new DistributionCounts(spec.label);
  }

  /** Reads both tracks; when either query fails the counts stay as they were (both or neither move). */
  async observe(query: (promql: string) => Promise<QueryValue>, warn: (line: string) => void): Promise<void> {
    try {
      const [canary, reference] = await Promise.all([
        query(this.queries.canary),
        query(this.queries.reference),
      ]);
      this.canary.observe(canary.series);
      this.reference.observe(reference.series);
    } catch (error) {
      warn(`counting predictions failed this time: ${(error as Error).message}`);
    }
  }

  judge(settings: DriftSettings): { sample: SampleJudgement; test: SequentialDecision; window: WindowCheck } {
    const histogram = this.spec.kind === 'histogram';
    this.bins = histogram
      ? alignBins(this.canary.buckets(), this.reference.buckets(), byBound)
      : alignBins(this.canary.classes(), this.reference.classes(), byName);
    const minCount = Math.max(MIN_PREDICTIONS, settings.minRequests);
    const enough = (counts: number[]) => counts.reduce((s, c) => s + c, 0) >= minCount;
    if (enough(this.bins.canary) && enough(this.bins.reference)) this.looks += 1;
    const test = judgeDrift(this.bins.canary, this.bins.reference, {
      measure: this.spec.measure,
      maxDrift: this.spec.maxDrift,
      alpha: settings.alpha,
      beta: settings.beta,
      minCount,
      ordered: histogram,
      look: Math.max(1, this.looks),
    });
    // Undecided samples show the estimate against max-drift, as other SLIs' samples do; only the test
    // decides, so the end of the window leaves an undecided drift inconclusive.
    const judged = this.looks > 0;
    const below = test.statistic <= this.spec.maxDrift;
    const status =
      test.decision !== 'continue' ? test.decision : !judged ? 'no-data' : below ? 'pass' : 'fail';
    const sample: SampleJudgement = {
      status,
      value: judged ? test.statistic : undefined,
      bound: this.spec.maxDrift,
      reason: test.detail,
    };
    return {
      sample,
      test,
      window: { over: false, undecided: true, reason: `was not decided: ${test.detail}` },
    };
  }

  snapshot(): DriftSnapshot {
    return this.bins;
  }
}

/** Per SLI, its drift track (undefined: not a distribution SLI). */
export function driftTracks(
  slis: SliSpec[],
  vars: Record<string, string>,
  referenceTrack: string | undefined,
): Array<DriftTrack | undefined> {
  return slis.map((sli) =>
    sli.distribution && referenceTrack ? new DriftTrack(sli.distribution, vars, referenceTrack) : undefined,
  );
}
