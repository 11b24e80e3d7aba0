import type { SampleJudgement } from './judge';
import { sequentialReason } from './plain-reason';
import type { SequentialDecision } from './sequential';
import { formatValue, round, type SliSpec } from './sli';

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface Decision {
  verdict: Verdict;
  reason: string;
}

export interface VerdictPolicy {
  /** Failed samples in a row (per SLI) that fail the verification. */
  failureLimit: number;
  /** Samples each SLI needs for a pass: passing ones, or for SLIs judged on counts, ones with data. */
  minSamples: number;
  /** Samples the full duration takes. */
  expectedSamples: number;
  /** Milliseconds before which the sequential test cannot end the verification with a pass. */
  minDurationMs: number;
}

/** The end-of-window check of an SLI judged on counts that its test left open. */
export interface WindowCheck {
  /** The whole window's share is over the absolute budget (a point estimate, as a fixed window judges). */
  over: boolean;
  /** A comparison with the reference that its test has not decided: no evidence either way. */
  undecided: boolean;
  /** In plain words, for the verdict's reason. */
  reason: string;
}

export interface SliTally {
  name: string;
  pass: number;
  fail: number;
  noData: number;
  error: number;
  /** Failed samples in a row; a pass resets it, no-data and errors leave it as it is. */
  streak: number;
  last?: SampleJudgement;
  /** The sample farthest on the wrong side of its bound. */
  worst?: SampleJudgement;
  /** Why the last sample without a value had none. */
  lastGap?: string;
  /** SLIs judged on counts: the sequential test's decision on this sample's counts. */
  sequential?: SequentialDecision;
  /** SLIs judged on counts: what the end of the window would decide on the counts so far. */
  window?: WindowCheck;
}

/** Keeps the per-SLI counts and decides as soon as the outcome is settled. */
export class VerdictTracker {
  readonly tallies: SliTally[];
  private taken = 0;

  /**
   * `sequential[i]`: SLI i is judged on counts by the sequential test, which fails it as soon as a
   * regression is conclusive; its per-sample failures do not count towards the failure limit (the test
   * already weighs every request, and a rate sample of little traffic is noise).
   */
  constructor(
    private readonly slis: SliSpec[],
    private readonly policy: VerdictPolicy,
    private readonly sequential: boolean[] = slis.map(() => false),
    private readonly referenceTrack?: string,
  ) {
    this.tallies = slis.map((s) => ({ name: s.name, pass: 0, fail: 0, noData: 0, error: 0, streak: 0 }));
  }

  record(index: number, judgement: SampleJudgement): void {
    const tally = this.tallies[index]!;
    const sli = this.slis[index]!;
    tally.last = judgement;
    switch (judgement.status) {
      case 'pass':
        tally.pass += 1;
        tally.streak = 0;
        break;
      case 'fail':
        tally.fail += 1;
        tally.streak += 1;
        break;
      case 'no-data':
        tally.noData += 1;
        tally.lastGap = judgement.reason;
        break;
      case 'error':
        tally.error += 1;
        tally.lastGap = judgement.reason;
        break;
    }
    if (judgement.value !== undefined && judgement.bound !== undefined) {
      const margin = (j: SampleJudgement) =>
        sli.direction === 'below' ? j.value! - j.bound! : j.bound! - j.value!;
      if (!tally.worst || margin(judgement) > margin(tally.worst)) tally.worst = judgement;
    }
  }

  recordSequential(index: number, decision: SequentialDecision): void {
    const tally = this.tallies[index]!;
    tally.sequential = decision;
  }

  recordWindow(index: number, window: WindowCheck): void {
    this.tallies[index]!.window = window;
  }

  /** Call after a counter reading between samples: a fail when a test has concluded one. */
  afterLook(): Decision | undefined {
    const tested = this.tallies.findIndex((t) => t.sequential?.decision === 'fail');
    return tested === -1 ? undefined : { verdict: 'fail', reason: this.plain(tested) };
  }

  /** Call after each sample's SLIs are recorded: a decision when one is already settled. */
  afterSample(elapsedMs: number): Decision | undefined {
    this.taken += 1;
    const tested = this.afterLook();
    if (tested) return tested;
    const failed = this.tallies.findIndex(
      (t, i) => !this.sequential[i] && t.streak >= this.policy.failureLimit,
    );
    if (failed !== -1) {
      const t = this.tallies[failed]!;
      return {
        verdict: 'fail',
        reason: `${t.name} failed ${t.streak} sample${t.streak === 1 ? '' : 's'} in a row: ${t.last!.reason}${this.worstNote(failed)}`,
      };
    }
    // An early pass needs every SLI passed by the test on this sample's counts, the bake time over, and
    // data in this very sample.
    const fresh = (t: SliTally) => t.last?.status === 'pass' || t.last?.status === 'fail';
    const passed = (t: SliTally) => t.sequential?.decision === 'pass';
    if (elapsedMs >= this.policy.minDurationMs && this.tallies.every((t) => passed(t) && fresh(t))) {
      return {
        verdict: 'pass',
        reason: `every SLI within budget: ${this.tallies.map((_, i) => this.plain(i)).join('; ')}`,
      };
    }
    const remaining = this.policy.expectedSamples - this.taken;
    const starved = this.tallies.findIndex((t, i) => this.counted(t, i) + remaining < this.policy.minSamples);
    if (starved !== -1) return this.inconclusive(starved);
    return remaining <= 0 ? this.final() : undefined;
  }

  /**
   * The decision when the duration has ended. An SLI judged on counts that the test left open is judged
   * on its whole-window share against its absolute budget (per-sample rates of little traffic are too
   * noisy); a comparison with the reference its test left open is inconclusive, since no evidence is not
   * good evidence. The other SLIs are judged by their samples.
   */
  final(): Decision {
    const settled = (t: SliTally, i: number) => this.sequential[i] && t.sequential?.decision === 'pass';
    const open = (t: SliTally, i: number) => !settled(t, i) && t.window !== undefined;
    const overWindow = this.tallies.findIndex((t, i) => open(t, i) && t.window!.over);
    if (overWindow !== -1) return { verdict: 'fail', reason: this.tallies[overWindow]!.window!.reason };
    const bySamples = (t: SliTally, i: number) => !settled(t, i) && !(this.sequential[i] && t.window);
    const flapping = this.tallies.findIndex((t, i) => bySamples(t, i) && t.fail > t.pass);
    if (flapping !== -1) {
      const t = this.tallies[flapping]!;
      return {
        verdict: 'fail',
        reason: `${t.name} failed more samples than it passed (${t.fail} failed, ${t.pass} passed): ${t.last!.reason}${this.worstNote(flapping)}`,
      };
    }
    const undecided = this.tallies.findIndex((t, i) => open(t, i) && t.window!.undecided);
    if (undecided !== -1) {
      return { verdict: 'inconclusive', reason: this.tallies[undecided]!.window!.reason };
    }
    const starved = this.tallies.findIndex((t, i) => this.counted(t, i) < this.policy.minSamples);
    if (starved !== -1) return this.inconclusive(starved);
    const parts = this.tallies.map((t, i) => {
      if (settled(t, i)) return this.plain(i);
      if (open(t, i)) return t.window!.reason;
      const sli = this.slis[i]!;
      const worst = t.worst?.value !== undefined ? `, worst ${worstText(sli, t.worst.value)}` : '';
      return `${t.name} ${t.pass}/${t.pass + t.fail + t.noData + t.error} samples passed${worst}`;
    });
    return { verdict: 'pass', reason: `every SLI within budget: ${parts.join('; ')}` };
  }

  /** The sequential decision of SLI `index` in plain words. */
  private plain(index: number): string {
    return sequentialReason(this.slis[index]!, this.tallies[index]!.sequential!, this.referenceTrack);
  }

  /** Samples that count towards min-samples: passing ones, or for SLIs judged on counts, ones with data. */
  private counted(t: SliTally, index: number): number {
    return this.sequential[index] ? t.pass + t.fail : t.pass;
  }

  private inconclusive(index: number): Decision {
    const t = this.tallies[index]!;
    const gaps = t.noData + t.error;
    return {
      verdict: 'inconclusive',
      reason:
        `${t.name} cannot get the ${this.policy.minSamples} samples a pass needs ` +
        `(${t.pass} passed, ${t.fail} failed, ${t.noData} without data, ${t.error} errors${t.lastGap && gaps ? `; last: ${t.lastGap}` : ''})`,
    };
  }

  private worstNote(index: number): string {
    const worst = this.tallies[index]!.worst;
    const sli = this.slis[index]!;
    return worst?.value !== undefined ? ` (worst ${worstText(sli, worst.value)})` : '';
  }
}

/** A sample's value as its reason shows it: a burn-rate SLI's is a burn rate, whatever the SLI's unit. */
function worstText(sli: SliSpec, value: number): string {
  return sli.burnRate ? `${round(value)}x` : formatValue(value, sli.unit);
}
