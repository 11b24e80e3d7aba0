import { describe, expect, test } from 'vitest';
import {
  verifyCanary,
  type CanaryExpectation,
  type ClusterState,
  type ServiceLike,
} from '../../../lib/canary-verification';
import { ignoredKeys } from '../../../actions/deploy-canary/canary-check';
import { DEFAULT_VALUE_KEYS } from '../../../actions/deploy-canary/canary-values';

const helm = { 'meta.helm.sh/release-name': 'r', 'meta.helm.sh/release-namespace': 'default' };

function deployment(
  name: string,
  selector: Record<string, string>,
  image: string,
  replicas: number,
  template = selector,
) {
  return {
    metadata: { name, annotations: helm },
    spec: {
      replicas,
      selector: { matchLabels: selector },
      template: { metadata: { labels: template }, spec: { containers: [{ image }] } },
    },
  };
}

function pod(name: string, labels: Record<string, string>, image: string, ready = true) {
  return {
    metadata: { name, labels },
    spec: { containers: [{ image }] },
    status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  };
}

function service(name: string, selector: Record<string, string>): ServiceLike {
  return { metadata: { name, annotations: helm }, spec: { selector } };
}

const sel = { app: 'm', release: 'r' };
const canarySel = { ...sel, track: 'canary' };

/** A stable Deployment and a canary Deployment of the `app`/`release` convention behind one Service. */
function state(overrides: Partial<ClusterState> = {}): ClusterState {
  return {
    deployments: [
      deployment('m', sel, 'x/m:1', 2, { ...sel, track: 'stable' }),
      deployment('m-canary', canarySel, 'x/m:2', 1),
    ],
    pods: [
      pod('m-a', { ...sel, track: 'stable' }, 'x/m:1'),
      pod('m-b', { ...sel, track: 'stable' }, 'x/m:1'),
      pod('m-canary-a', canarySel, 'x/m:2'),
    ],
    services: [service('m', sel)],
    ingresses: [],
    httpRoutes: [],
    ...overrides,
  };
}

const expectation: CanaryExpectation = {
  release: 'r',
  namespace: 'default',
  image: 'x/m:2',
  weight: 10,
  baseline: false,
  sameImage: (a, b) => a === b,
};

describe('verifyCanary', () => {
  test('a canary Deployment with Ready pods selected by the stable Service is verified', () => {
    expect(verifyCanary(state(), expectation)).toEqual({
      verified: true,
      summary:
        'canary m-canary: 1 Ready pod of x/m:2, selected with the stable pods by Service m (traffic by replica ratio)',
    });
  });

  test('no workload running the canary image: the phantom canary, with what runs instead', () => {
    const s = state({ deployments: [deployment('m', sel, 'x/m:1', 2)], pods: [pod('m-a', sel, 'x/m:1')] });
    expect(verifyCanary(s, expectation)).toEqual({
      verified: false,
      missing: ['no Deployment of release r runs the canary image x/m:2 (m runs x/m:1)'],
    });
  });

  test('Deployments of other releases do not count', () => {
    const other = deployment('m-canary', canarySel, 'x/m:2', 1);
    other.metadata.annotations = { 'meta.helm.sh/release-name': 'other' } as typeof helm;
    const s = state({ deployments: [deployment('m', sel, 'x/m:1', 2), other] });
    expect(verifyCanary(s, expectation).verified).toBe(false);
  });

  test('pods not Ready, a wrong pod count and a missing baseline are each named', () => {
    const s = state({ pods: [pod('m-a', sel, 'x/m:1'), pod('m-canary-a', canarySel, 'x/m:2', false)] });
    expect(verifyCanary(s, { ...expectation, replicas: 2, baseline: true })).toEqual({
      verified: false,
      missing: [
        'the canary (m-canary) declares 1 pods, not the 2 asked for',
        '0 of 1 canary pods are Ready',
        'no baseline Deployment (pods labelled track=baseline) although the step asked for one',
      ],
    });
  });

  test('a canary no Service of the stable pods selects gets no traffic by replica ratio', () => {
    const s = state({
      services: [service('m', { ...sel, track: 'stable' }), service('m-canary', canarySel)],
    });
    const result = verifyCanary(s, expectation);
    expect(result).toEqual({
      verified: false,
      missing: [
        'no Service that selects the stable pods, canary Ingress or HTTPRoute backend of the release sends traffic to the canary pods (m selects app=m,release=r,track=stable; m-canary selects app=m,release=r,track=canary)',
      ],
    });
  });

  test('a canary Ingress or a weighted HTTPRoute backend reaches it', () => {
    const services = [service('m', { ...sel, track: 'stable' }), service('m-canary', canarySel)];
    const ingress = {
      metadata: {
        name: 'm-canary',
        annotations: {
          ...helm,
          'nginx.ingress.kubernetes.io/canary': 'true',
          'nginx.ingress.kubernetes.io/canary-weight': '10',
        },
      },
      spec: { rules: [{ http: { paths: [{ backend: { service: { name: 'm-canary' } } }] } }] },
    };
    expect(
      verifyCanary(state({ services, ingresses: [ingress] }), { ...expectation, traffic: 'nginx' }),
    ).toMatchObject({
      verified: true,
      summary: expect.stringContaining('canary Ingress m-canary sends 10% to Service m-canary'),
    });
    const route = {
      metadata: { name: 'm', annotations: helm },
      spec: {
        rules: [
          {
            backendRefs: [
              { name: 'm', weight: 75 },
              { name: 'm-canary', weight: 25 },
            ],
          },
        ],
      },
    };
    expect(verifyCanary(state({ services, httpRoutes: [route] }), expectation)).toMatchObject({
      verified: true,
      summary: expect.stringContaining('HTTPRoute m sends 25% to Service m-canary'),
    });
    // Asked for replicas: the per-track Services do not count.
    expect(
      verifyCanary(state({ services, httpRoutes: [route] }), { ...expectation, traffic: 'replicas' })
        .verified,
    ).toBe(false);
  });

  test.each([
    [
      'app.kubernetes.io/name + instance',
      { 'app.kubernetes.io/name': 'm', 'app.kubernetes.io/instance': 'r' },
    ],
    ['app', { app: 'm' }],
    ['release', { release: 'r' }],
  ])('the %s label convention', (_name, labels) => {
    const canaryLabels = { ...labels, track: 'canary' };
    const s = state({
      deployments: [deployment('m', labels, 'x/m:1', 1), deployment('m-canary', canaryLabels, 'x/m:2', 1)],
      pods: [pod('m-a', labels, 'x/m:1'), pod('m-canary-a', canaryLabels, 'x/m:2')],
      services: [service('m', labels)],
    });
    expect(verifyCanary(s, expectation).verified).toBe(true);
  });
});

describe('ignoredKeys', () => {
  const source = (chartDefaults: Record<string, unknown>) => ({
    mode: 'values' as const,
    reason: '',
    chartDefaults,
  });
  const check = { release: 'r', namespace: 'default', image: 'x/m:2', weight: 10, baseline: true };

  test('every key the step set that the chart does not have', () => {
    expect(ignoredKeys(check, DEFAULT_VALUE_KEYS, source({ image: { repository: 'x/m' } }))).toEqual([
      'canary.enabled',
      'canary.image.repository',
      'canary.image.tag',
      'canary.weight',
      'baseline.enabled',
    ]);
  });

  test('none for a chart with canary values', () => {
    const defaults = {
      canary: { enabled: false, image: { repository: '', tag: '' }, weight: 0, replicas: null },
      baseline: { enabled: false },
    };
    expect(ignoredKeys({ ...check, replicas: 2 }, DEFAULT_VALUE_KEYS, source(defaults))).toEqual([]);
  });
});
