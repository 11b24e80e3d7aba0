import betaln from '@stdlib/math-base-special-betaln';

/** Always-valid bounds on a bad-event share: they hold at every look at once, not just at one. */
export interface ShareBounds {
  lower: number;
  upper: number;
}

// Jeffreys prior Beta(1/2, 1/2) for the mixture: its regret against the best fixed share is about
// ½·ln(n) whatever the true share, so rare errors (0.1 %) and common ones (30 %) are served alike.
const PRIOR = 0.5;
const LOG_BETA_PRIOR = betaln(PRIOR, PRIOR);
const RELATIVE_PRECISION = 1e-7;
const MAX_STEPS = 200;

/**
 * Robbins' beta-binomial mixture confidence sequence for a Bernoulli share, from cumulative counts.
 *
 * For each candidate share q, M(q) = ∫ L(p) Beta(p; ½, ½) dp / L(q) is a nonnegative martingale with
 * mean 1 when q is the true share, so by Ville's inequality P(M(q) ever reaches 1/δ) ≤ δ. The bounds are
 * the q where ln M(q) = ln(1/δ); ln M is convex in q with its minimum (≤ 0) at bad/total, so the set of
 * shares not yet ruled out is one interval. Both bounds together hold at every look with probability
 * ≥ 1 − δ; each alone does too. No traffic gives [0, 1].
 */
export function shareBounds(bad: number, total: number, delta: number): ShareBounds {
  return { lower: lowerShareBound(bad, total, delta), upper: upperShareBound(bad, total, delta) };
}

/** The lower end of shareBounds alone. */
export function lowerShareBound(bad: number, total: number, delta: number): number {
  if (total <= 0 || bad <= 0) return 0;
  return bisect(ruledOut(bad, total, delta), 0, bad / total);
}

/** The upper end of shareBounds alone. */
export function upperShareBound(bad: number, total: number, delta: number): number {
  if (total <= 0 || bad >= total) return 1;
  return bisect(ruledOut(bad, total, delta), 1, bad / total);
}

/** ln M(q) − ln(1/δ): ≥ 0 means q is ruled out. */
function ruledOut(bad: number, total: number, delta: number): (q: number) => number {
  const good = total - bad;
  const constant = betaln(bad + PRIOR, good + PRIOR) - LOG_BETA_PRIOR - Math.log(1 / delta);
  return (q) => constant - (bad > 0 ? bad * Math.log(q) : 0) - (good > 0 ? good * Math.log1p(-q) : 0);
}

/**
 * Where `excess` changes sign between `outside` (ruled out) and `inside` (not). Returns the ruled-out end
 * of the last bracket, so the interval is never narrower than the exact one.
 */
function bisect(excess: (q: number) => number, outside: number, inside: number): number {
  let out = outside;
  let kept = inside;
  for (let step = 0; step < MAX_STEPS; step++) {
    const mid = (out + kept) / 2;
    if (mid === out || mid === kept) break;
    if (excess(mid) >= 0) out = mid;
    else kept = mid;
    if (Math.abs(kept - out) <= RELATIVE_PRECISION * Math.max(out, kept)) break;
  }
  return out;
}
