import { describe, expect, it } from 'vitest';
import { distributionSli } from '../../../actions/verify-slo/drift-sli';
import { untrackedRelativeSlis } from '../../../actions/verify-slo/relative-track';
import type { SliSpec } from '../../../actions/verify-slo/sli';

const relative = { tolerance: 0.2, slack: 0.001 };
const sli = (name: string, query: string, extra: Partial<SliSpec> = {}): SliSpec => ({
  name,
  query,
  unit: 'ratio',
  direction: 'below',
  relative,
  ...extra,
});

describe('untrackedRelativeSlis', () => {
  it('names each relative SLI whose query does not select the track', () => {
    const problems = untrackedRelativeSlis(
      [
        sli('errors', 'sum(rate(e{release="{{release}}"}[{{window}}]))'),
        sli('tracked', 'sum(rate(e{track="{{ track }}"}[{{window}}]))'),
        sli('absolute', 'sum(rate(e[{{window}}]))', { relative: undefined, budget: 0.01 }),
      ],
      'baseline',
    );
    expect(problems).toEqual([
      'SLI errors is compared with the baseline track (compare-to), but its query does not use {{track}}, so it would compare the canary with itself; select the track in it, e.g. track="{{track}}": sum(rate(e{release="{{release}}"}[{{window}}]))',
    ]);
  });

  it('checks the counter queries of the sequential test too', () => {
    const problems = untrackedRelativeSlis(
      [
        sli('errors', 'sum(rate(e{track="{{track}}"}[{{window}}]))', {
          sequential: {
            counts: { kind: 'errors', requests: 'r{track="{{track}}"}', errors: 'e{code="500"}' },
            slack: 0.001,
            label: 'error share',
          },
        }),
      ],
      'stable',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^SLI errors is compared with the stable track \(compare-to\), but its counter query does not use \{\{track\}\}.*: e\{code="500"\}$/,
    );
  });

  it('checks the counters of a distribution SLI, which is always compared with the reference', () => {
    const drift = (name: string, counters: string) =>
      distributionSli(name, {
        kind: 'histogram',
        counters,
        label: 'le',
        measure: 'js',
        maxDrift: 0.1,
      });
    const problems = untrackedRelativeSlis(
      [
        drift('prediction-scores', 'model_prediction_score_bucket{release="{{release}}"}'),
        drift('tracked', 'model_prediction_score_bucket{track="{{track}}"}'),
      ],
      'baseline',
    );
    expect(problems).toEqual([
      'SLI prediction-scores is compared with the baseline track (compare-to), but its query does not use {{track}}, so it would compare the canary with itself; select the track in it, e.g. track="{{track}}": model_prediction_score_bucket{release="{{release}}"}',
    ]);
  });
});
