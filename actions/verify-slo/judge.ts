import { formatValue, round, type SliSpec } from './sli';

/** What one query returned in one sample. */
export type Reading = { values: number[] } | { error: string };

export type SampleStatus = 'pass' | 'fail' | 'no-data' | 'error';

export interface SampleJudgement {
  status: SampleStatus;
  /** The SLI's value (the short window's burn rate for burn-rate SLIs). */
  value?: number;
  /** The bound the value was held to in this sample (budget, or the relative bound). */
  bound?: number;
  reference?: number;
  reason: string;
}

export interface SampleReadings {
  canary: Reading;
  /** Same query on the reference track (relative SLIs). */
  reference?: Reading;
  /** Same query over the long window (burn-rate SLIs). */
  longWindow?: Reading;
}

/** Requests seen in the window, when a minimum is asked for. */
export interface TrafficCheck {
  min: number;
  canary: Reading;
  reference?: Reading;
}

/** Judges one sample of one SLI: pass, fail, no-data (empty, NaN, ±Inf, too little traffic) or error. */
export function judgeSample(sli: SliSpec, readings: SampleReadings, traffic?: TrafficCheck): SampleJudgement {
  const canary = single(sli, readings.canary, 'canary');
  if ('status' in canary) return canary;
  if (traffic) {
    const tooLittle =
      lowTraffic(traffic.canary, traffic.min, 'canary') ??
      (traffic.reference ? lowTraffic(traffic.reference, traffic.min, 'reference') : undefined);
    if (tooLittle) return { ...tooLittle, value: canary.value };
  }

  if (sli.burnRate) {
    const long = readings.longWindow ? single(sli, readings.longWindow, 'long window') : undefined;
    if (!long) return { status: 'error', reason: 'no long-window reading' };
    if ('status' in long) return long;
    const errorBudget = 1 - sli.burnRate.objective;
    const shortBurn = canary.value / errorBudget;
    const longBurn = long.value / errorBudget;
    const max = sli.burnRate.maxBurnRate;
    const detail = `burn rate ${round(shortBurn)}x over ${sli.burnRate.shortWindow}, ${round(longBurn)}x over ${sli.burnRate.longWindow} (max ${max}x)`;
    const breached = shortBurn > max && longBurn > max;
    return { status: breached ? 'fail' : 'pass', value: shortBurn, bound: max, reason: detail };
  }

  let bound = sli.budget;
  let referenceValue: number | undefined;
  if (sli.relative) {
    const reference = readings.reference ? single(sli, readings.reference, 'reference') : undefined;
    if (!reference) return { status: 'error', value: canary.value, reason: 'no reference reading' };
    if ('status' in reference) return { ...reference, value: canary.value };
    referenceValue = reference.value;
    const { tolerance, slack } = sli.relative;
    const relativeBound =
      sli.direction === 'below'
        ? referenceValue * (1 + tolerance) + slack
        : referenceValue * (1 - tolerance) - slack;
    bound =
      bound === undefined
        ? relativeBound
        : sli.direction === 'below'
          ? Math.min(bound, relativeBound)
          : Math.max(bound, relativeBound);
  }
  if (bound === undefined) return { status: 'error', value: canary.value, reason: 'the SLI has no budget' };

  const ok = sli.direction === 'below' ? canary.value <= bound : canary.value >= bound;
  const op = ok ? (sli.direction === 'below' ? '≤' : '≥') : sli.direction === 'below' ? '>' : '<';
  const against =
    referenceValue === undefined ? 'budget' : `bound (reference ${formatValue(referenceValue, sli.unit)})`;
  return {
    status: ok ? 'pass' : 'fail',
    value: canary.value,
    bound,
    reference: referenceValue,
    reason: `${formatValue(canary.value, sli.unit)} ${op} ${against} ${formatValue(bound, sli.unit)}`,
  };
}

/** The one number a reading stands for: the worst series, or a no-data / error judgement. */
function single(sli: SliSpec, reading: Reading, what: string): { value: number } | SampleJudgement {
  if ('error' in reading) return { status: 'error', reason: `${what}: ${reading.error}` };
  if (reading.values.length === 0) return { status: 'no-data', reason: `${what}: empty result` };
  const finite = reading.values.filter(Number.isFinite);
  if (finite.length < reading.values.length) {
    const odd = reading.values.find((v) => !Number.isFinite(v));
    return { status: 'no-data', reason: `${what}: value is ${odd}` };
  }
  return { value: sli.direction === 'below' ? Math.max(...finite) : Math.min(...finite) };
}

function lowTraffic(reading: Reading, min: number, what: string): SampleJudgement | undefined {
  if ('error' in reading) return { status: 'error', reason: `${what} request count: ${reading.error}` };
  const count = reading.values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  if (count < min) {
    return {
      status: 'no-data',
      reason: `${what}: ${Math.round(count)} requests in the window, fewer than ${min}`,
    };
  }
  return undefined;
}
