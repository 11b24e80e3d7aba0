/** How far apart two distributions over the same bins are; all three are 0 for identical ones. */
export type DriftMeasure = 'psi' | 'js' | 'ks';

export const DRIFT_MEASURES: readonly DriftMeasure[] = ['psi', 'js', 'ks'];

/**
 * Added to every bin's count before PSI's logarithms, as PSI is usually computed: a bin empty on one side
 * would make it infinite.
 */
const PSI_SMOOTHING = 0.5;

/**
 * The measure between two count vectors over the same bins (in order, for a histogram). `ordered`: the
 * bins are histogram buckets, so KS is the largest gap between the cumulative shares; for unordered
 * classes it is the total variation distance (the largest gap in the share of any set of classes).
 */
export function divergence(measure: DriftMeasure, a: number[], b: number[], ordered: boolean): number {
  if (measure === 'psi') return psi(a, b);
  const p = shares(a, 0);
  const q = shares(b, 0);
  if (measure === 'js') {
    let sum = 0;
    p.forEach((pi, i) => {
      const qi = q[i]!;
      const m = (pi + qi) / 2;
      if (pi > 0) sum += 0.5 * pi * Math.log(pi / m);
      if (qi > 0) sum += 0.5 * qi * Math.log(qi / m);
    });
    return Math.max(0, sum);
  }
  if (!ordered) return p.reduce((sum, pi, i) => sum + Math.abs(pi - q[i]!), 0) / 2;
  let gap = 0;
  let cp = 0;
  let cq = 0;
  p.forEach((pi, i) => {
    cp += pi;
    cq += q[i]!;
    gap = Math.max(gap, Math.abs(cp - cq));
  });
  return gap;
}

/** Population stability index: Σ (p − q)·ln(p / q), on smoothed shares. */
function psi(a: number[], b: number[]): number {
  const p = shares(a, PSI_SMOOTHING);
  const q = shares(b, PSI_SMOOTHING);
  return p.reduce((sum, pi, i) => sum + (pi - q[i]!) * Math.log(pi / q[i]!), 0);
}

function shares(counts: number[], smoothing: number): number[] {
  const total = counts.reduce((s, c) => s + c, 0) + smoothing * counts.length;
  return counts.map((c) => (total > 0 ? (c + smoothing) / total : 0));
}
