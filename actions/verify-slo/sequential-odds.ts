/**
 * A pass for a comparison with a reference that pays nothing for the unknown reference share: given how
 * many bad events both tracks had between two looks, how many of them were the canary's depends only on
 * the odds ratio ω = odds(canary share) / odds(reference share) (Fisher's noncentral hypergeometric
 * distribution). The method and its guarantee are in docs/sequential-decisions.md.
 */
import betaln from '@stdlib/math-base-special-betaln';
import type { BinomialEvidence } from './sequential';

/**
 * Alternatives ω with their weights (summing to 1): a canary as good as its reference (ω = 1) weighs
 * most (tuned by bench/sequential-sim.ts); ω = 0.5 keeps clearly better canaries fast. Only those under the tested ω₀ = 1 + tolerance
 * are used, their weights scaled to sum to 1.
 */
export const ODDS_ALTERNATIVES: ReadonlyArray<readonly [oddsRatio: number, weight: number]> = [
  [1, 0.8],
  [0.5, 0.2],
];

/**
 * The log e-value against "the canary's odds of a bad event are at least (1 + tolerance) × the
 * reference's", fed with cumulative counts after every look. Each look's new requests are one batch: the
 * canary's share x of the batch's B bad events has likelihood ∝ C(n₁, x)·C(n₂, B − x)·ωˣ, so the ratio of
 * an alternative ω₁ < ω₀ to ω₀ is (ω₁/ω₀)ˣ·Z(ω₀)/Z(ω₁), decreasing in x. Under any ω ≥ ω₀, x is
 * stochastically larger than under ω₀, so each batch's ratio has expectation ≤ 1 and the weighted
 * products are a nonnegative supermartingale: by Ville's inequality it reaches 1/δ with probability ≤ δ.
 * A share over reference × (1 + tolerance) + slack has odds over (1 + tolerance) × the reference's, so
 * this also bounds passing such a canary.
 */
export class OddsRatioTest {
  private readonly alternatives: Array<{ logRatio: number; logOmega: number; logWeight: number }>;
  private readonly logProducts: number[];
  private readonly logOmega0: number;
  private last: { canary: BinomialEvidence; reference: BinomialEvidence } = {
    canary: { bad: 0, total: 0 },
    reference: { bad: 0, total: 0 },
  };

  constructor(tolerance: number) {
    const omega0 = 1 + tolerance;
    this.logOmega0 = Math.log(omega0);
    const used = ODDS_ALTERNATIVES.filter(([omega]) => omega < omega0);
    const sum = used.reduce((s, [, w]) => s + w, 0);
    this.alternatives = used.map(([omega, w]) => ({
      logOmega: Math.log(omega),
      logRatio: Math.log(omega) - this.logOmega0,
      logWeight: Math.log(w / sum),
    }));
    this.logProducts = this.alternatives.map(() => 0);
  }

  /**
   * Cumulative counts since the start of the window, as judgeRelative takes them. A look whose counts
   * went down (which the caller's reset handling prevents) adds no evidence.
   */
  observe(canary: BinomialEvidence, reference: BinomialEvidence): void {
    const n1 = Math.round(canary.total - this.last.canary.total);
    const n2 = Math.round(reference.total - this.last.reference.total);
    const x = Math.round(canary.bad - this.last.canary.bad);
    const y = Math.round(reference.bad - this.last.reference.bad);
    this.last = { canary: { ...canary }, reference: { ...reference } };
    if (n1 <= 0 || n2 <= 0 || x < 0 || y < 0 || x > n1 || y > n2 || x + y === 0) return;
    const margins = hypergeometricTerms(n1, n2, x + y);
    const logZ0 = logNormalizer(margins, this.logOmega0);
    this.alternatives.forEach((a, i) => {
      this.logProducts[i]! += x * a.logRatio + logZ0 - logNormalizer(margins, a.logOmega);
    });
  }

  /** ln of the weighted e-value so far: 0 before any evidence, −∞ when no alternative is under ω₀. */
  logEvidence(): number {
    if (this.alternatives.length === 0) return -Infinity;
    const terms = this.logProducts.map((p, i) => p + this.alternatives[i]!.logWeight);
    const top = Math.max(...terms);
    return top + Math.log(terms.reduce((s, t) => s + Math.exp(t - top), 0));
  }
}

/** ln C(n₁, x) + ln C(n₂, B − x) for every x the margins allow, from the smallest. */
function hypergeometricTerms(n1: number, n2: number, bad: number): { from: number; terms: number[] } {
  const from = Math.max(0, bad - n2);
  const to = Math.min(n1, bad);
  const terms: number[] = [];
  for (let x = from; x <= to; x++) terms.push(logChoose(n1, x) + logChoose(n2, bad - x));
  return { from, terms };
}

/** ln Σₓ C(n₁, x)·C(n₂, B − x)·ωˣ. */
function logNormalizer({ from, terms }: { from: number; terms: number[] }, logOmega: number): number {
  const weighted = terms.map((t, i) => t + (from + i) * logOmega);
  const top = Math.max(...weighted);
  return top + Math.log(weighted.reduce((s, t) => s + Math.exp(t - top), 0));
}

function logChoose(n: number, k: number): number {
  if (k === 0 || k === n) return 0;
  return -Math.log(n + 1) - betaln(k + 1, n - k + 1);
}
