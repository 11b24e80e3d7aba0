/**
 * Early, statistically sound pass/fail decisions on a bad-event share: the share of requests that
 * errored, or that were slower than the latency budget. Pure functions of cumulative counts, called on
 * every sample; the method and its guarantees are in docs/sequential-decisions.md.
 */
import { ConfigurationError } from '../../lib/errors';
import { lowerShareBound, upperShareBound } from './sequential-bounds';

/** Cumulative counts since the start of the judgement window (sums of counter increases, resets handled). */
export interface BinomialEvidence {
  bad: number;
  total: number;
}

export interface SequentialConfig {
  /** Max acceptable bad-event share (0 < budget < 1), e.g. 0.01: the line between good and bad. */
  budget: number;
  /** P(fail | share ≤ budget): the false-rollback rate. */
  alpha: number;
  /** P(pass | share ≥ budget): the missed-regression rate. */
  beta: number;
  /** Do not decide before this many requests. */
  minEvents?: number;
  /** What the share is, for `detail`: "error share", "share slower than 500ms". */
  label?: string;
}

export interface RelativeConfig {
  /** The canary's share may be up to reference × (1 + tolerance) + slack. */
  tolerance: number;
  slack: number;
  /** P(fail | canary within the allowed share). */
  alpha: number;
  /** P(pass | canary above the allowed share). */
  beta: number;
  /** Do not decide before the canary has served this many requests. */
  minEvents?: number;
  label?: string;
}

/**
 * judgeAbsolute: `statistic` is the log e-value against "the share is within the budget" (fail when it
 * reaches `upper` = ln(1/α)), `lower` the log e-value against "the share is over the budget" (pass when
 * it reaches ln(1/β)).
 * judgeRelative: `statistic` estimates the canary's excess over its allowed share, `lower` and `upper`
 * are always-valid bounds on that excess (fail when lower > 0, pass when upper ≤ 0).
 * Both: `canary` (and `reference`) hold the counts the decision was made on, and `confidence` is 1 − α for a fail and
 * 1 − β for a pass.
 */
export type SequentialDecision = {
  decision: 'pass' | 'fail' | 'continue';
  statistic: number;
  lower: number;
  upper: number;
  detail: string;
  /** The canary's bad events; absent for a drift test, which counts predictions per bin instead. */
  canary?: BinomialEvidence;
  /** judgeRelative: the reference's counts. */
  reference?: BinomialEvidence;
  confidence?: number;
};

/**
 * Inputs `false-rollback-rate` (α) and `missed-regression-rate` (β). Asymmetric on purpose: a false
 * rollback leaves the stable serving and costs a re-run, a missed regression reaches every user; and α
 * is the chance for a canary exactly at its budget (far less below it), bought back as sooner rollbacks.
 */
export const SEQUENTIAL_DEFAULTS = { alpha: 0.05, beta: 0.01 } as const;

const DEFAULT_LABEL = 'bad-event share';

/**
 * The mixtures of the absolute test: alternatives as multiples of the budget's odds, with their weights
 * (each side sums to 1). Most weight sits where a decision matters most: regressions of 1.5–3 × the
 * budget, and canaries at a third to two thirds of it; the tails keep large regressions and clean
 * canaries fast. Tuned by bench/sequential-sim.ts.
 */
export const OVER_BUDGET: ReadonlyArray<readonly [ratio: number, weight: number]> = [
  [1.25, 0.1],
  [1.5, 0.2],
  [2, 0.4],
  [3, 0.15],
  [5, 0.1],
  [10, 0.05],
];
export const UNDER_BUDGET: ReadonlyArray<readonly [ratio: number, weight: number]> = [
  [0.8, 0.15],
  [0.6, 0.35],
  [0.4, 0.3],
  [0.2, 0.2],
];

/**
 * Is the share over the budget, under it, or not yet known? Two mixtures of likelihood ratios against
 * the budget itself: one over alternatives above it, one over alternatives below it. Each is a
 * nonnegative supermartingale with mean ≤ 1 when the share is on the other side of the budget, so by
 * Ville's inequality it ever reaches 1/α (fail) or 1/β (pass) with at most that probability, at any
 * number of looks (docs/sequential-decisions.md). There is no indifference region: the budget is the
 * line, and shares near it simply take longer to decide.
 */
export function judgeAbsolute(canary: BinomialEvidence, config: SequentialConfig): SequentialDecision {
  checkAbsolute(config);
  const counts = evidence(canary, 'canary');
  const { bad, total } = counts;
  const p0 = config.budget;
  const label = config.label ?? DEFAULT_LABEL;

  const statistic = logMixture(bad, total, p0, OVER_BUDGET);
  const lower = logMixture(bad, total, p0, UNDER_BUDGET);
  const upper = -Math.log(config.alpha);
  const passAt = -Math.log(config.beta);

  const head = `${label} ${shareText(bad, total)} vs budget ${percent(p0, 3)}`;
  const values = `log e-value over ${fixed(statistic)} (fail at ${fixed(upper)}), under ${fixed(lower)} (pass at ${fixed(passAt)})`;
  const base = { statistic, lower, upper, canary: counts };
  const minEvents = config.minEvents ?? 0;
  if (total < minEvents) {
    return {
      ...base,
      decision: 'continue',
      detail: `${head}: ${count(total)} of the ${count(minEvents)} requests needed before deciding`,
    };
  }
  if (statistic >= upper) {
    return { ...base, decision: 'fail', confidence: 1 - config.alpha, detail: `${head}: ${values}, fail` };
  }
  if (lower >= passAt) {
    return { ...base, decision: 'pass', confidence: 1 - config.beta, detail: `${head}: ${values}, pass` };
  }
  return { ...base, decision: 'continue', detail: `${head}: ${values}, continue` };
}

/** ln Σ wᵢ·Lᵢ, Lᵢ the likelihood ratio of the share with odds ratioᵢ × odds(p0) against p0. */
function logMixture(
  bad: number,
  total: number,
  p0: number,
  mixture: ReadonlyArray<readonly [number, number]>,
): number {
  const odds = p0 / (1 - p0);
  const terms = mixture.map(([ratio, weight]) => {
    const q = (ratio * odds) / (1 + ratio * odds);
    const good = total - bad;
    return (
      Math.log(weight) +
      (bad > 0 ? bad * Math.log(q / p0) : 0) +
      (good > 0 ? good * (Math.log1p(-q) - Math.log1p(-p0)) : 0)
    );
  });
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((sum, t) => sum + Math.exp(t - top), 0));
}

/**
 * Canary against a reference track (baseline or stable): always-valid confidence sequences for both
 * shares, combined into bounds on excess = canary − (reference × (1 + tolerance) + slack). Fail when the
 * excess is above 0 with confidence 1 − α, pass when it is at or below 0 with confidence 1 − β.
 * `oddsEvidence`, the log e-value of an OddsRatioTest fed the same counts, adds a second way to pass that
 * needs no bound on the reference's share; β is then split evenly between the two ways.
 */
export function judgeRelative(
  canary: BinomialEvidence,
  reference: BinomialEvidence,
  config: RelativeConfig,
  oddsEvidence?: number,
): SequentialDecision {
  checkRelative(config);
  const c = evidence(canary, 'canary');
  const r = evidence(reference, 'reference');
  const factor = 1 + config.tolerance;
  const allowed = (referenceShare: number): number => referenceShare * factor + config.slack;
  const label = config.label ?? DEFAULT_LABEL;
  const boundsBeta = oddsEvidence === undefined ? config.beta : config.beta / 2;
  const oddsPassAt = -Math.log(config.beta / 2);

  // Each decision spends its error rate half on the canary's bound and half on the reference's.
  const lower =
    lowerShareBound(c.bad, c.total, config.alpha / 2) -
    allowed(upperShareBound(r.bad, r.total, config.alpha / 2));
  const upper =
    upperShareBound(c.bad, c.total, boundsBeta / 2) -
    allowed(lowerShareBound(r.bad, r.total, boundsBeta / 2));
  const statistic = share(c) - allowed(share(r));

  const head =
    `${label} canary ${shareText(c.bad, c.total)} vs reference ${shareText(r.bad, r.total)}, ` +
    `allowed ${Number(factor.toPrecision(3))} × reference + ${percent(config.slack, 3)}`;
  const base = { statistic, lower, upper, canary: c, reference: r };
  const odds =
    oddsEvidence === undefined
      ? ''
      : `; odds ratio ≥ ${Number(factor.toPrecision(3))}: log e-value against ${fixed(oddsEvidence)} (pass at ${fixed(oddsPassAt)})`;
  const excess = `canary − allowed ${signedPercent(statistic)} (bounds ${signedPercent(lower)} … ${signedPercent(upper)})${odds}`;
  // Without canary traffic there is nothing to judge, even when the allowed share is already ≥ 1.
  const minEvents = config.minEvents ?? 0;
  if (c.total === 0 || c.total < minEvents) {
    const wait =
      c.total === 0
        ? 'no canary requests yet'
        : `${count(c.total)} of the ${count(minEvents)} canary requests needed before deciding`;
    return { ...base, decision: 'continue', detail: `${head}: ${wait}` };
  }
  if (lower > 0) {
    return {
      ...base,
      decision: 'fail',
      confidence: 1 - config.alpha,
      detail: `${head}: ${excess} > 0, fail`,
    };
  }
  if (upper <= 0 || (oddsEvidence !== undefined && oddsEvidence >= oddsPassAt)) {
    const by = upper <= 0 ? ' ≤ 0' : '';
    return {
      ...base,
      decision: 'pass',
      confidence: 1 - config.beta,
      detail: `${head}: ${excess}${by}, pass`,
    };
  }
  return { ...base, decision: 'continue', detail: `${head}: ${excess}, continue` };
}

/**
 * The increase of a Prometheus counter over its samples, oldest first, with its reset rule: a value
 * lower than the one before means the counter restarted from 0. Missing samples (NaN) are skipped.
 */
export function counterIncrease(samples: readonly number[]): number {
  let increase = 0;
  let previous: number | undefined;
  for (const value of samples) {
    if (!Number.isFinite(value)) continue;
    if (previous !== undefined) increase += value >= previous ? value - previous : value;
    previous = value;
  }
  return increase;
}

function checkAbsolute(config: SequentialConfig): void {
  const problems: string[] = [];
  const { budget } = config;
  if (!(budget > 0 && budget < 1)) {
    problems.push(`budget must be a share strictly between 0 and 1 (e.g. 0.01), got ${budget}`);
  }
  checkRates(config, problems);
  checkMinEvents(config.minEvents, problems);
  if (problems.length > 0) throw new ConfigurationError(problems);
}

function checkRelative(config: RelativeConfig): void {
  const problems: string[] = [];
  if (!(config.tolerance >= 0 && Number.isFinite(config.tolerance))) {
    problems.push(
      `tolerance must be 0 or more (0.2: 20 % worse than the reference), got ${config.tolerance}`,
    );
  }
  if (!(config.slack >= 0 && config.slack < 1)) {
    problems.push(`slack must be a share from 0 up to (not including) 1, got ${config.slack}`);
  }
  checkRates(config, problems);
  checkMinEvents(config.minEvents, problems);
  if (problems.length > 0) throw new ConfigurationError(problems);
}

function checkRates(config: { alpha: number; beta: number }, problems: string[]): void {
  if (!(config.alpha > 0 && config.alpha < 0.5)) {
    problems.push(
      `alpha (false-rollback rate) must be above 0 and below 0.5, e.g. 0.01, got ${config.alpha}`,
    );
  }
  if (!(config.beta > 0 && config.beta < 0.5)) {
    problems.push(
      `beta (missed-regression rate) must be above 0 and below 0.5, e.g. 0.01, got ${config.beta}`,
    );
  }
}

function checkMinEvents(minEvents: number | undefined, problems: string[]): void {
  if (minEvents !== undefined && !(minEvents >= 0 && Number.isFinite(minEvents))) {
    problems.push(`minEvents must be a count of 0 or more, got ${minEvents}`);
  }
}

/** Counts from the caller: a violation is a bug upstream (e.g. a reset not handled), not a user mistake. */
function evidence(e: BinomialEvidence, what: string): BinomialEvidence {
  const { bad, total } = e;
  if (!(Number.isFinite(bad) && Number.isFinite(total) && bad >= 0 && total >= 0)) {
    throw new RangeError(`${what} counts must be finite and not negative, got bad=${bad} total=${total}`);
  }
  // Sums of floating-point increases may overshoot by a rounding error; anything more is a bug.
  if (bad > total * (1 + 1e-9)) {
    throw new RangeError(`${what} has more bad events than requests: bad=${bad} total=${total}`);
  }
  return { bad: Math.min(bad, total), total };
}

function share(e: BinomialEvidence): number {
  return e.total > 0 ? e.bad / e.total : 0;
}

function shareText(bad: number, total: number): string {
  return total > 0 ? `${percent(bad / total, 2)} (${count(bad)}/${count(total)})` : 'n/a (0/0)';
}

function percent(x: number, digits: number): string {
  return `${Number((x * 100).toPrecision(digits))}%`;
}

function signedPercent(x: number): string {
  const text = percent(Math.abs(x), 2);
  return x > 0 ? `+${text}` : x < 0 ? `−${text}` : text;
}

function count(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

function fixed(x: number): string {
  return x.toFixed(2).replace('-', '−');
}

/**
 * verify-slo's absolute decision within one judgement window: a fail on all the counts; a pass needs all
 * the counts and their latest half (verify-slo: the latest half of the requests) to pass, so a share that
 * rises through the budget (a slow burn) is not passed on its good start. The extra condition only
 * removes passes, so the fail rate stays ≤ α and the missed-regression rate ≤ β.
 */
export function judgeAbsoluteWindow(
  all: BinomialEvidence,
  latestHalf: BinomialEvidence,
  config: SequentialConfig,
): SequentialDecision {
  const whole = judgeAbsolute(all, config);
  if (whole.decision === 'fail') return whole;
  const half = judgeAbsolute(latestHalf, config);
  const decision = whole.decision === 'pass' && half.decision === 'pass' ? 'pass' : 'continue';
  return {
    ...whole,
    decision,
    confidence: decision === 'pass' ? whole.confidence : undefined,
    detail: `${whole.detail}; latest half: ${half.detail}`,
  };
}

/**
 * Alongside an absolute budget, a comparison only guards against a canary worse than its reference: the
 * end of the window passes an SLI within its budget whose comparison stayed open. So an early pass needs
 * of it what the end needs, no fail, and more: its test passed, or the canary's share within its allowed
 * share on the counts so far (the estimate of canary − allowed at or below 0). At equal shares the
 * tolerance and slack are that margin; a canary that looks worse waits for the evidence or the end.
 */
export function comparisonAllows(comparison: SequentialDecision): boolean {
  return comparison.decision === 'pass' || (comparison.decision === 'continue' && comparison.statistic <= 0);
}
