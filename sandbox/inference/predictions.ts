import beta from '@stdlib/random-base-beta';
import binomial from '@stdlib/random-base-binomial';
import type { Predictions } from '../scenario';

/** Upper bounds of the score histogram: every 0.05 from 0.05 to 1 (then +Inf). */
export const SCORE_BUCKETS = Array.from({ length: 20 }, (_, i) => Number(((i + 1) * 0.05).toFixed(2)));

/** What one pod predicted in one step: a score histogram (non-cumulative) and counts per class. */
export interface PredictionStep {
  buckets: number[];
  scoreSum: number;
  classes: Record<string, number>;
}

/** Seeded random predictions: Beta-distributed scores, class counts drawn as a multinomial. */
export class PredictionGenerator {
  private readonly beta;
  private readonly binomial;

  constructor(seed: number) {
    this.beta = beta.factory({ seed });
    this.binomial = binomial.factory({ seed: seed + 1 });
  }

  step(predictions: Predictions, requests: number): PredictionStep {
    const buckets = SCORE_BUCKETS.map(() => 0);
    let scoreSum = 0;
    if (predictions.scores) {
      const { alpha, beta: b } = predictions.scores;
      for (let i = 0; i < requests; i++) {
        const score = this.beta(alpha, b);
        scoreSum += score;
        buckets[
          Math.max(
            0,
            SCORE_BUCKETS.findIndex((le) => score <= le),
          )
        ]! += 1;
      }
    }
    return { buckets, scoreSum, classes: this.classes(predictions.classes ?? {}, requests) };
  }

  /** A multinomial draw as a chain of binomials: each class takes its share of what is left. */
  private classes(shares: Record<string, number>, requests: number): Record<string, number> {
    const entries = Object.entries(shares);
    const total = entries.reduce((sum, [, share]) => sum + share, 0);
    const counts: Record<string, number> = {};
    let left = requests;
    let shareLeft = total;
    entries.forEach(([name, share], i) => {
      const last = i === entries.length - 1;
      const p = shareLeft > 0 ? Math.min(1, share / shareLeft) : 0;
      const n = last ? left : left > 0 && p > 0 ? this.binomial(left, p) : 0;
      counts[name] = n;
      left -= n;
      shareLeft -= share;
    });
    return counts;
  }
}
