import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  addCanaryTracks,
  canaryReplicasFor,
  versionLabel,
} from '../../../actions/deploy-canary/canary-manifests';

type Obj = {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
};

function objects(stream: string): Obj[] {
  return parseAllDocuments(stream)
    .map((d) => d.toJS() as Obj | null)
    .filter((o): o is Obj => !!o);
}

function deployment(name: string, selector: Record<string, string>, containers: string, replicas = 2) {
  const labels = Object.entries(selector)
    .map(([k, v]) => `        ${k}: ${v}`)
    .join('\n');
  return `# Source: chart/templates/${name}.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
${labels.replace(/^ {4}/gm, '')}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
${labels.replace(/^ {2}/gm, '')}
  template:
    metadata:
      labels:
${labels}
    spec:
      containers:
${containers}
`;
}

const SERVICE = `# Source: chart/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app.kubernetes.io/name: web
    app.kubernetes.io/instance: r
  ports: [{ port: 80 }]
`;

const HELM_CREATE = [
  SERVICE,
  deployment(
    'r-web',
    { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'r' },
    '        - name: web\n          image: "registry.local/m:v1"\n          ports: [{ containerPort: 80 }]',
  ),
].join('---\n');

describe('addCanaryTracks', () => {
  test('a helm create chart: stable labelled, a canary copy with its image, labels and replicas', () => {
    const out = objects(
      addCanaryTracks(HELM_CREATE, {
        modelRepository: 'registry.local/m',
        canary: { image: 'registry.local/m:v2', weight: 10 },
      }),
    );
    expect(out.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Service/web',
      'Deployment/r-web',
      'Deployment/r-web-canary',
    ]);
    const [service, stable, canary] = out as [Obj, Obj, Obj];
    expect(service.spec.selector).toEqual({
      'app.kubernetes.io/name': 'web',
      'app.kubernetes.io/instance': 'r',
    });
    // The stable selector is immutable: unchanged; only its pods are labelled.
    expect(stable.spec.selector.matchLabels).toEqual(service.spec.selector);
    expect(stable.spec.template.metadata.labels).toMatchObject({ track: 'stable', version: 'v1' });
    expect(stable.metadata.labels).not.toHaveProperty('track');
    expect(canary.spec.replicas).toBe(1);
    expect(canary.spec.selector.matchLabels).toEqual({ ...service.spec.selector, track: 'canary' });
    expect(canary.spec.template.metadata.labels).toEqual({
      ...service.spec.selector,
      track: 'canary',
      version: 'v2',
    });
    expect(canary.metadata.labels).toMatchObject({ track: 'canary', version: 'v2' });
    expect(canary.spec.template.spec.containers).toEqual([
      { name: 'web', image: 'registry.local/m:v2', ports: [{ containerPort: 80 }] },
    ]);
    // The Service selects both tracks: traffic follows the replica ratio.
    for (const d of [stable, canary]) {
      expect(
        Object.entries(service.spec.selector).every(([k, v]) => d.spec.template.metadata.labels[k] === v),
      ).toBe(true);
    }
  });

  test('sidecars and mounted configuration stay; only the model container changes image', () => {
    const containers = `        - name: proxy
          image: envoyproxy/envoy:v1.31
        - name: model
          image: ghcr.io/acme/model:1.0@sha256:${'a'.repeat(64)}
          env: [{ name: MODEL_CONFIG, value: /etc/model/config.yaml }]
          volumeMounts: [{ name: config, mountPath: /etc/model }]
      volumes:
        - name: config
          configMap: { name: model-config }`;
    const stream = deployment('model', { app: 'model', release: 'r' }, containers, 4);
    const out = objects(
      addCanaryTracks(stream, {
        modelRepository: 'ghcr.io/acme/model',
        canary: { image: 'ghcr.io/acme/model:1.1', weight: 20, replicas: 3 },
        baseline: true,
      }),
    );
    expect(out.map((o) => o.metadata.name)).toEqual(['model', 'model-canary', 'model-baseline']);
    const [stable, canary, baseline] = out as [Obj, Obj, Obj];
    expect(stable.spec.template.metadata.labels).toEqual({
      app: 'model',
      release: 'r',
      track: 'stable',
      version: '1.0',
    });
    expect(canary.spec.replicas).toBe(3);
    expect(baseline.spec.replicas).toBe(3);
    expect(canary.spec.template.spec.containers.map((c: { image: string }) => c.image)).toEqual([
      'envoyproxy/envoy:v1.31',
      'ghcr.io/acme/model:1.1',
    ]);
    expect(baseline.spec.template.spec.containers[1].image).toBe(
      stable.spec.template.spec.containers[1].image,
    );
    expect(baseline.spec.selector.matchLabels).toEqual({ app: 'model', release: 'r', track: 'baseline' });
    for (const copy of [canary, baseline]) {
      expect(copy.spec.template.spec.volumes).toEqual(stable.spec.template.spec.volumes);
      expect(copy.spec.template.spec.containers[1].env).toEqual(stable.spec.template.spec.containers[1].env);
    }
  });

  test('with several Deployments, only the workload named gets a canary', () => {
    const stream = [
      deployment('r-gateway', { app: 'gateway' }, '        - name: gw\n          image: nginx:1.27'),
      deployment('r-model', { app: 'model' }, '        - name: model\n          image: acme/model:v1', 3),
    ].join('---\n');
    const config = { workload: 'r-model', canary: { image: 'acme/model:v2', weight: 25 } };
    const out = objects(addCanaryTracks(stream, config));
    expect(out.map((o) => o.metadata.name)).toEqual(['r-gateway', 'r-model', 'r-model-canary']);
    expect(out[0]!.spec.template.metadata.labels).toEqual({ app: 'gateway' });
    expect(out[2]!.spec.replicas).toBe(1);
    expect(() => addCanaryTracks(stream, { ...config, workload: 'r-api' })).toThrow(
      'workload r-api is not a Deployment of the chart (it renders r-gateway, r-model)',
    );
  });

  test('without a canary only the stable track is labelled (install, promote)', () => {
    const out = objects(addCanaryTracks(HELM_CREATE, { modelRepository: 'registry.local/m' }));
    expect(out).toHaveLength(2);
    expect(out[1]!.spec.template.metadata.labels).toMatchObject({ track: 'stable', version: 'v1' });
  });

  test('a model container that cannot be told from its sidecars is refused with the containers', () => {
    const stream = deployment(
      'm',
      { app: 'm' },
      '        - name: a\n          image: x/a:1\n        - name: b\n          image: x/b:1',
    );
    expect(() =>
      addCanaryTracks(stream, { modelRepository: 'x/model', canary: { image: 'x/model:2', weight: 10 } }),
    ).toThrow(/Deployment m has 2 containers and none runs x\/model: a \(x\/a:1\), b \(x\/b:1\)/);
  });

  test('a track the chart renders itself is not copied again', () => {
    const own = deployment(
      'r-chart-canary',
      { app: 'web', track: 'canary' },
      '        - name: web\n          image: x/m:2',
      1,
    );
    const out = objects(
      addCanaryTracks(`${HELM_CREATE}---\n${own}`, { canary: { image: 'x/m:2', weight: 10 } }),
    );
    expect(out.map((o) => o.metadata.name)).toEqual(['web', 'r-web', 'r-web-canary', 'r-chart-canary']);
    expect(out[3]!.spec.template.metadata.labels).toEqual({ app: 'web', track: 'canary' });
  });

  test('a chart without a Deployment is refused', () => {
    expect(() => addCanaryTracks(SERVICE, { canary: { image: 'x:2', weight: 10 } })).toThrow(
      'the chart renders no Deployment',
    );
  });
});

describe('canary replicas and version labels', () => {
  test.each([
    [10, 2, 1],
    [25, 3, 1],
    [50, 2, 2],
    [75, 2, 6],
    [0, 2, 0],
  ])('weight %i with %i stable pods: %i canary pods', (weight, stable, expected) => {
    expect(canaryReplicasFor(weight, stable)).toBe(expected);
  });

  test('weight 100 cannot be reached by ratio', () => {
    expect(() => canaryReplicasFor(100, 2)).toThrow('weight 100 cannot be reached by replica ratio');
  });

  test.each([
    ['registry.local:5000/m:v2', 'v2'],
    [`m@sha256:${'b'.repeat(64)}`, `sha256-${'b'.repeat(56)}`],
    ['m:1.0+build', '1.0_build'],
  ])('%s → %s', (image, label) => {
    expect(versionLabel(image)).toBe(label);
  });
});
