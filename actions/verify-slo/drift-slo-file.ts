import type { DriftMeasure } from './drift-measures';
import { countersQuery, distributionSli, DRIFT_DEFAULTS } from './drift-sli';
import type { SliSpec } from './sli';

/** The fields of an slo-file entry a `distribution` SLI reads. */
export interface DistributionEntry {
  name: string;
  histogram?: string;
  classes?: string;
  'class-label'?: string;
  'max-drift'?: number;
  'drift-measure'?: DriftMeasure;
}

/** A `kind: distribution` entry: exactly one of histogram and classes, judged against compare-to. */
export function distributionEntry(
  e: DistributionEntry,
  where: string,
  comparing: boolean,
): { sli: SliSpec; problems: string[] } {
  const problems: string[] = [];
  if ((e.histogram === undefined) === (e.classes === undefined)) {
    problems.push(`${where}: a distribution SLI gives exactly one of histogram and classes`);
  }
  if (!comparing) problems.push(`${where}: a distribution SLI needs the compare-to input`);
  const kind = e.histogram !== undefined ? 'histogram' : 'classes';
  const sli = distributionSli(e.name, {
    kind,
    counters: countersQuery(kind, e.histogram ?? e.classes ?? ''),
    label: kind === 'histogram' ? 'le' : (e['class-label'] ?? DRIFT_DEFAULTS.classLabel),
    measure: e['drift-measure'] ?? DRIFT_DEFAULTS.measure,
    maxDrift: e['max-drift'] ?? DRIFT_DEFAULTS.maxDrift,
  });
  return { sli, problems };
}
