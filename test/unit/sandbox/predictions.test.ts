import { describe, expect, it } from 'vitest';
import { InferenceSimulator, scenarioPods } from '../../../sandbox/inference/simulator';
import { parseScenario } from '../../../sandbox/scenario';

const SCENARIO = `
name: predicting
seed: 3
tracks:
  stable:
    rps: 400
    predictions:
      scores: { alpha: 2, beta: 5 }
      classes: { approve: 0.9, review: 0.08, decline: 0.02 }
  canary:
    rps: 400
    errorRate: 0.5
    predictions:
      classes: { approve: 1 }
    changes:
      - at: 10s
        predictions:
          scores: { alpha: 5, beta: 2 }
          classes: { approve: 0.5, decline: 0.5 }
  quiet:
    rps: 400
`;

/** The metric lines after `seconds` of simulated traffic, by metric name and label text. */
function run(seconds: number): Map<string, number> {
  const scenario = parseScenario(SCENARIO);
  const simulator = new InferenceSimulator([scenario], () => scenarioPods(scenario), 0);
  for (let ms = 250; ms <= seconds * 1000; ms += 250) simulator.step(ms);
  const values = new Map<string, number>();
  for (const line of simulator.render(seconds * 1000).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    values.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return values;
}

const labels = (track: string) =>
  `namespace="ml",pod="model-${track}-0",release="model",track="${track}",version="v1"`;

describe('simulated predictions', () => {
  const values = run(9);

  it('exports a cumulative score histogram every 0.05 whose shape follows Beta(alpha, beta)', () => {
    const bucket = (le: string) =>
      values.get(`model_prediction_score_bucket{${labels('stable')},le="${le}"}`)!;
    const count = values.get(`model_prediction_score_count{${labels('stable')}}`)!;
    expect(count).toBeGreaterThan(3000);
    expect(bucket('+Inf')).toBe(count);
    expect(bucket('1')).toBe(count);
    const les = [...values.keys()].filter((k) =>
      k.startsWith(`model_prediction_score_bucket{${labels('stable')}`),
    );
    expect(les).toHaveLength(21);
    for (let i = 1; i < 20; i++) {
      const le = Number(((i + 1) * 0.05).toFixed(2)).toString();
      const before = Number((i * 0.05).toFixed(2)).toString();
      expect(bucket(le)).toBeGreaterThanOrEqual(bucket(before));
    }
    // Beta(2, 5): P(score <= 0.25) = 0.466, mean 2/7.
    expect(bucket('0.25') / count).toBeCloseTo(0.466, 1);
    expect(values.get(`model_prediction_score_sum{${labels('stable')}}`)! / count).toBeCloseTo(2 / 7, 1);
  });

  it('counts predictions per class in their shares, one per successful request', () => {
    const cls = (name: string) => values.get(`model_predictions_total{${labels('stable')},class="${name}"}`)!;
    const total = cls('approve') + cls('review') + cls('decline');
    expect(total).toBe(values.get(`http_requests_total{${labels('stable')},code="200"}`));
    expect(cls('approve') / total).toBeCloseTo(0.9, 1);
    expect(cls('review') / total).toBeCloseTo(0.08, 1);
    expect(cls('decline') / total).toBeGreaterThan(0.005);
  });

  it('exports neither metric for a track without predictions, and no scores for one with classes only', () => {
    const keys = [...values.keys()];
    expect(keys.some((k) => k.startsWith('model_') && k.includes('track="quiet"'))).toBe(false);
    expect(keys.some((k) => k.startsWith('model_prediction_score') && k.includes('track="canary"'))).toBe(
      false,
    );
    expect(values.get(`model_predictions_total{${labels('canary')},class="approve"}`)).toBe(
      values.get(`http_requests_total{${labels('canary')},code="200"}`),
    );
  });

  it('applies predictions given in changes', () => {
    const later = run(20);
    const count = later.get(`model_prediction_score_count{${labels('canary')}}`)!;
    expect(count).toBeGreaterThan(1000);
    // Beta(5, 2): most scores above 0.5.
    const low = later.get(`model_prediction_score_bucket{${labels('canary')},le="0.5"}`)!;
    expect(low / count).toBeLessThan(0.2);
    expect(later.get(`model_predictions_total{${labels('canary')},class="decline"}`)).toBeGreaterThan(500);
  });

  it('rejects a class table with no positive share and unknown prediction keys', () => {
    expect(() => parseScenario('name: x\ntracks:\n  a: { predictions: { classes: { a: 0 } } }\n')).toThrow(
      /share above 0/,
    );
    expect(() => parseScenario('name: x\ntracks:\n  a: { predictions: { score: {} } }\n')).toThrow(
      /predictions/,
    );
  });
});
