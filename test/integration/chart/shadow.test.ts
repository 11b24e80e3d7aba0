import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../../helpers/run-bundle';

const run = promisify(execFile);
const chart = join(repoRoot, 'charts', 'inference-service');
const helms = {
  'helm 3.17': join(repoRoot, '.tools', 'k8s-1.31', 'helm'),
  'helm 4.1': join(repoRoot, '.tools', 'k8s-1.35', 'helm'),
};
const work = mkdtempSync(join(tmpdir(), 'chart-shadow-'));
let files = 0;

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface K8sObject {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: any;
}

function valuesFile(values: object): string {
  const file = join(work, `values-${files++}.json`);
  writeFileSync(file, JSON.stringify(values));
  return file;
}

async function render(helm: string, values: object): Promise<K8sObject[]> {
  const { stdout } = await run(helm, ['template', 'mnist', chart, '-n', 'models', '-f', valuesFile(values)]);
  return parseAllDocuments(stdout)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}

async function renderError(helm: string, values: object): Promise<string> {
  try {
    await run(helm, ['template', 'mnist', chart, '-f', valuesFile(values)]);
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
  throw new Error('expected helm template to fail');
}

const shadow = (traffic: object, canary: object = {}) => ({
  image: { repository: 'registry.local/mnist', tag: 'v1' },
  canary: { enabled: true, mode: 'shadow', image: { tag: 'v2' }, weight: 30, ...canary },
  traffic,
});
const gateway = { method: 'gateway-api', gatewayApi: { parentRefs: [{ name: 'public' }] } };

describe.each(Object.entries(helms))('shadow canary in charts/inference-service (%s)', (_, helm) => {
  test('gateway-api: stable serves every user, the canary gets a RequestMirror copy of its share', async () => {
    const objects = await render(helm, shadow(gateway, { mirrorPercent: 25 }));
    const route = objects.find((o) => o.kind === 'HTTPRoute')!;
    const rule = route.spec.rules[0];
    expect(rule.backendRefs).toEqual([{ name: 'mnist-inference-service', port: 80, weight: 100 }]);
    expect(rule.filters).toEqual([
      {
        type: 'RequestMirror',
        requestMirror: { backendRef: { name: 'mnist-inference-service-canary', port: 80 }, percent: 25 },
      },
    ]);
    const deployments = objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name);
    expect(deployments.sort()).toEqual(['mnist-inference-service', 'mnist-inference-service-canary']);
    expect(
      objects.some((o) => o.kind === 'Service' && o.metadata.name === 'mnist-inference-service-canary'),
    ).toBe(true);
  });

  test('gateway-api: moving from shadow to a weighted canary drops the mirror and weights the backends', async () => {
    const objects = await render(helm, shadow(gateway, { mode: 'weighted', weight: 10 }));
    const rule = objects.find((o) => o.kind === 'HTTPRoute')!.spec.rules[0];
    expect(rule.filters).toBeUndefined();
    expect(rule.backendRefs.map((b: { weight: number }) => b.weight)).toEqual([90, 10]);
  });

  test('nginx: the stable Ingress mirrors to the canary Service, and there is no canary Ingress', async () => {
    const objects = await render(helm, shadow({ method: 'nginx' }));
    const ingresses = objects.filter((o) => o.kind === 'Ingress');
    expect(ingresses.map((o) => o.metadata.name)).toEqual(['mnist-inference-service']);
    expect(ingresses[0]!.metadata.annotations).toEqual({
      'nginx.ingress.kubernetes.io/mirror-target':
        'http://mnist-inference-service-canary.models.svc.cluster.local:80$request_uri',
    });
  });

  test.each([
    [{ method: 'replicas' }, {}, /cannot work with traffic.method replicas.*Use traffic.method gateway-api/],
    [{ method: 'nginx' }, { mirrorPercent: 50 }, /mirrorPercent 50 needs traffic.method gateway-api/],
    [gateway, { mirrorPercent: 0 }, /mirrorPercent must be from 1 to 100/],
    [gateway, { mode: 'dark' }, /canary.mode must be weighted or shadow/],
  ])('refuses %j with %j', async (traffic, canary, message) => {
    expect(await renderError(helm, shadow(traffic, canary))).toMatch(message);
  });
});
