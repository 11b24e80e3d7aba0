import type { DriftMeasure } from './drift-measures';
import type { SliSpec } from './sli';

/** An SLI judged on how far the canary's output distribution is from the reference track's. */
export interface DistributionSpec {
  /** `histogram`: cumulative buckets by `le`; `classes`: counters by a class label. */
  kind: 'histogram' | 'classes';
  /** PromQL template returning the raw counters (never rate()), one series per pod or summed. */
  counters: string;
  /** The label the bins are read from: `le`, or the class label. */
  label: string;
  measure: DriftMeasure;
  maxDrift: number;
}

export const DRIFT_DEFAULTS = { maxDrift: 0.1, measure: 'psi' as DriftMeasure, classLabel: 'class' };

const SELECTOR = 'namespace="{{namespace}}",release="{{release}}",track="{{track}}"';
const METRIC_NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;

/**
 * A metric name becomes a selector of the track's raw series (a histogram name gets `_bucket`); anything
 * else is taken as a PromQL template already returning them.
 */
export function countersQuery(kind: DistributionSpec['kind'], given: string): string {
  if (!METRIC_NAME.test(given)) return given;
  const metric = kind === 'histogram' && !given.endsWith('_bucket') ? `${given}_bucket` : given;
  return `${metric}{${SELECTOR}}`;
}

/** The SLI that carries a distribution spec; its query (the counters) is what the preflight checks. */
export function distributionSli(name: string, spec: DistributionSpec): SliSpec {
  return {
    name,
    query: spec.counters,
    unit: 'number',
    direction: 'below',
    budget: spec.maxDrift,
    distribution: spec,
  };
}

export function describeDrift(spec: DistributionSpec, referenceTrack: string | undefined): string {
  const of = spec.kind === 'histogram' ? 'score distribution' : `shares by ${spec.label}`;
  return `${spec.measure} of the ${of} vs ${referenceTrack ?? 'reference'} ≤ ${spec.maxDrift}`;
}
