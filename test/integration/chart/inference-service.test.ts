import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../../helpers/run-bundle';
import { tempDir } from '../../helpers/temp-dir';

const run = promisify(execFile);
const chart = join(repoRoot, 'charts', 'inference-service');
const helms = {
  'helm 3.17': join(repoRoot, '.tools', 'k8s-1.31', 'helm'),
  'helm 4.1': join(repoRoot, '.tools', 'k8s-1.35', 'helm'),
};
const work = tempDir('chart-test-');
let files = 0;

interface K8sObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
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

function find(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found)
    throw new Error(`no ${kind} ${name} in ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found;
}

function names(objects: K8sObject[], kind: string): string[] {
  return objects
    .filter((o) => o.kind === kind)
    .map((o) => o.metadata.name)
    .sort();
}

const canary = (extra: object = {}) => ({
  image: { repository: 'registry.local/mnist', tag: 'v1' },
  canary: { enabled: true, image: { tag: 'v2' }, weight: 10 },
  ...extra,
});

describe.each(Object.entries(helms))('charts/inference-service with %s', (_name, helm) => {
  test.each([
    ['replicas', {}],
    ['nginx', { traffic: { method: 'nginx', host: 'mnist.example.com' } }],
    ['gateway-api', { traffic: { method: 'gateway-api', gatewayApi: { parentRefs: [{ name: 'public' }] } } }],
  ])('helm lint passes for traffic.method=%s, with and without a canary', async (_method, traffic) => {
    for (const values of [traffic, { ...canary(), ...traffic }]) {
      const { stdout } = await run(helm, ['lint', chart, '--strict', '-f', valuesFile(values)]);
      expect(stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    }
  });

  test('stable only: one Deployment labelled for the metrics, probes on /healthz and /readyz', async () => {
    const objects = await render(helm, { image: { repository: 'registry.local/mnist', tag: 'v1' } });
    expect(names(objects, 'Deployment')).toEqual(['mnist-inference-service']);
    const stable = find(objects, 'Deployment', 'mnist-inference-service');
    const podLabels = stable.spec.template.metadata.labels;
    expect(podLabels).toMatchObject({
      'app.kubernetes.io/instance': 'mnist',
      track: 'stable',
      version: 'v1',
      release: 'mnist',
    });
    expect(stable.spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'inference-service',
      'app.kubernetes.io/instance': 'mnist',
      track: 'stable',
    });
    const container = stable.spec.template.spec.containers[0];
    expect(container.image).toBe('registry.local/mnist:v1');
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    expect(stable.spec.replicas).toBe(2);
    expect(names(objects, 'Service')).toEqual(['mnist-inference-service']);
    expect(names(objects, 'Ingress')).toEqual([]);
    expect(names(objects, 'HTTPRoute')).toEqual([]);
  });

  test('the tag defaults to appVersion; a digest pulls by digest and names the version', async () => {
    const digest = `sha256:${'ab'.repeat(32)}`;
    const byDefault = await render(helm, {});
    expect(
      find(byDefault, 'Deployment', 'mnist-inference-service').spec.template.spec.containers[0].image,
    ).toBe('ghcr.io/example/model-server:1.0.0');
    const objects = await render(helm, {
      image: { repository: 'registry.local/mnist', digest },
      canary: { enabled: true, image: { tag: 'v2', digest } },
    });
    const stable = find(objects, 'Deployment', 'mnist-inference-service');
    expect(stable.spec.template.spec.containers[0].image).toBe(`registry.local/mnist@${digest}`);
    expect(stable.spec.template.metadata.labels.version).toBe(`sha256-${'ab'.repeat(28)}`);
    const canaryDeployment = find(objects, 'Deployment', 'mnist-inference-service-canary');
    expect(canaryDeployment.spec.template.spec.containers[0].image).toBe(`registry.local/mnist:v2@${digest}`);
    expect(canaryDeployment.spec.template.metadata.labels.version).toBe('v2');
  });

  test('replicas: one Service over every track, the canary sized by weight, baseline like the canary', async () => {
    const objects = await render(helm, canary({ replicaCount: 3, baseline: { enabled: true } }));
    expect(names(objects, 'Deployment')).toEqual([
      'mnist-inference-service',
      'mnist-inference-service-baseline',
      'mnist-inference-service-canary',
    ]);
    const main = find(objects, 'Service', 'mnist-inference-service');
    expect(main.spec.selector).toEqual({
      'app.kubernetes.io/name': 'inference-service',
      'app.kubernetes.io/instance': 'mnist',
    });
    const canaryDeployment = find(objects, 'Deployment', 'mnist-inference-service-canary');
    expect(canaryDeployment.spec.replicas).toBe(1);
    expect(canaryDeployment.spec.template.metadata.labels).toMatchObject({
      track: 'canary',
      version: 'v2',
      release: 'mnist',
    });
    expect(canaryDeployment.spec.template.spec.containers[0].image).toBe('registry.local/mnist:v2');
    const baseline = find(objects, 'Deployment', 'mnist-inference-service-baseline');
    expect(baseline.spec.replicas).toBe(1);
    expect(baseline.spec.template.metadata.labels).toMatchObject({ track: 'baseline', version: 'v1' });
    expect(baseline.spec.template.spec.containers[0].image).toBe('registry.local/mnist:v1');
    expect(find(objects, 'Service', 'mnist-inference-service-canary').spec.selector.track).toBe('canary');
  });

  test.each([
    [0, 3, 0],
    [10, 3, 1],
    [25, 3, 1],
    [50, 3, 3],
    [50, 4, 4],
    [75, 2, 6],
  ])('replicas: weight %i with %i stable pods gives %i canary pods', async (weight, stable, expected) => {
    const objects = await render(
      helm,
      canary({ replicaCount: stable, canary: { enabled: true, image: { tag: 'v2' }, weight } }),
    );
    expect(find(objects, 'Deployment', 'mnist-inference-service-canary').spec.replicas).toBe(expected);
  });

  test('explicit canary.replicas wins over the weight', async () => {
    const objects = await render(
      helm,
      canary({ canary: { enabled: true, image: { tag: 'v2' }, weight: 50, replicas: 2 } }),
    );
    expect(find(objects, 'Deployment', 'mnist-inference-service-canary').spec.replicas).toBe(2);
  });

  test('nginx: a Service per track, the canary Ingress carries the weight, same host and path', async () => {
    const objects = await render(
      helm,
      canary({
        traffic: { method: 'nginx', host: 'mnist.example.com', path: '/v1' },
        canary: { enabled: true, image: { tag: 'v2' }, weight: 25 },
      }),
    );
    expect(names(objects, 'Ingress')).toEqual(['mnist-inference-service', 'mnist-inference-service-canary']);
    const main = find(objects, 'Ingress', 'mnist-inference-service');
    expect(main.metadata.annotations?.['nginx.ingress.kubernetes.io/canary']).toBeUndefined();
    const canaryIngress = find(objects, 'Ingress', 'mnist-inference-service-canary');
    expect(canaryIngress.metadata.annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/canary': 'true',
      'nginx.ingress.kubernetes.io/canary-weight': '25',
    });
    for (const ingress of [main, canaryIngress]) {
      expect(ingress.spec.ingressClassName).toBe('nginx');
      expect(ingress.spec.rules[0].host).toBe('mnist.example.com');
      expect(ingress.spec.rules[0].http.paths[0].path).toBe('/v1');
    }
    expect(canaryIngress.spec.rules[0].http.paths[0].backend.service.name).toBe(
      'mnist-inference-service-canary',
    );
    expect(main.spec.rules[0].http.paths[0].backend.service.name).toBe('mnist-inference-service');
    expect(find(objects, 'Service', 'mnist-inference-service').spec.selector.track).toBe('stable');
    expect(find(objects, 'Deployment', 'mnist-inference-service-canary').spec.replicas).toBe(1);
  });

  test('nginx without a canary renders only the stable Ingress; baseline is refused with the reason', async () => {
    const objects = await render(helm, { traffic: { method: 'nginx' } });
    expect(names(objects, 'Ingress')).toEqual(['mnist-inference-service']);
    expect(
      await renderError(helm, canary({ traffic: { method: 'nginx' }, baseline: { enabled: true } })),
    ).toContain('ingress-nginx routes only one canary per host');
  });

  test('gateway-api: one HTTPRoute whose backend weights add up to 100', async () => {
    const traffic = {
      method: 'gateway-api',
      host: 'mnist.example.com',
      gatewayApi: { parentRefs: [{ name: 'public', namespace: 'gw' }] },
    };
    const withBaseline = await render(
      helm,
      canary({
        traffic,
        baseline: { enabled: true },
        canary: { enabled: true, image: { tag: 'v2' }, weight: 25 },
      }),
    );
    expect(names(withBaseline, 'HTTPRoute')).toEqual(['mnist-inference-service']);
    const route = find(withBaseline, 'HTTPRoute', 'mnist-inference-service');
    expect(route.spec.parentRefs).toEqual([{ name: 'public', namespace: 'gw' }]);
    expect(route.spec.hostnames).toEqual(['mnist.example.com']);
    expect(route.spec.rules[0].backendRefs).toEqual([
      { name: 'mnist-inference-service', port: 80, weight: 50 },
      { name: 'mnist-inference-service-canary', port: 80, weight: 25 },
      { name: 'mnist-inference-service-baseline', port: 80, weight: 25 },
    ]);
    const stableOnly = await render(helm, { traffic });
    expect(find(stableOnly, 'HTTPRoute', 'mnist-inference-service').spec.rules[0].backendRefs).toEqual([
      { name: 'mnist-inference-service', port: 80, weight: 100 },
    ]);
    expect(names(stableOnly, 'Service')).toEqual(['mnist-inference-service']);
  });

  test('gateway-api refuses a route without a parent and weights that do not fit', async () => {
    expect(await renderError(helm, { traffic: { method: 'gateway-api' } })).toContain(
      'traffic.gatewayApi.parentRefs',
    );
    const traffic = { method: 'gateway-api', gatewayApi: { parentRefs: [{ name: 'public' }] } };
    expect(
      await renderError(
        helm,
        canary({
          traffic,
          baseline: { enabled: true },
          canary: { enabled: true, image: { tag: 'v2' }, weight: 60 },
        }),
      ),
    ).toContain('at most 50');
  });

  test('only the weight differs between two canary weights: pod templates are identical', async () => {
    for (const method of ['nginx', 'gateway-api']) {
      const traffic = { method, gatewayApi: { parentRefs: [{ name: 'public' }] } };
      const at = async (weight: number) =>
        (
          await render(helm, canary({ traffic, canary: { enabled: true, image: { tag: 'v2' }, weight } }))
        ).filter((o) => o.kind === 'Deployment');
      expect(await at(50)).toEqual(await at(10));
    }
  });

  test('HPA scales stable, PDB protects stable, ServiceMonitor keeps track/version/release', async () => {
    const objects = await render(
      helm,
      canary({
        autoscaling: { enabled: true, minReplicas: 3, maxReplicas: 6 },
        podDisruptionBudget: { enabled: true },
        serviceMonitor: { enabled: true, labels: { team: 'ml' } },
        resources: { limits: { cpu: '2', memory: '4Gi' } },
      }),
    );
    const hpa = find(objects, 'HorizontalPodAutoscaler', 'mnist-inference-service');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'mnist-inference-service',
    });
    expect(hpa.spec.minReplicas).toBe(3);
    expect(find(objects, 'Deployment', 'mnist-inference-service').spec.replicas).toBeUndefined();
    expect(find(objects, 'Deployment', 'mnist-inference-service-canary').spec.replicas).toBe(1);
    expect(
      find(objects, 'Deployment', 'mnist-inference-service').spec.template.spec.containers[0].resources,
    ).toEqual({
      limits: { cpu: '2', memory: '4Gi' },
    });
    const pdb = find(objects, 'PodDisruptionBudget', 'mnist-inference-service');
    expect(pdb.spec).toMatchObject({ minAvailable: 1, selector: { matchLabels: { track: 'stable' } } });
    const monitor = find(objects, 'ServiceMonitor', 'mnist-inference-service');
    expect(monitor.metadata.labels?.team).toBe('ml');
    expect(monitor.spec.podTargetLabels).toEqual(['track', 'version', 'release']);
    expect(monitor.spec.endpoints[0]).toMatchObject({ port: 'http', path: '/metrics' });
    const metrics = find(objects, 'Service', 'mnist-inference-service-metrics');
    expect(metrics.spec.clusterIP).toBe('None');
    expect(metrics.spec.selector).toEqual({
      'app.kubernetes.io/name': 'inference-service',
      'app.kubernetes.io/instance': 'mnist',
    });
    expect(monitor.spec.selector.matchLabels['app.kubernetes.io/component']).toBe('metrics');
  });

  test.each([
    [
      { canary: { enabled: true, image: { repository: 'x' } } },
      'neither canary.image.tag nor canary.image.digest',
    ],
    [{ canary: { weight: 101 } }, 'weight'],
    [{ traffic: { method: 'istio' } }, 'method'],
    [canary({ canary: { enabled: true, image: { tag: 'v2' }, weight: 100 } }), 'promote instead'],
  ])('refuses %j', async (values, message) => {
    expect(await renderError(helm, values)).toContain(message);
  });
});
