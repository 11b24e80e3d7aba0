import { binomialSampler } from '../../sandbox/inference/binomial';
import { SEQUENTIAL_DEFAULTS } from '../../actions/verify-slo/sequential';
import { judgeDrift } from '../../actions/verify-slo/drift';
import type { DriftMeasure } from '../../actions/verify-slo/drift-measures';

/** How the runs of one simulation ended, and at which look (1-based) each decided run did. */
export interface SimulationResult {
  fail: number;
  pass: number;
  open: number;
  failLooks: number[];
  passLooks: number[];
}

/** Shares of the 20 score buckets of Beta(a, b), by numerical integration. */
export function betaBins(a: number, b: number): number[] {
  const density = (x: number) => x ** (a - 1) * (1 - x) ** (b - 1);
  const bins = Array.from({ length: 20 }, (_, i) => {
    let s = 0;
    for (let j = 0; j < 100; j++) s += density((i + (j + 0.5) / 100) * 0.05);
    return s;
  });
  const total = bins.reduce((s, v) => s + v, 0);
  return bins.map((v) => v / total);
}

/**
 * Runs the test `runs` times on two streams of predictions (canary drawn from `canary`, reference from
 * `reference`), `perLook` new predictions per track between looks, for at most `looks` looks.
 */
export function simulate(o: {
  canary: number[];
  reference: number[];
  measure?: DriftMeasure;
  ordered?: boolean;
  perLook: number;
  looks: number;
  runs: number;
  seed: number;
  maxDrift?: number;
  alpha?: number;
}): SimulationResult {
  const binomial = binomialSampler(o.seed);
  const multinomial = (n: number, p: number[]) => {
    let left = n;
    let rest = 1;
    return p.map((pi, i) => {
      const k =
        i === p.length - 1 ? left : left > 0 ? binomial(left, Math.min(1, Math.max(0, pi / rest))) : 0;
      left -= k;
      rest -= pi;
      return k;
    });
  };
  const out: SimulationResult = { fail: 0, pass: 0, open: 0, failLooks: [], passLooks: [] };
  for (let r = 0; r < o.runs; r++) {
    const c = o.canary.map(() => 0);
    const ref = o.reference.map(() => 0);
    let decided = false;
    let looks = 0;
    for (let k = 1; k <= o.looks && !decided; k++) {
      multinomial(o.perLook, o.canary).forEach((n, i) => (c[i]! += n));
      multinomial(o.perLook, o.reference).forEach((n, i) => (ref[i]! += n));
      if (k * o.perLook >= 100) looks += 1;
      const d = judgeDrift(c, ref, {
        measure: o.measure ?? 'psi',
        maxDrift: o.maxDrift ?? 0.1,
        alpha: o.alpha ?? SEQUENTIAL_DEFAULTS.alpha,
        beta: SEQUENTIAL_DEFAULTS.beta,
        minCount: 100,
        ordered: o.ordered ?? true,
        look: Math.max(1, looks),
      });
      if (d.decision === 'fail') {
        out.fail += 1;
        out.failLooks.push(k);
        decided = true;
      } else if (d.decision === 'pass') {
        out.pass += 1;
        out.passLooks.push(k);
        decided = true;
      }
    }
    if (!decided) out.open += 1;
  }
  return out;
}
