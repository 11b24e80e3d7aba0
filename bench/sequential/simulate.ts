/**
 * Simulated canaries for the absolute decision of verify-slo: requests at a known bad-event share, read
 * every interval, judged as verify-slo judges them. Seeded (sandbox/inference/binomial.ts), so every run
 * of a given setting gives the same figures.
 */
import { binomialSampler } from '../../sandbox/inference/binomial';
import {
  comparisonAllows,
  judgeAbsolute,
  judgeAbsoluteWindow,
  judgeRelative,
  type SequentialDecision,
} from '../../actions/verify-slo/sequential';
import { OddsRatioTest } from '../../actions/verify-slo/sequential-odds';
import { leansOver } from '../../actions/verify-slo/count-looks';

export interface SimulationSettings {
  /** The canary's bad-event share at each second of the window. */
  share: (seconds: number) => number;
  budget: number;
  alpha: number;
  beta: number;
  /** Requests a second, or at each second of the window. */
  rps: number | ((seconds: number) => number);
  intervalS: number;
  /**
   * Counter readings between samples, every lookS seconds (verify-slo's: LOOK_MS / 1000), of a canary whose last
   * sample's test points over the budget: a fail at any reading, a pass only at a sample. Default
   * intervalS (none).
   */
  lookS?: number;
  durationS: number;
  /** verify-slo's bake time (`min-duration`): no pass before it. */
  bakeS: number;
  runs: number;
  seed: number;
  /**
   * `test`: the test alone on all counts, undecided at the end of the window.
   * `verify`: verify-slo's whole rule: a pass needs the latest half of the requests too and the bake
   * time; at the end of the window, the whole window's share against the budget and a fail test on the
   * latest half of its time.
   */
  rule: 'test' | 'verify';
}

export interface SimulationOutcome {
  pass: number;
  fail: number;
  undecided: number;
  /** Seconds from the start to the decision (the end of the window when undecided). */
  meanS: number;
  medianS: number;
}

export function simulate(settings: SimulationSettings): SimulationOutcome {
  const draw = binomialSampler(settings.seed);
  const config = { budget: settings.budget, alpha: settings.alpha, beta: settings.beta };
  const outcome = { pass: 0, fail: 0, undecided: 0 };
  const times: number[] = [];
  const rps = typeof settings.rps === 'number' ? () => settings.rps as number : settings.rps;
  const lookS = settings.lookS ?? settings.intervalS;
  for (let run = 0; run < settings.runs; run++) {
    const history: Array<{ t: number; bad: number; total: number }> = [{ t: 0, bad: 0, total: 0 }];
    let bad = 0;
    let total = 0;
    let t = 0;
    let decision: 'pass' | 'fail' | 'undecided' = 'undecided';
    let last: SequentialDecision | undefined;
    while (t < settings.durationS && decision === 'undecided') {
      let requests = 0;
      for (let s = t; s < t + lookS; s++) requests += rps(s);
      requests = Math.round(requests);
      bad += draw(requests, settings.share(t));
      total += requests;
      t += lookS;
      const sample = t % settings.intervalS === 0;
      if (!sample && !leansOver(last)) continue;
      history.push({ t, bad, total });
      const since = (h: { bad: number; total: number }) => ({ bad: bad - h.bad, total: total - h.total });
      const halfTime = since(history.findLast((h) => h.t <= t / 2)!);
      const halfRequests = since(history.findLast((h) => h.total <= total / 2)!);
      const judged =
        settings.rule === 'test'
          ? judgeAbsolute({ bad, total }, config)
          : judgeAbsoluteWindow({ bad, total }, halfRequests, config);
      const test = judged.decision;
      if (sample) last = judged;
      if (test === 'fail') decision = 'fail';
      else if (!sample) continue;
      else if (test === 'pass' && (settings.rule === 'test' || t >= settings.bakeS)) decision = 'pass';
      else if (settings.rule === 'verify' && t >= settings.durationS) {
        const over = bad / total > settings.budget || judgeAbsolute(halfTime, config).decision === 'fail';
        decision = over ? 'fail' : 'pass';
      }
    }
    outcome[decision]++;
    times.push(t);
  }
  times.sort((a, b) => a - b);
  return {
    ...outcome,
    meanS: times.reduce((sum, x) => sum + x, 0) / times.length,
    medianS: times[times.length >> 1]!,
  };
}

export interface RelativeSimulationSettings {
  /** Bad-event shares of the canary and of the reference at each second of the window. */
  canaryShare: (seconds: number) => number;
  referenceShare: (seconds: number) => number;
  /** Requests a second on each track. */
  canaryRps: number;
  referenceRps: number;
  tolerance: number;
  slack: number;
  alpha: number;
  beta: number;
  intervalS: number;
  durationS: number;
  runs: number;
  seed: number;
  /**
   * An absolute budget on the canary too, judged as verify-slo judges such an SLI: a fail of either
   * test fails; a pass, after the bake time bakeS, needs the budget passed (whole window and latest
   * half of the requests) and the comparison allowing it; at the end, the whole window's share against
   * the budget and a fail test on the latest half of its time.
   */
  budget?: number;
  bakeS?: number;
}

/**
 * A comparison judged as verify-slo judges it: the confidence-sequence bounds and the odds-ratio test on
 * the counts of both tracks after every look; undecided at the end of the window. Shares that change
 * are drawn second by second.
 */
export function simulateRelative(settings: RelativeSimulationSettings): SimulationOutcome {
  const draw = binomialSampler(settings.seed);
  const config = {
    tolerance: settings.tolerance,
    slack: settings.slack,
    alpha: settings.alpha,
    beta: settings.beta,
  };
  const outcome = { pass: 0, fail: 0, undecided: 0 };
  const times: number[] = [];
  for (let run = 0; run < settings.runs; run++) {
    const odds = new OddsRatioTest(settings.tolerance);
    const canary = { bad: 0, total: 0 };
    const reference = { bad: 0, total: 0 };
    const history: Array<{ t: number; bad: number; total: number }> = [{ t: 0, bad: 0, total: 0 }];
    let t = 0;
    const withBudget = (comparison: ReturnType<typeof judgeRelative>): 'pass' | 'fail' | 'continue' => {
      const absolute = { budget: settings.budget!, alpha: settings.alpha, beta: settings.beta };
      const since = (h: { bad: number; total: number }) => ({
        bad: canary.bad - h.bad,
        total: canary.total - h.total,
      });
      const halfRequests = since(history.findLast((h) => h.total <= canary.total / 2)!);
      const budget = judgeAbsoluteWindow(canary, halfRequests, absolute);
      if (budget.decision === 'fail' || comparison.decision === 'fail') return 'fail';
      const baked = t >= (settings.bakeS ?? 0);
      if (baked && budget.decision === 'pass' && comparisonAllows(comparison)) return 'pass';
      if (t < settings.durationS) return 'continue';
      const halfTime = since(history.findLast((h) => h.t <= t / 2)!);
      const over =
        canary.bad / canary.total > settings.budget! || judgeAbsolute(halfTime, absolute).decision === 'fail';
      return over ? 'fail' : 'pass';
    };
    let decision: 'pass' | 'fail' | 'continue' = 'continue';
    while (t < settings.durationS && decision === 'continue') {
      for (let s = t; s < t + settings.intervalS; s++) {
        canary.bad += draw(settings.canaryRps, settings.canaryShare(s));
        canary.total += settings.canaryRps;
        reference.bad += draw(settings.referenceRps, settings.referenceShare(s));
        reference.total += settings.referenceRps;
      }
      t += settings.intervalS;
      history.push({ t, ...canary });
      odds.observe(canary, reference);
      const comparison = judgeRelative(canary, reference, config, odds.logEvidence());
      decision = settings.budget === undefined ? comparison.decision : withBudget(comparison);
    }
    outcome[decision === 'continue' ? 'undecided' : decision]++;
    times.push(t);
  }
  times.sort((a, b) => a - b);
  return {
    ...outcome,
    meanS: times.reduce((sum, x) => sum + x, 0) / times.length,
    medianS: times[times.length >> 1]!,
  };
}
