import type { Series } from '../../lib/prometheus';
import { counterIncrease, type BinomialEvidence } from './sequential';

/** How an SLI's bad events and requests are counted, from raw counters (PromQL templates). */
export type CountSpec =
  | { kind: 'errors'; requests: string; errors: string }
  /** Histogram buckets: requests slower than `threshold` seconds are bad; `+Inf` counts them all. */
  | { kind: 'latency'; buckets: string; threshold: number };

/**
 * The increase of many counter series since the first observation, each series with Prometheus' reset
 * rule. A series first seen later (a new pod, a first error) counts from zero.
 */
export class CounterSum {
  private readonly last = new Map<string, number>();
  private started = false;
  total = 0;

  observe(series: Series[]): void {
    for (const s of series) {
      if (!Number.isFinite(s.value)) continue;
      const key = seriesKey(s.labels);
      const previous = this.last.get(key);
      if (previous !== undefined) this.total += counterIncrease([previous, s.value]);
      else if (this.started) this.total += s.value;
      this.last.set(key, s.value);
    }
    this.started = true;
  }
}

function seriesKey(labels: Record<string, string>): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
}

/** Bad events and requests of one track, accumulated from successive raw counter readings. */
export class TrackCounts {
  private readonly bad = new CounterSum();
  private readonly all = new CounterSum();
  /** The histogram bucket used as the latency threshold, once seen. */
  bucket?: string;

  constructor(private readonly spec: CountSpec) {}

  private started = false;

  /**
   * `readings` answer the spec's queries in the order of `queriesOf`. Counting starts with the first
   * reading that has request series (an empty one, e.g. a missed scrape, would make every series seen
   * later count from zero); from then on both sums observe every time, so a pod or an error series that
   * appears later counts from zero in both.
   */
  observe(readings: Series[][]): void {
    const all =
      this.spec.kind === 'errors' ? readings[0]! : readings[0]!.filter((s) => s.labels.le === '+Inf');
    if (!this.started && !all.some((s) => Number.isFinite(s.value))) return;
    this.started = true;
    this.all.observe(all);
    if (this.spec.kind === 'errors') {
      this.bad.observe(readings[1]!);
      return;
    }
    // bad = all − fast: the +Inf bucket counts every request, the threshold bucket the fast ones.
    this.bucket ??= chooseBucket(readings[0]!, this.spec.threshold);
    this.bad.observe(this.bucket ? readings[0]!.filter((s) => s.labels.le === this.bucket) : []);
  }

  evidence(): BinomialEvidence | undefined {
    if (!this.started || (this.spec.kind === 'latency' && !this.bucket)) return undefined;
    const total = Math.round(this.all.total);
    const counted = Math.round(this.bad.total);
    const bad = this.spec.kind === 'errors' ? counted : total - counted;
    return { bad: Math.min(Math.max(bad, 0), total), total };
  }
}

/**
 * The largest bucket bound at or below the threshold: requests between it and the threshold count as
 * slow, which can only make a rollback likelier, never hide a regression.
 */
export function chooseBucket(buckets: Series[], threshold: number): string | undefined {
  let best: { le: string; value: number } | undefined;
  for (const s of buckets) {
    const le = s.labels.le;
    if (le === undefined || le === '+Inf') continue;
    const bound = Number(le);
    if (bound <= threshold * (1 + 1e-9) && (!best || bound > best.value)) best = { le, value: bound };
  }
  return best?.le;
}
