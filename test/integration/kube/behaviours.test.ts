import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../sandbox/kube/types';
import { podReady } from '../../../sandbox/kube/controllers';
import { follow, startSandbox, tool, until, type Sandbox } from './helpers';

const kubectl = tool('1.35', 'kubectl');
const ns = 'default';

function deployment(name: string, image: string, extra: Json = {}): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'server', image }] } },
      ...extra,
    },
  };
}

describe('pod behaviours by image, rolling updates and events', () => {
  let sb: Sandbox;
  const create = async (body: Json) => {
    const r = await sb.api('POST', `/apis/apps/v1/namespaces/${ns}/deployments`, body);
    expect(r.status).toBe(201);
    return r.body;
  };
  const podsOf = async (app: string): Promise<Json[]> =>
    (await sb.api('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=app%3D${app}`)).body.items;
  const eventsOf = async (pod: string): Promise<Json[]> =>
    (await sb.api('GET', `/api/v1/namespaces/${ns}/events?fieldSelector=involvedObject.name%3D${pod}`)).body
      .items;

  beforeAll(async () => {
    sb = await startSandbox({
      readyDelayMs: 100,
      imageBehaviours: { 'registry.local/mapped:1.0': 'crashloop' },
    });
  });
  afterAll(async () => {
    await sb?.stop();
  });

  test('-crashloop: the container restarts, restartCount climbs, CrashLoopBackOff with BackOff events and a previous log', async () => {
    await create(deployment('crash', 'model:1.0-crashloop'));
    const pod = await until('two restarts', async () => {
      const [p] = await podsOf('crash');
      return p?.status?.containerStatuses?.[0]?.restartCount >= 2 ? p : undefined;
    });
    const cs = pod.status.containerStatuses[0];
    expect(cs.ready).toBe(false);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(pod.status.phase).toBe('Running');
    await until('CrashLoopBackOff', async () => {
      const [p] = await podsOf('crash');
      return p.status.containerStatuses[0].state.waiting?.reason === 'CrashLoopBackOff';
    });
    const events = await eventsOf(pod.metadata.name);
    const backOff = events.find((e) => e.reason === 'BackOff');
    expect(backOff).toMatchObject({
      type: 'Warning',
      source: { component: 'kubelet' },
      involvedObject: { kind: 'Pod', fieldPath: 'spec.containers{server}' },
    });
    expect(events.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started', 'BackOff']),
    );
    const previous = await sb.ok(kubectl, ['logs', pod.metadata.name, '--previous']);
    expect(previous).toContain('exit code 1');
    const rollout = await sb.run(kubectl, ['rollout', 'status', 'deployment/crash', '--timeout=2s']);
    expect(rollout.code).not.toBe(0);
  });

  test('an image mapped to a behaviour at start behaves so whatever its tag', async () => {
    await create(deployment('mapped', 'registry.local/mapped:1.0'));
    await until(
      'a restart',
      async () => (await podsOf('mapped'))[0]?.status?.containerStatuses?.[0]?.restartCount >= 1,
    );
  });

  test('-pullfail: ErrImagePull then ImagePullBackOff, pod Pending, Failed and BackOff events', async () => {
    await create(deployment('pull', 'model:1.0-pullfail'));
    const pod = await until('ImagePullBackOff', async () => {
      const [p] = await podsOf('pull');
      return p?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff' ? p : undefined;
    });
    expect(pod.status.phase).toBe('Pending');
    const events = await eventsOf(pod.metadata.name);
    const messages = events.map((e) => `${e.type}/${e.reason}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Warning/Failed: Error: ErrImagePull',
        'Warning/Failed: Error: ImagePullBackOff',
        'Normal/BackOff: Back-off pulling image "model:1.0-pullfail"',
      ]),
    );
    expect(
      messages.some((m) =>
        m.startsWith('Warning/Failed: Failed to pull image "model:1.0-pullfail": rpc error: code = NotFound'),
      ),
    ).toBe(true);
  });

  test('-unready: running but never Ready, Unhealthy events; progress deadline exceeded as kubectl reads it', async () => {
    await create(deployment('unready', 'model:1.0-unready', { progressDeadlineSeconds: 1 }));
    const pod = await until('a running pod', async () => {
      const [p] = await podsOf('unready');
      return p?.status?.containerStatuses?.[0]?.state?.running ? p : undefined;
    });
    expect(pod.status.containerStatuses[0].ready).toBe(false);
    await until('an Unhealthy event', async () =>
      (await eventsOf(pod.metadata.name)).some((e) => e.reason === 'Unhealthy' && e.type === 'Warning'),
    );
    const d = await until('ProgressDeadlineExceeded', async () => {
      const dep = (await sb.api('GET', `/apis/apps/v1/namespaces/${ns}/deployments/unready`)).body;
      const c = dep.status?.conditions?.find((x: Json) => x.type === 'Progressing');
      return c?.reason === 'ProgressDeadlineExceeded' ? dep : undefined;
    });
    expect(d.status.conditions.find((c: Json) => c.type === 'Progressing').status).toBe('False');
    const rollout = await sb.run(kubectl, ['rollout', 'status', 'deployment/unready', '--timeout=30s']);
    expect(rollout.code).not.toBe(0);
    expect(rollout.stderr).toContain('exceeded its progress deadline');
  });

  test('-slow: running, not Ready long after ordinary pods are', async () => {
    await create(deployment('slow', 'model:1.0-slow'));
    await create(deployment('quick', 'model:1.0'));
    await until(
      'the quick pod ready',
      async () => (await podsOf('quick'))[0]?.status?.containerStatuses?.[0]?.ready === true,
    );
    const [slow] = await podsOf('slow');
    expect(slow.status.containerStatuses[0].state.running).toBeDefined();
    expect(slow.status.containerStatuses[0].ready).toBe(false);
  });

  test('a rolling update keeps within maxSurge and maxUnavailable at every pod change', async () => {
    await create(
      deployment('roll', 'model:1.0', {
        replicas: 4,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      }),
    );
    await sb.ok(kubectl, ['rollout', 'status', 'deployment/roll', '--timeout=60s']);
    // Follow the pods as a client does, through a watch, and count the ones not terminating after each change.
    const list = (await sb.api('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=app%3Droll`)).body;
    const state = new Map<string, Json>(list.items.map((p: Json) => [p.metadata.name, p]));
    const samples: { total: number; ready: number }[] = [];
    const watch = await follow(
      `${sb.emulator.url}/api/v1/namespaces/${ns}/pods?watch=1&labelSelector=app%3Droll&resourceVersion=${list.metadata.resourceVersion}`,
      (event) => {
        if (event.type === 'DELETED') state.delete(event.object.metadata.name);
        else state.set(event.object.metadata.name, event.object);
        const active = [...state.values()].filter((p) => !p.metadata.deletionTimestamp);
        const ready = active.filter((p) =>
          p.status?.conditions?.some((c: Json) => c.type === 'Ready' && c.status === 'True'),
        );
        samples.push({ total: active.length, ready: ready.length });
      },
    );
    try {
      await sb.ok(kubectl, ['set', 'image', 'deployment/roll', 'server=model:2.0']);
      await sb.ok(kubectl, ['rollout', 'status', 'deployment/roll', '--timeout=60s']);
      await until('the old pods gone', () => state.size === 4);
    } finally {
      await watch.stop();
    }
    expect(samples.length).toBeGreaterThan(8);
    expect(Math.max(...samples.map((x) => x.total))).toBe(5);
    expect(Math.min(...samples.map((x) => x.ready))).toBe(4);
    expect([...state.values()].map((p) => p.spec.containers[0].image)).toEqual(Array(4).fill('model:2.0'));
    const events = (
      await sb.api(
        'GET',
        `/api/v1/namespaces/${ns}/events?fieldSelector=involvedObject.kind%3DDeployment,involvedObject.name%3Droll`,
      )
    ).body.items;
    expect(
      events.every(
        (e: Json) => e.reason === 'ScalingReplicaSet' && e.source.component === 'deployment-controller',
      ),
    ).toBe(true);
    expect(events.some((e: Json) => /^Scaled down replica set roll-\w+ from 1 to 0$/.test(e.message))).toBe(
      true,
    );
  });

  test('minReadySeconds: a ready pod counts as available only after it', async () => {
    await create(deployment('minready', 'model:1.0', { minReadySeconds: 3 }));
    const first = await until('a ready replica', async () => {
      const d = (await sb.api('GET', `/apis/apps/v1/namespaces/${ns}/deployments/minready`)).body;
      return d.status?.readyReplicas === 1 ? d : undefined;
    });
    expect(first.status.availableReplicas ?? 0).toBe(0);
    expect(first.status.conditions.find((c: Json) => c.type === 'Available').status).toBe('False');
    await until('an available replica', async () => {
      const d = (await sb.api('GET', `/apis/apps/v1/namespaces/${ns}/deployments/minready`)).body;
      return d.status?.availableReplicas === 1;
    });
  });

  test('the Recreate strategy removes the old pods before it starts new ones', async () => {
    await create(deployment('recreate', 'model:1.0', { replicas: 2, strategy: { type: 'Recreate' } }));
    await sb.ok(kubectl, ['rollout', 'status', 'deployment/recreate', '--timeout=60s']);
    const mixed: string[][] = [];
    const off = sb.emulator.onChange(() => {
      const images = new Set(
        sb.emulator
          .pods()
          .filter((p) => p.labels.app === 'recreate')
          .map((p) => p.image),
      );
      if (images.size > 1) mixed.push([...images]);
    });
    try {
      await sb.ok(kubectl, ['set', 'image', 'deployment/recreate', 'server=model:2.0']);
      await sb.ok(kubectl, ['rollout', 'status', 'deployment/recreate', '--timeout=60s']);
    } finally {
      off();
    }
    expect(mixed).toEqual([]);
  });

  test('pods the one node cannot take stay Pending, PodScheduled=False/Unschedulable, with FailedScheduling', async () => {
    await create(
      deployment('gpu', 'model:1.0', {
        template: {
          metadata: { labels: { app: 'gpu' } },
          spec: { nodeSelector: { gpu: 'true' }, containers: [{ name: 'server', image: 'model:1.0' }] },
        },
      }),
    );
    await create(
      deployment('big', 'model:1.0', {
        template: {
          metadata: { labels: { app: 'big' } },
          spec: {
            containers: [
              { name: 'server', image: 'model:1.0', resources: { requests: { cpu: '100', memory: '1Gi' } } },
            ],
          },
        },
      }),
    );
    for (const [app, why] of [
      ['gpu', "1 node(s) didn't match Pod's node affinity/selector."],
      ['big', '1 Insufficient cpu.'],
    ] as const) {
      const pod = await until(`${app} unschedulable`, async () => {
        const [p] = await podsOf(app);
        return p?.status?.conditions?.[0]?.reason === 'Unschedulable' ? p : undefined;
      });
      expect(pod.status.phase).toBe('Pending');
      expect(pod.spec.nodeName).toBeUndefined();
      expect(pod.status.conditions[0]).toMatchObject({ type: 'PodScheduled', status: 'False' });
      expect(pod.status.conditions[0].message).toContain(`0/1 nodes are available: ${why}`);
      const events = await eventsOf(pod.metadata.name);
      expect(events).toEqual([
        expect.objectContaining({
          type: 'Warning',
          reason: 'FailedScheduling',
          source: { component: 'default-scheduler' },
        }),
      ]);
    }
  });

  test('a deleted pod terminates: not ready, Killing event, replaced at once, then gone', async () => {
    const [pod] = await podsOf('quick');
    const watch = await follow(
      `${sb.emulator.url}/api/v1/namespaces/${ns}/pods?watch=1&fieldSelector=metadata.name%3D${pod.metadata.name}&resourceVersion=${pod.metadata.resourceVersion}`,
    );
    const deleted = await sb.api('DELETE', `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}`);
    expect(deleted.body.metadata.deletionTimestamp).toBeDefined();
    expect(deleted.body.metadata.deletionGracePeriodSeconds).toBe(30);
    await until('a replacement', async () =>
      (await podsOf('quick')).some((p) => p.metadata.name !== pod.metadata.name),
    );
    await until(
      'the pod gone',
      async () => (await sb.api('GET', `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}`)).status === 404,
    );
    await until('the DELETED event', () => watch.events.some((e) => e.type === 'DELETED'));
    await watch.stop();
    const seen = watch.events.map(
      (e) =>
        `${e.type} ${e.object.status.phase} ready=${podReady(e.object)} terminating=${!!e.object.metadata.deletionTimestamp}`,
    );
    expect(seen).toEqual([
      'MODIFIED Running ready=true terminating=true',
      'MODIFIED Running ready=false terminating=true',
      'MODIFIED Succeeded ready=false terminating=true',
      'DELETED Succeeded ready=false terminating=true',
    ]);
    const events = await eventsOf(pod.metadata.name);
    expect(events.map((e) => e.reason)).toContain('Killing');
    await until(
      'the replacement ready',
      async () => (await podsOf('quick'))[0]?.status?.containerStatuses?.[0]?.ready === true,
    );
    const [replacement] = await podsOf('quick');
    await sb.ok(kubectl, ['delete', 'pod', replacement.metadata.name, '--grace-period=0', '--force']);
    expect((await sb.api('GET', `/api/v1/namespaces/${ns}/pods/${replacement.metadata.name}`)).status).toBe(
      404,
    );
  });

  test('pod logs through kubectl logs, and the kubelet refusals for containers without one', async () => {
    const pod = await until('a ready quick pod', async () => {
      const [p] = await podsOf('quick');
      return p?.status?.containerStatuses?.[0]?.ready ? p : undefined;
    });
    const log = await sb.ok(kubectl, ['logs', pod.metadata.name]);
    expect(log).toContain('starting model:1.0');
    expect(log).toContain('ready: serving');
    const previous = await sb.api(
      'GET',
      `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}/log?previous=true`,
    );
    expect(previous.status).toBe(400);
    expect(previous.body.message).toBe(
      `previous terminated container "server" in pod "${pod.metadata.name}" not found`,
    );
    const [pulling] = await podsOf('pull');
    const waiting = await sb.run(kubectl, ['logs', pulling.metadata.name]);
    expect(waiting.code).not.toBe(0);
    expect(waiting.stderr).toContain(
      `container "server" in pod "${pulling.metadata.name}" is waiting to start: trying and failing to pull image`,
    );
    const unknown = await sb.api(
      'GET',
      `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}/log?container=nope`,
    );
    expect(unknown.body).toMatchObject({
      kind: 'Status',
      code: 400,
      message: `container nope is not valid for pod ${pod.metadata.name}`,
    });
  });
});

describe('fault injection', () => {
  test('every resource request answers 429 with Retry-After at rate 1; discovery is left alone', async () => {
    const sb = await startSandbox({ faults: { rate: 1, codes: [429] } });
    try {
      const res = await fetch(`${sb.emulator.url}/api/v1/namespaces/default/pods`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await res.json()).toMatchObject({ kind: 'Status', reason: 'TooManyRequests', code: 429 });
      expect((await fetch(`${sb.emulator.url}/api/v1`)).status).toBe(200);
    } finally {
      await sb.stop();
    }
  });

  test('409 only on writes, 500 on reads, in the share asked for, after the latency asked for', async () => {
    const sb = await startSandbox({ faults: { rate: 0.5, codes: [409, 500], latencyMs: 20 } });
    try {
      const reads: number[] = [];
      const started = Date.now();
      for (let i = 0; i < 40; i++)
        reads.push((await fetch(`${sb.emulator.url}/api/v1/namespaces/default/configmaps`)).status);
      expect(Date.now() - started).toBeGreaterThanOrEqual(40 * 15);
      expect(new Set(reads)).toEqual(new Set([200, 500]));
      const writes: number[] = [];
      for (let i = 0; i < 40; i++) {
        const r = await sb.api('POST', '/api/v1/namespaces/default/configmaps', {
          metadata: { name: `c${i}` },
        });
        writes.push(r.status);
      }
      expect(writes).toContain(201);
      expect(writes.filter((s) => s !== 201).every((s) => s === 409 || s === 500)).toBe(true);
      expect(writes.filter((s) => s !== 201).length).toBeGreaterThan(5);
    } finally {
      await sb.stop();
    }
  });
});
