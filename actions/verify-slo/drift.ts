/**
 * Early, sound pass/fail decisions on how far the canary's predictions drift from the reference's: a
 * bias-corrected bootstrap interval for the measure, with the error rates spent over the looks so they
 * hold whenever the test stops. The method and its simulated error rates are in docs/drift-decisions.md.
 */
import { probit } from 'simple-statistics';
import { poissonSampler } from './poisson-sampler';
import { divergence, type DriftMeasure } from './drift-measures';
import type { SequentialDecision } from './sequential';

export interface DriftConfig {
  measure: DriftMeasure;
  /** The largest acceptable divergence. */
  maxDrift: number;
  /** P(fail | divergence ≤ maxDrift), over the whole verification: the false-rollback rate. */
  alpha: number;
  /** P(pass | divergence > maxDrift), over the whole verification: the missed-drift rate. */
  beta: number;
  /** Predictions each track needs before anything is decided. */
  minCount: number;
  /** Histogram buckets (ordered) or classes. */
  ordered: boolean;
  /** This is the k-th look with enough predictions (from 1). */
  look: number;
}

/** Predictions on each track before any decision, whatever min-requests says. */
export const MIN_PREDICTIONS = 100;

const RESAMPLES = 200;

/**
 * `statistic` is the bias-corrected estimate of the measure, `lower` and `upper` its bounds at this look:
 * fail when lower > maxDrift, pass when upper ≤ maxDrift, otherwise continue.
 */
export function judgeDrift(canary: number[], reference: number[], config: DriftConfig): SequentialDecision {
  const { measure, maxDrift, ordered } = config;
  const nc = sum(canary);
  const nr = sum(reference);
  const raw = divergence(measure, canary, reference, ordered);
  const counted = `${nc} canary and ${nr} reference predictions`;
  if (nc < config.minCount || nr < config.minCount) {
    return {
      decision: 'continue',
      statistic: raw,
      lower: 0,
      upper: Infinity,
      detail: `${measure} ${fmt(raw)}, not enough predictions to judge yet (${counted}; ${config.minCount} each needed)`,
    };
  }
  const { estimate, sd } = bootstrap(canary, reference, config);
  // Spending α·1/(k(k+1)) at look k sums to α over every look: the rate holds at any stopping time.
  const share = 1 / (config.look * (config.look + 1));
  const lower = Math.max(0, estimate - probit(1 - config.alpha * share) * sd);
  const upper = estimate + probit(1 - config.beta * share) * sd;
  const decision = lower > maxDrift ? 'fail' : upper <= maxDrift ? 'pass' : 'continue';
  const verdict =
    decision === 'fail'
      ? `above max-drift ${maxDrift} with confidence`
      : decision === 'pass'
        ? `below max-drift ${maxDrift} with confidence`
        : `not yet conclusive against max-drift ${maxDrift}`;
  return {
    decision,
    statistic: estimate,
    lower,
    upper,
    detail: `${measure} ${fmt(estimate)} (bounds ${fmt(lower)}–${fmt(upper)}, ${counted}) ${verdict}`,
  };
}

/**
 * The measure corrected for its sampling bias, and its standard error, from a Poisson bootstrap of both
 * count vectors: a divergence of two samples of one distribution is above 0 by noise alone, the more so
 * the fewer the counts, and the bootstrap measures by how much.
 */
function bootstrap(
  canary: number[],
  reference: number[],
  config: DriftConfig,
): { estimate: number; sd: number } {
  const draw = poissonSampler(7919 + config.look);
  const resample = (counts: number[]) => counts.map((c) => (c > 0 ? draw(c) : 0));
  const raw = divergence(config.measure, canary, reference, config.ordered);
  const values: number[] = [];
  for (let i = 0; i < RESAMPLES; i++) {
    values.push(divergence(config.measure, resample(canary), resample(reference), config.ordered));
  }
  const mean = sum(values) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { estimate: Math.max(0, 2 * raw - mean), sd: Math.sqrt(variance) };
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v);
}
