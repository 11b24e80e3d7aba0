import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSloFile } from '../../../actions/verify-slo/slo-file';
import { driftSlisFromInputs } from '../../../actions/verify-slo/drift-inputs';
import { getInputs } from '../../../actions/verify-slo/inputs';
import { resultsJson, summaryMarkdown } from '../../../actions/verify-slo/report';
import { verify, type Clock, type VerifyPlan } from '../../../actions/verify-slo/verify';
import { InputReader } from '../../../lib/inputs';
import type { QueryValue, Series } from '../../../lib/prometheus';

function fakeClock(): Clock {
  let now = 1_700_000_000_000;
  return { now: () => now, sleep: async (ms) => void (now += Math.max(0, ms)) };
}

const LES = ['0.25', '0.5', '0.75', '1', '+Inf'];

/**
 * A Prometheus answering bucket selectors with cumulative counters that grow by `perCall` predictions
 * a query, spread over the buckets by the track's shares (two pods, so series are summed per `le`).
 */
function prometheus(shares: Record<string, number[]>, perCall: number) {
  const calls = new Map<string, number>();
  return async (q: string): Promise<QueryValue> => {
    const track = /track="([^"]+)"/.exec(q)?.[1] ?? '';
    const p = shares[track];
    const n = (calls.get(track) ?? 0) + 1;
    calls.set(track, n);
    if (!p) return { values: [], series: [], warnings: [] };
    const series: Series[] = [];
    for (const pod of ['a', 'b']) {
      let cumulative = 0;
      LES.forEach((le, i) => {
        cumulative += i < p.length ? Math.round((n * perCall * p[i]!) / 2) : 0;
        series.push({ labels: { pod, le }, value: cumulative });
      });
    }
    return { values: series.map((s) => s.value), series, warnings: [] };
  };
}

function reader(inputs: Record<string, string>): InputReader {
  return new InputReader((name) => inputs[name] ?? '');
}

function plan(): VerifyPlan {
  const slis = driftSlisFromInputs(reader({ 'prediction-histogram': 'model_prediction_score' }), 'stable');
  return {
    slis,
    vars: { track: 'canary', window: '1m', namespace: 'ml', release: 'model' },
    referenceTrack: 'stable',
    minRequests: 0,
    durationMs: 300_000,
    intervalMs: 10_000,
    warmupMs: 0,
    failureLimit: 3,
    minSamples: 5,
    minDurationMs: 60_000,
    decision: 'sequential',
    alpha: 0.01,
    beta: 0.01,
  };
}

async function run(canary: number[], perCall: number) {
  const logs: string[] = [];
  const result = await verify(plan(), {
    query: prometheus({ canary, stable: [0.4, 0.3, 0.2, 0.1] }, perCall),
    clock: fakeClock(),
    log: (l) => logs.push(l),
    warn: (l) => logs.push(l),
  });
  return { result, logs };
}

describe('verify-slo judging drift', () => {
  it('fails a shifted score distribution with the drift in the reason', async () => {
    const { result } = await run([0.1, 0.2, 0.3, 0.4], 200);
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(/^prediction-scores .*psi .* above max-drift 0\.1/);
    expect(result.samples.length).toBeLessThanOrEqual(2);
  });

  it('passes the same distribution after the bake time, with both distributions in the summary', async () => {
    const { result } = await run([0.4, 0.3, 0.2, 0.1], 200);
    expect(result.verdict).toBe('pass');
    expect(result.elapsedMs).toBeGreaterThanOrEqual(60_000);
    expect(result.elapsedMs).toBeLessThan(300_000);
    const summary = summaryMarkdown(plan(), result, 'http://prom');
    expect(summary).toContain('prediction-scores: stable (bars) and canary (line)');
    expect(summary).toContain('x-axis ["0.25", "0.5", "0.75", "1", "+Inf"]');
    expect(summary).toMatch(/bar \[40, 30, 20, 10, 0\]/);
    expect(summary).toMatch(/\*\*Drift:\*\* psi/);
    const results = resultsJson(plan(), result)['prediction-scores']!;
    expect(results.bound).toBe('psi of the score distribution vs stable ≤ 0.1');
    expect(results.pass).toBeGreaterThan(0);
  });

  it('is inconclusive when the test stays open to the end, with the estimate in the reason', async () => {
    const { result } = await run([0.3, 0.3, 0.25, 0.15], 30);
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toMatch(
      /^prediction-scores was not decided: psi [\d.]+ \(bounds .*not yet conclusive/,
    );
  });

  it('is inconclusive when the tracks never reach enough predictions', async () => {
    const { result } = await run([0.4, 0.3, 0.2, 0.1], 0.2);
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toMatch(/not enough predictions/);
  });
});

describe('drift inputs', () => {
  const base = {
    'prometheus-url': 'http://127.0.0.1:9090',
    duration: '5m',
    interval: '30s',
    vars: 'namespace=ml\nrelease=model',
  };

  it('builds a histogram and a classes SLI against compare-to', async () => {
    const config = await getInputs(
      reader({
        ...base,
        'compare-to': 'stable',
        'prediction-histogram': 'model_prediction_score',
        'prediction-classes': 'sum by (label) (model_predictions_total{track="{{track}}"})',
        'class-label': 'label',
        'max-drift': '0.2',
        'drift-measure': 'js',
      }),
    );
    const [scores, classes] = config.plan.slis;
    expect(scores!.distribution).toEqual({
      kind: 'histogram',
      counters:
        'model_prediction_score_bucket{namespace="{{namespace}}",release="{{release}}",track="{{track}}"}',
      label: 'le',
      measure: 'js',
      maxDrift: 0.2,
    });
    expect(classes!.distribution).toMatchObject({ kind: 'classes', label: 'label' });
  });

  it('reports a drift input without compare-to and a bad measure at once', async () => {
    const read = getInputs(
      reader({ ...base, 'prediction-classes': 'model_predictions_total', 'drift-measure': 'kl' }),
    );
    await expect(read).rejects.toThrow(/prediction-classes needs compare-to \(baseline or stable\)/);
    await expect(read).rejects.toThrow(/drift-measure/);
  });
});

describe('slo-file distribution SLIs', () => {
  function read(text: string, comparing = true) {
    const dir = mkdtempSync(join(tmpdir(), 'slo-drift-'));
    try {
      writeFileSync(join(dir, 'slo.yaml'), text);
      return readSloFile(join(dir, 'slo.yaml'), { comparing, tolerance: 0.2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reads a distribution SLI with the same settings as the inputs', () => {
    const { slis, problems } = read(
      'slis:\n  - name: decisions\n    kind: distribution\n    classes: model_predictions_total\n    class-label: outcome\n    max-drift: 0.05\n    drift-measure: ks\n',
    );
    expect(problems).toEqual([]);
    expect(slis[0]!.distribution).toEqual({
      kind: 'classes',
      counters: 'model_predictions_total{namespace="{{namespace}}",release="{{release}}",track="{{track}}"}',
      label: 'outcome',
      measure: 'ks',
      maxDrift: 0.05,
    });
  });

  it('needs exactly one of histogram and classes, and compare-to', () => {
    const { problems } = read('slis:\n  - name: scores\n    kind: distribution\n', false);
    expect(problems.join('\n')).toMatch(/exactly one of histogram and classes/);
    expect(problems.join('\n')).toMatch(/needs the compare-to input/);
  });
});
