import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clusterOptions } from '../../../sandbox/kube/flags';
import type { Json } from '../../../sandbox/kube/types';
import { startSandbox, tool, until, type Sandbox } from './helpers';

const ns = 'default';

const manifest = (name: string, replicas: number) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: server
          image: model:1.0
          resources: { limits: { nvidia.com/gpu: 1 } }
`;

describe('GPU nodes, the scheduler and cluster-autoscaler', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    // As `npm run sandbox -- --kube --gpu-nodes 1 --gpu-max-nodes 2 --scale-up-delay 1500ms` starts it.
    sb = await startSandbox({
      readyDelayMs: 100,
      ...clusterOptions({ 'gpu-nodes': '1', 'gpu-max-nodes': '2', 'scale-up-delay': '1500ms' }),
    });
  });
  afterAll(async () => {
    await sb?.stop();
  });

  const pods = async (app: string): Promise<Json[]> =>
    (await sb.api('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=app%3D${app}`)).body.items;
  const eventsOf = async (pod: string): Promise<Json[]> =>
    (await sb.api('GET', `/api/v1/namespaces/${ns}/events?fieldSelector=involvedObject.name%3D${pod}`)).body
      .items;
  const pending = (p: Json): boolean => !p.spec.nodeName;

  test('GPU pods beyond capacity stay Pending, trigger a scale-up up to the maximum, then are told why not', async () => {
    const nodes = await sb.json(tool('1.31', 'kubectl'), ['get', 'nodes', '-o', 'json']);
    const gpu = nodes.items.find((n: Json) => n.metadata.name === 'gpu-node-1');
    expect(gpu.status.capacity['nvidia.com/gpu']).toBe('1');
    expect(gpu.status.allocatable['nvidia.com/gpu']).toBe('1');
    expect(nodes.items.map((n: Json) => n.metadata.name).sort()).toEqual(['gpu-node-1', 'sandbox-node']);

    await sb.ok(tool('1.31', 'kubectl'), ['apply', '-f', '-'], manifest('llm', 3));
    const first = await until('one pod running on the GPU node and two unschedulable', async () => {
      const all = await pods('llm');
      const waiting = all.filter((p) => p.status?.conditions?.[0]?.reason === 'Unschedulable' && pending(p));
      return all.length === 3 && waiting.length === 2 ? { all, waiting } : undefined;
    });
    expect(first.all.filter((p) => p.spec.nodeName === 'gpu-node-1')).toHaveLength(1);
    const message =
      '0/2 nodes are available: 2 Insufficient nvidia.com/gpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.';
    const told: Json[] = [];
    for (const p of first.waiting) {
      expect(p.status.phase).toBe('Pending');
      expect(p.status.conditions[0]).toMatchObject({ type: 'PodScheduled', status: 'False', message });
      const events = await until(`the autoscaler's word on ${p.metadata.name}`, async () => {
        const e = await eventsOf(p.metadata.name);
        return e.some((x) => x.source.component === 'cluster-autoscaler') ? e : undefined;
      });
      expect(events.find((e) => e.reason === 'FailedScheduling')).toMatchObject({
        type: 'Warning',
        message,
        source: { component: 'default-scheduler' },
      });
      told.push(...events.filter((e) => e.source.component === 'cluster-autoscaler'));
    }
    expect(told.map((e) => [e.reason, e.message]).sort()).toEqual([
      ['NotTriggerScaleUp', "pod didn't trigger scale-up: 1 max node group size reached"],
      ['TriggeredScaleUp', 'pod triggered scale-up: [{gpu-pool 1->2 (max: 2)}]'],
    ]);

    // The node joins after the delay; the pod that triggered it is scheduled there and turns ready.
    const triggered = told.find((e) => e.reason === 'TriggeredScaleUp').involvedObject.name;
    const placed = await until('the triggering pod on the new node', async () => {
      const p = (await sb.api('GET', `/api/v1/namespaces/${ns}/pods/${triggered}`)).body;
      return p.status?.conditions?.some((c: Json) => c.type === 'Ready' && c.status === 'True')
        ? p
        : undefined;
    });
    expect(placed.spec.nodeName).toBe('gpu-node-2');
    expect(placed.status.hostIP).toBe('10.0.1.2');
    const after = await sb.json(tool('1.35', 'kubectl'), ['get', 'nodes', '-o', 'json']);
    expect(after.items.map((n: Json) => n.metadata.name).sort()).toEqual([
      'gpu-node-1',
      'gpu-node-2',
      'sandbox-node',
    ]);
    const still = (await pods('llm')).filter(pending);
    expect(still).toHaveLength(1);

    // A pod that goes frees its GPU: the one still pending is scheduled in its place.
    const victim = (await pods('llm')).find((p) => p.spec.nodeName === 'gpu-node-1')!;
    await sb.ok(tool('1.35', 'kubectl'), ['delete', 'pod', victim.metadata.name, '--wait=true']);
    const moved = await until('the pending pod scheduled on the freed node', async () => {
      const p = (await sb.api('GET', `/api/v1/namespaces/${ns}/pods/${still[0].metadata.name}`)).body;
      return p.spec?.nodeName ? p : undefined;
    });
    expect(moved.spec.nodeName).toBe('gpu-node-1');
    // The replacement for the deleted pod now waits in its turn, at the group's maximum.
    const replacement = await until('the replacement told the group is at its maximum', async () => {
      const p = (await pods('llm')).find((x) => pending(x));
      if (!p) return undefined;
      const e = await eventsOf(p.metadata.name);
      return e.some((x) => x.reason === 'NotTriggerScaleUp') ? p : undefined;
    });
    expect(replacement.status.conditions[0].reason).toBe('Unschedulable');
    await sb.ok(tool('1.35', 'kubectl'), ['delete', 'deployment', 'llm']);
  });

  test('pods asking for no GPU, or more than any node offers, are not the GPU pool’s to grow', async () => {
    await sb.ok(
      tool('1.35', 'kubectl'),
      ['apply', '-f', '-'],
      manifest('huge', 1).replace('gpu: 1', 'gpu: 2'),
    );
    const huge = await until('the 2-GPU pod unschedulable and told', async () => {
      const [p] = await pods('huge');
      if (!p || !pending(p)) return undefined;
      const e = await eventsOf(p.metadata.name);
      return e.find((x) => x.reason === 'NotTriggerScaleUp');
    });
    expect(huge.message).toBe("pod didn't trigger scale-up: 1 Insufficient nvidia.com/gpu");
    await sb.ok(tool('1.35', 'kubectl'), ['create', 'deployment', 'web', '--image=web:1.0']);
    const web = await until('the plain pod running', async () => {
      const [p] = (await sb.api('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=app%3Dweb`)).body.items;
      return p?.status?.phase === 'Running' ? p : undefined;
    });
    expect(web.spec.nodeName).toBe('sandbox-node');
  });
});

describe('without a GPU pool', () => {
  test('GPU requests are not limited', async () => {
    const sb = await startSandbox({ readyDelayMs: 100 });
    try {
      await sb.ok(tool('1.35', 'kubectl'), ['apply', '-f', '-'], manifest('free', 3));
      await sb.ok(tool('1.35', 'kubectl'), ['rollout', 'status', 'deployment/free', '--timeout=60s']);
      const all = (await sb.api('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=app%3Dfree`)).body.items;
      expect(all.map((p: Json) => p.spec.nodeName)).toEqual(['sandbox-node', 'sandbox-node', 'sandbox-node']);
    } finally {
      await sb.stop();
    }
  });
});
