import type { Series } from '../../lib/prometheus';
import { CounterSum } from './evidence';

/**
 * One track's predictions per bin since the first reading, from raw counter series: cumulative histogram
 * buckets grouped by `le`, or class counters grouped by the class label. Each series counts with
 * Prometheus' reset rule (CounterSum), so pods that restart or appear later are counted right.
 */
export class DistributionCounts {
  private readonly groups = new Map<string, CounterSum>();
  private started = false;

  constructor(private readonly label: string) {}

  observe(series: Series[]): void {
    const byValue = new Map<string, Series[]>();
    for (const s of series) {
      const value = s.labels[this.label];
      if (value === undefined) continue;
      byValue.set(value, [...(byValue.get(value) ?? []), s]);
    }
    if (!this.started && byValue.size === 0) return;
    for (const [value, members] of byValue) {
      let sum = this.groups.get(value);
      if (!sum) {
        sum = new CounterSum();
        // A bucket or class first seen after counting began counts from zero, as a new series does.
        if (this.started) sum.observe([]);
        this.groups.set(value, sum);
      }
      sum.observe(members);
    }
    for (const [value, sum] of this.groups) if (!byValue.has(value)) sum.observe([]);
    this.started = true;
  }

  /** Counts per class, by class name. */
  classes(): Map<string, number> {
    return new Map([...this.groups].map(([name, sum]) => [name, Math.max(0, Math.round(sum.total))]));
  }

  /** Counts per bucket (non-cumulative), by upper bound in increasing order, `+Inf` last. */
  buckets(): Map<string, number> {
    const bounds = [...this.groups.keys()].sort((a, b) => leValue(a) - leValue(b));
    const out = new Map<string, number>();
    let below = 0;
    for (const le of bounds) {
      const cumulative = Math.max(below, Math.round(this.groups.get(le)!.total));
      out.set(le, cumulative - below);
      below = cumulative;
    }
    return out;
  }
}

function leValue(le: string): number {
  return le === '+Inf' ? Infinity : Number(le);
}

/** Both tracks' counts over the union of their bins, in one order. */
export function alignBins(
  canary: Map<string, number>,
  reference: Map<string, number>,
  order: (bins: string[]) => string[],
): { bins: string[]; canary: number[]; reference: number[] } {
  const bins = order([...new Set([...canary.keys(), ...reference.keys()])]);
  return {
    bins,
    canary: bins.map((b) => canary.get(b) ?? 0),
    reference: bins.map((b) => reference.get(b) ?? 0),
  };
}

export function byBound(bins: string[]): string[] {
  return [...bins].sort((a, b) => leValue(a) - leValue(b));
}

export function byName(bins: string[]): string[] {
  return [...bins].sort((a, b) => a.localeCompare(b));
}
