import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getInputs, parseSetValue } from '../../../actions/deploy-canary/inputs';
import { ConfigurationError } from '../../../lib/errors';
import { InputReader } from '../../../lib/inputs';

const work = mkdtempSync(join(tmpdir(), 'deploy-canary-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const chart = join(work, 'chart');
const kubeconfig = join(work, 'kubeconfig');

beforeAll(() => {
  mkdirSync(chart);
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
  writeFileSync(join(work, 'prod.yaml'), 'replicaCount: 4\nresources:\n  limits:\n    cpu: "2"\n');
  writeFileSync(join(work, 'gpu.yaml'), 'resources:\n  limits:\n    nvidia.com/gpu: 1\n');
  writeFileSync(join(work, 'list.yaml'), '- a\n- b\n');
  writeFileSync(join(work, 'broken.yaml'), 'a: [\n');
  writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\nclusters: []\n');
});

function read(inputs: Record<string, string>) {
  return getInputs(new InputReader((name) => inputs[name] ?? ''));
}

async function problems(inputs: Record<string, string>): Promise<string[]> {
  try {
    await read(inputs);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

const valid = { release: 'mnist', chart: '', image: 'r/m:v2', kubeconfig: '' };

describe('deploy-canary inputs', () => {
  test('defaults', async () => {
    const inputs = await read({ ...valid, chart, kubeconfig });
    expect(inputs).toMatchObject({
      release: 'mnist',
      namespace: 'default',
      action: 'deploy',
      weight: 10,
      baseline: false,
      canaryReplicas: undefined,
      image: { repository: 'r/m', tag: 'v2' },
      chart: { ref: chart },
      kubeconfig: { kind: 'path', path: kubeconfig },
      timeoutMs: 1_200_000,
      readinessTimeoutMs: 900_000,
      unschedulableTimeoutMs: 600_000,
      cleanupOnFailure: true,
      environment: 'mnist',
      userValues: {},
    });
    expect(inputs.keys.canaryWeight).toBe('canary.weight');
  });

  test('values files then set, merged in order and typed like helm --set', async () => {
    const inputs = await read({
      ...valid,
      chart,
      'values-files': `${join(work, 'prod.yaml')}\n${join(work, 'gpu.yaml')}`,
      set: 'replicaCount=5\nimage.pullPolicy=Always\nfeature.enabled=true\nmodel.version=1.10\n# a comment\n\npodAnnotations.prometheus\\.io/scrape=true',
    });
    expect(inputs.userValues).toEqual({
      replicaCount: 5,
      resources: { limits: { cpu: '2', 'nvidia.com/gpu': 1 } },
      image: { pullPolicy: 'Always' },
      feature: { enabled: true },
      model: { version: '1.10' },
      podAnnotations: { 'prometheus.io/scrape': true },
    });
  });

  test.each([
    ['true', true],
    ['false', false],
    ['null', null],
    ['42', 42],
    ['-3', -3],
    ['007', '007'],
    ['1.10', '1.10'],
    ['v2', 'v2'],
    ['', ''],
    ['99999999999999999999', '99999999999999999999'],
  ])('set value %j', (text, value) => {
    expect(parseSetValue(text)).toEqual(value);
  });

  test('chart references', async () => {
    expect((await read({ ...valid, chart: 'bitnami/nginx', 'chart-version': '^15.0' })).chart).toEqual({
      ref: 'bitnami/nginx',
      version: '^15.0',
    });
    expect(
      (
        await read({
          ...valid,
          chart: 'oci://ghcr.io/org/charts/inference-service',
          'chart-version': '0.1.0',
        })
      ).chart,
    ).toEqual({
      ref: 'oci://ghcr.io/org/charts/inference-service',
      version: '0.1.0',
    });
    expect(
      (await read({ ...valid, chart: 'inference-service', 'chart-repo': 'https://charts.example.com' }))
        .chart,
    ).toEqual({
      ref: 'inference-service',
      repo: 'https://charts.example.com/',
    });
  });

  test('promote needs no image', async () => {
    expect((await read({ ...valid, chart, image: '', action: 'promote' })).image).toBeUndefined();
  });

  test('every problem is reported at once', async () => {
    const found = await problems({
      release: 'Bad_Release',
      namespace: 'Prod',
      chart: join(work, 'missing-chart'),
      'values-files': `${join(work, 'nope.yaml')},${join(work, 'list.yaml')},${join(work, 'broken.yaml')}`,
      set: 'no-equals-sign\nlist[0]=x',
      image: 'r/m',
      action: 'canary',
      weight: '110',
      baseline: 'yes',
      'canary-replicas': '-1',
      'canary-weight-key': 'canary..weight',
      kubeconfig: join(work, 'no-kubeconfig'),
      timeout: '10 minutes',
      'readiness-timeout': '0s',
      'cleanup-on-failure': 'maybe',
      'environment-url': 'ftp://x',
    });
    const text = found.join('\n');
    for (const input of [
      'release',
      'namespace',
      'chart',
      'nope.yaml',
      'list.yaml',
      'broken.yaml',
      'no-equals-sign',
      'list[0]',
      'image',
      'action',
      'weight',
      'baseline',
      'canary-replicas',
      'canary-weight-key',
      'kubeconfig',
      'timeout',
      'readiness-timeout',
      'cleanup-on-failure',
      'environment-url',
    ]) {
      expect(text).toContain(input);
    }
    expect(found.length).toBeGreaterThanOrEqual(19);
  });

  test.each([
    ['deploy without image', { image: '' }, "input 'image' is required with action: deploy"],
    ['a directory without Chart.yaml', { chart: work }, 'without a Chart.yaml'],
    ['chart-version with a local chart', { chart: 'CHART', 'chart-version': '1.0.0' }, 'chart-version'],
    ['chart-repo with oci', { chart: 'oci://r/c', 'chart-repo': 'https://x' }, 'chart-repo'],
    ['a bare name without chart-repo', { chart: 'inference-service' }, "input 'chart'"],
    ['a release too long for helm', { release: 'r'.repeat(54) }, 'at most 53'],
  ])('refuses %s', async (_name, overrides, message) => {
    const inputs = { ...valid, chart, ...overrides };
    if (inputs.chart === 'CHART') inputs.chart = chart;
    expect((await problems(inputs)).join('\n')).toContain(message);
  });
});

describe('any-chart inputs', () => {
  test('defaults: canary-from auto, no workload or traffic, skip-canary off', async () => {
    expect(await read({ ...valid, chart, kubeconfig })).toMatchObject({
      canaryFrom: 'auto',
      workload: undefined,
      traffic: undefined,
      skipCanary: false,
    });
  });

  test('set', async () => {
    expect(
      await read({
        ...valid,
        chart,
        kubeconfig,
        action: 'promote',
        'canary-from': 'manifests',
        workload: 'mnist-model',
        traffic: 'replicas',
        'skip-canary': 'true',
      }),
    ).toMatchObject({
      canaryFrom: 'manifests',
      workload: 'mnist-model',
      traffic: 'replicas',
      skipCanary: true,
    });
  });

  test('mistakes are reported together', async () => {
    const all = (
      await problems({
        ...valid,
        chart,
        'canary-from': 'chart',
        workload: 'Model_Server',
        traffic: 'istio',
        'skip-canary': 'true',
      })
    ).join('\n');
    expect(all).toContain("'canary-from'");
    expect(all).toContain("'workload'");
    expect(all).toContain("'traffic'");
    expect(all).toContain("input 'skip-canary' applies to action: promote");
  });
});
