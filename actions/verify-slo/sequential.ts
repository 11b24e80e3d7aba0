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
  /** Max acceptable bad-event share (0 < budget < 1), e.g. 0.01: "truly good" means share ≤ budget. */
  budget: number;
  /** P(fail | share ≤ budget): the false-rollback rate. */
  alpha: number;
  /** P(pass | share ≥ badShare): the missed-regression rate. */
  beta: number;
  /** "Truly bad" means share ≥ badShare (budget < badShare < 1). Default: see defaultBadShare. */
  badShare?: number;
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
 * judgeAbsolute: `statistic` is the SPRT log-likelihood ratio, `lower` and `upper` the pass and fail
 * thresholds (pass when statistic ≤ lower, fail when statistic ≥ upper).
 * judgeRelative: `statistic` estimates the canary's excess over its allowed share, `lower` and `upper`
 * are always-valid bounds on that excess (fail when lower > 0, pass when upper ≤ 0).
 */
export type SequentialDecision = {
  decision: 'pass' | 'fail' | 'continue';
  statistic: number;
  lower: number;
  upper: number;
  detail: string;
};

export const SEQUENTIAL_DEFAULTS = { alpha: 0.01, beta: 0.01, regressionFactor: 2 } as const;

const DEFAULT_LABEL = 'bad-event share';

/** The share that counts as a regression: 2 × budget, or halfway from the budget to 1 for budgets above ⅓. */
export function defaultBadShare(budget: number): number {
  return Math.min(SEQUENTIAL_DEFAULTS.regressionFactor * budget, (1 + budget) / 2);
}

/**
 * Wald's SPRT of H0: share ≤ budget against H1: share ≥ badShare, with thresholds ln(1/α) and ln(β)
 * that hold under any number of looks (Ville's inequality).
 */
export function judgeAbsolute(canary: BinomialEvidence, config: SequentialConfig): SequentialDecision {
  checkAbsolute(config);
  const { bad, total } = evidence(canary, 'canary');
  const p0 = config.budget;
  const p1 = config.badShare ?? defaultBadShare(p0);
  const label = config.label ?? DEFAULT_LABEL;

  const perBad = Math.log(p1) - Math.log(p0);
  const perGood = Math.log1p(-p1) - Math.log1p(-p0);
  const statistic = bad * perBad + (total - bad) * perGood;
  const upper = -Math.log(config.alpha);
  const lower = Math.log(config.beta);

  const head = `${label} ${shareText(bad, total)} vs budget ${percent(p0, 3)} (regression ≥ ${percent(p1, 3)})`;
  const llr = `SPRT log-LR ${fixed(statistic)}`;
  const minEvents = config.minEvents ?? 0;
  if (total < minEvents) {
    return {
      decision: 'continue',
      statistic,
      lower,
      upper,
      detail: `${head}: ${count(total)} of the ${count(minEvents)} requests needed before deciding`,
    };
  }
  if (statistic >= upper) {
    return { decision: 'fail', statistic, lower, upper, detail: `${head}: ${llr} ≥ ${fixed(upper)}, fail` };
  }
  if (statistic <= lower) {
    return { decision: 'pass', statistic, lower, upper, detail: `${head}: ${llr} ≤ ${fixed(lower)}, pass` };
  }
  return {
    decision: 'continue',
    statistic,
    lower,
    upper,
    detail: `${head}: ${llr}, between ${fixed(lower)} and ${fixed(upper)}, continue`,
  };
}

/**
 * Canary against a reference track (baseline or stable): always-valid confidence sequences for both
 * shares, combined into bounds on excess = canary − (reference × (1 + tolerance) + slack). Fail when the
 * excess is above 0 with confidence 1 − α, pass when it is at or below 0 with confidence 1 − β.
 */
export function judgeRelative(
  canary: BinomialEvidence,
  reference: BinomialEvidence,
  config: RelativeConfig,
): SequentialDecision {
  checkRelative(config);
  const c = evidence(canary, 'canary');
  const r = evidence(reference, 'reference');
  const factor = 1 + config.tolerance;
  const allowed = (referenceShare: number): number => referenceShare * factor + config.slack;
  const label = config.label ?? DEFAULT_LABEL;

  // Each decision spends its error rate half on the canary's bound and half on the reference's.
  const lower =
    lowerShareBound(c.bad, c.total, config.alpha / 2) -
    allowed(upperShareBound(r.bad, r.total, config.alpha / 2));
  const upper =
    upperShareBound(c.bad, c.total, config.beta / 2) -
    allowed(lowerShareBound(r.bad, r.total, config.beta / 2));
  const statistic = share(c) - allowed(share(r));

  const head =
    `${label} canary ${shareText(c.bad, c.total)} vs reference ${shareText(r.bad, r.total)}, ` +
    `allowed ${Number(factor.toPrecision(3))} × reference + ${percent(config.slack, 3)}`;
  const excess = `canary − allowed ${signedPercent(statistic)} (bounds ${signedPercent(lower)} … ${signedPercent(upper)})`;
  // Without canary traffic there is nothing to judge, even when the allowed share is already ≥ 1.
  const minEvents = config.minEvents ?? 0;
  if (c.total === 0 || c.total < minEvents) {
    const wait =
      c.total === 0
        ? 'no canary requests yet'
        : `${count(c.total)} of the ${count(minEvents)} canary requests needed before deciding`;
    return { decision: 'continue', statistic, lower, upper, detail: `${head}: ${wait}` };
  }
  if (lower > 0) return { decision: 'fail', statistic, lower, upper, detail: `${head}: ${excess} > 0, fail` };
  if (upper <= 0)
    return { decision: 'pass', statistic, lower, upper, detail: `${head}: ${excess} ≤ 0, pass` };
  return { decision: 'continue', statistic, lower, upper, detail: `${head}: ${excess}, continue` };
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
  if (config.badShare !== undefined && !(config.badShare > budget && config.badShare < 1)) {
    problems.push(`badShare must be above the budget (${budget}) and below 1, got ${config.badShare}`);
  }
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
