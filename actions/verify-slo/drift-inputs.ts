import type { InputReader } from '../../lib/inputs';
import { DRIFT_MEASURES } from './drift-measures';
import { countersQuery, distributionSli, DRIFT_DEFAULTS } from './drift-sli';
import type { SliSpec } from './sli';

const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The distribution SLIs of the inputs: `prediction-histogram` (SLI prediction-scores) and
 * `prediction-classes` (SLI prediction-classes), each judged against the compare-to track.
 */
export function driftSlisFromInputs(reader: InputReader, compareTo: string): SliSpec[] {
  const histogram = reader.optional('prediction-histogram');
  const classes = reader.optional('prediction-classes');
  const maxDrift = reader.number('max-drift', { min: 0 }) ?? DRIFT_DEFAULTS.maxDrift;
  const measure = reader.oneOf('drift-measure', DRIFT_MEASURES, DRIFT_DEFAULTS.measure);
  const classLabel = reader.string('class-label', DRIFT_DEFAULTS.classLabel);
  if (!LABEL_NAME.test(classLabel)) reader.invalid('class-label', 'a Prometheus label name', classLabel);
  if (histogram === undefined && classes === undefined) return [];
  if (compareTo === 'none') {
    reader.problem(
      `${histogram !== undefined ? 'prediction-histogram' : 'prediction-classes'} needs compare-to (baseline or stable): a drift is measured against a reference track`,
    );
  }
  const slis: SliSpec[] = [];
  if (histogram !== undefined) {
    slis.push(
      distributionSli('prediction-scores', {
        kind: 'histogram',
        counters: countersQuery('histogram', histogram),
        label: 'le',
        measure,
        maxDrift,
      }),
    );
  }
  if (classes !== undefined) {
    slis.push(
      distributionSli('prediction-classes', {
        kind: 'classes',
        counters: countersQuery('classes', classes),
        label: classLabel,
        measure,
        maxDrift,
      }),
    );
  }
  return slis;
}
