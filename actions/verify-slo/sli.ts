import { parseDuration } from '../../lib/durations';
import type { DistributionSpec } from './drift-sli';
import type { CountSpec } from './evidence';

/** What the SLI's value is, for parsing budgets and printing values. */
export type SliUnit = 'ratio' | 'seconds' | 'number';

/** `below`: the value must stay at or under the budget (error rate, latency); `above`: at or over it. */
export type Direction = 'below' | 'above';

export interface RelativeBudget {
  /** The canary may be worse than the reference by this fraction (0.2: 20 % worse)... */
  tolerance: number;
  /** ...plus this much in the SLI's unit, so a near-zero reference does not make any blip a failure. */
  slack: number;
}

export interface BurnRateBudget {
  /** The SLO objective, e.g. 0.999: the error budget is 1 - objective. */
  objective: number;
  shortWindow: string;
  longWindow: string;
  /** Fail when both windows burn the error budget faster than this (14.4: a 30-day budget in 2 days). */
  maxBurnRate: number;
}

/** Counting bad events and requests, for sequential decisions on the bad-event share. */
export interface SequentialSpec {
  counts: CountSpec;
  /** Absolute budget of the bad-event share (error rate, or share slower than the latency budget). */
  budget?: number;
  /** Relative mode: share slack added to reference × (1 + tolerance). */
  slack: number;
  /** What the share is, for messages: "error share", "share slower than 300ms". */
  label: string;
}

export interface SliSpec {
  name: string;
  /** PromQL template with `{{placeholders}}`. */
  query: string;
  unit: SliUnit;
  direction: Direction;
  /** Absolute budget, in the SLI's unit. */
  budget?: number;
  /** Judged against the same query for the reference track. */
  relative?: RelativeBudget;
  burnRate?: BurnRateBudget;
  /** Present when the SLI can be judged on counts (decision: sequential). */
  sequential?: SequentialSpec;
  /** Judged on the drift of its output distribution from the reference track's (drift.ts). */
  distribution?: DistributionSpec;
}

export function formatValue(value: number | undefined, unit: SliUnit): string {
  if (value === undefined) return 'n/a';
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'ratio') return `${round(value * 100)}%`;
  if (unit === 'seconds') return value < 1 ? `${round(value * 1000)}ms` : `${round(value)}s`;
  return String(round(value));
}

/** Three significant digits, for messages. */
export function round(v: number): number {
  return Number(v.toPrecision(3));
}

export const DEFAULT_SLACK: Record<SliUnit, number> = { ratio: 0.001, seconds: 0.01, number: 0 };

/** A budget in the SLI's unit: `1%` or `0.01` for ratios, `500ms` or `0.5` for seconds. */
export function parseAmount(value: number | string, unit: SliSpec['unit']): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = value.trim();
  if (unit === 'seconds') {
    const ms = parseDuration(text);
    return ms === undefined ? undefined : ms / 1000;
  }
  if (unit === 'ratio' && text.endsWith('%')) {
    const n = Number(text.slice(0, -1));
    return text.length > 1 && Number.isFinite(n) ? n / 100 : undefined;
  }
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : undefined;
}
