import { binomialSampler } from './binomial';
import lognormal from '@stdlib/random-base-lognormal';
import poisson from '@stdlib/random-base-poisson';

/** Upper bounds (seconds) of the latency histogram, as a typical model server exports them. */
export const LATENCY_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2, 2.5, 5, 10,
];

const Z95 = 1.6448536269514722;

/** What one pod served in one step: counts by outcome and a latency histogram (non-cumulative). */
export interface TrafficStep {
  ok: number;
  errors: number;
  buckets: number[];
  overflow: number;
  latencySum: number;
}

/** Seeded random traffic: Poisson arrivals, binomial errors, log-normal latency. */
export class TrafficGenerator {
  private readonly poisson;
  private readonly binomial;
  private readonly lognormal;

  constructor(seed: number) {
    this.poisson = poisson.factory({ seed });
    this.binomial = binomialSampler(seed + 1);
    this.lognormal = lognormal.factory({ seed: seed + 2 });
  }

  step(rps: number, errorRate: number, p50Ms: number, p95Ms: number, seconds: number): TrafficStep {
    const mean = rps * seconds;
    const total = mean > 0 ? this.poisson(mean) : 0;
    const errors = total > 0 && errorRate > 0 ? this.binomial(total, errorRate) : 0;
    const mu = Math.log(p50Ms / 1000);
    const sigma = p95Ms > p50Ms ? Math.log(p95Ms / p50Ms) / Z95 : 1e-9;
    const buckets = LATENCY_BUCKETS.map(() => 0);
    let overflow = 0;
    let latencySum = 0;
    for (let i = 0; i < total; i++) {
      const seconds = this.lognormal(mu, sigma);
      latencySum += seconds;
      const at = LATENCY_BUCKETS.findIndex((le) => seconds <= le);
      if (at === -1) overflow += 1;
      else buckets[at]! += 1;
    }
    return { ok: total - errors, errors, buckets, overflow, latencySum };
  }
}
