import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../sandbox/kube/types';
import { startSandbox, tool, until, type Sandbox } from './helpers';

const ns = 'default';

describe('-loads-<duration>: a model server loading its weights', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 100 });
  });
  afterAll(async () => {
    await sb?.stop();
  });

  test('runs at once, is Ready only after the load, with the kubelet events in between', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'model' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'model' } },
        template: {
          metadata: { labels: { app: 'model' } },
          spec: { containers: [{ name: 'server', image: 'model:v2-loads-3s' }] },
        },
      },
    };
    expect((await sb.api('POST', `/apis/apps/v1/namespaces/${ns}/deployments`, deployment)).status).toBe(201);
    const running = await until('a running pod', async () => {
      const [p] = (await sb.api('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=app%3Dmodel`)).body.items;
      return p?.status?.containerStatuses?.[0]?.state?.running ? p : undefined;
    });
    expect(running.status.phase).toBe('Running');
    expect(running.status.containerStatuses[0].ready).toBe(false);

    const rollout = await sb.run(tool('1.35', 'kubectl'), [
      'rollout',
      'status',
      'deployment/model',
      '--timeout=60s',
    ]);
    expect(rollout.code).toBe(0);
    const pod = (await sb.api('GET', `/api/v1/namespaces/${ns}/pods/${running.metadata.name}`)).body;
    const cs = pod.status.containerStatuses[0];
    expect(cs.ready).toBe(true);
    expect(cs.restartCount).toBe(0);
    const ready = pod.status.conditions.find((c: Json) => c.type === 'Ready');
    expect(
      Date.parse(ready.lastTransitionTime) - Date.parse(cs.state.running.startedAt),
    ).toBeGreaterThanOrEqual(3000);

    const events: Json[] = (
      await sb.api(
        'GET',
        `/api/v1/namespaces/${ns}/events?fieldSelector=involvedObject.name%3D${pod.metadata.name}`,
      )
    ).body.items.sort(
      (a: Json, b: Json) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion),
    );
    const reasons = events.map((e) => e.reason);
    expect(reasons.slice(0, 5)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    const unhealthy = events.find((e) => e.reason === 'Unhealthy');
    expect(unhealthy).toMatchObject({
      type: 'Warning',
      message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      source: { component: 'kubelet' },
      involvedObject: { fieldPath: 'spec.containers{server}' },
    });
    // Probed every second (5 × the ready delay) for 3 s: the one event is repeated, as the kubelet does.
    expect(unhealthy.count).toBeGreaterThanOrEqual(2);

    const log = await sb.ok(tool('1.35', 'kubectl'), ['logs', pod.metadata.name]);
    expect(log).toContain('loading model weights (expected 3s)');
    expect(log).toContain('model weights loaded');
  });
});
