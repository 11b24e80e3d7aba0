import { describe, expect, test } from 'vitest';
import { behaviourOf, loadTimeOf, runTimeOf } from '../../../sandbox/kube/kubelet';
import { defaultNode, gpuNode } from '../../../sandbox/kube/nodes';
import { failedSchedulingMessage, misfit, parseQuantity, podRequest } from '../../../sandbox/kube/scheduler';
import type { KObject } from '../../../sandbox/kube/types';

describe('image behaviours', () => {
  test.each([
    ['model:1.0', 'ready'],
    ['model:1.0-crashloop', 'crashloop'],
    ['registry.local:5000/team/model:2.1-pullfail', 'pullfail'],
    ['model:1.0-unready', 'unready'],
    ['model:1.0-slow', 'slow'],
    ['model-crashloop', 'ready'],
    ['model:1.0-slow@sha256:abc', 'slow'],
  ])('%s behaves %s', (image, behaviour) => {
    expect(behaviourOf(image)).toBe(behaviour);
  });

  test('the map given at start wins over the tag', () => {
    expect(behaviourOf('model:1.0-crashloop', { 'model:1.0-crashloop': 'ready' })).toBe('ready');
    expect(behaviourOf('model:1.0', { 'model:1.0': 'pullfail' })).toBe('pullfail');
  });
});

describe('scheduling on the one node', () => {
  test.each([
    ['500m', 0.5],
    ['2', 2],
    ['512Mi', 512 * 2 ** 20],
    ['1G', 1e9],
    ['1.5Gi', 1.5 * 2 ** 30],
  ])('quantity %s is %d', (q, n) => {
    expect(parseQuantity(q)).toBe(n);
  });

  const pod = (spec: Record<string, unknown>): KObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec,
  });
  const unschedulableReason = (p: KObject): string | undefined => misfit(p, defaultNode(), 0, false);
  test('node selector, cpu and memory requests beyond the node', () => {
    expect(
      unschedulableReason(
        pod({ containers: [{ name: 'a', resources: { requests: { cpu: '2', memory: '4Gi' } } }] }),
      ),
    ).toBeUndefined();
    expect(
      unschedulableReason(pod({ nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [] })),
    ).toBeUndefined();
    expect(unschedulableReason(pod({ nodeSelector: { accelerator: 'a100' }, containers: [] }))).toBe(
      "node(s) didn't match Pod's node affinity/selector",
    );
    expect(
      unschedulableReason(pod({ containers: [{ name: 'a', resources: { limits: { memory: '300Gi' } } }] })),
    ).toBe('Insufficient memory');
  });

  test('GPUs: a limit counts as the request; a node offers one, less what running pods hold', () => {
    const gpuPod = pod({
      containers: [
        { name: 'a', resources: { limits: { 'nvidia.com/gpu': '1' } } },
        { name: 'b', resources: { requests: { 'nvidia.com/gpu': 1 }, limits: { 'nvidia.com/gpu': 1 } } },
      ],
    });
    expect(podRequest(gpuPod, 'nvidia.com/gpu')).toBe(2);
    const one = pod({ containers: [{ name: 'a', resources: { limits: { 'nvidia.com/gpu': '1' } } }] });
    expect(misfit(one, gpuNode(1), 0, true)).toBeUndefined();
    expect(misfit(one, gpuNode(1), 1, true)).toBe('Insufficient nvidia.com/gpu');
    expect(misfit(gpuPod, gpuNode(1), 0, true)).toBe('Insufficient nvidia.com/gpu');
    expect(misfit(one, defaultNode(), 0, true)).toBe('Insufficient nvidia.com/gpu');
    // Without a GPU pool, GPU requests are not limited.
    expect(misfit(gpuPod, defaultNode(), 0, false)).toBeUndefined();
  });

  test('the FailedScheduling message counts the reasons over nodes, as the scheduler does', () => {
    expect(failedSchedulingMessage(['Insufficient nvidia.com/gpu', 'Insufficient nvidia.com/gpu'])).toBe(
      '0/2 nodes are available: 2 Insufficient nvidia.com/gpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    );
    expect(
      failedSchedulingMessage(["node(s) didn't match Pod's node affinity/selector", 'Insufficient cpu']),
    ).toBe(
      "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.",
    );
  });
});

describe('-loads-<duration>', () => {
  test.each([
    ['model:v2-loads-3m', 180_000],
    ['registry.local:5000/model:v2-loads-1m30s', 90_000],
    ['model:v2-loads-250ms@sha256:abc', 250],
  ])('%s loads for %d ms', (image, ms) => {
    expect(behaviourOf(image)).toBe('loads');
    expect(loadTimeOf(image)).toBe(ms);
  });

  test('a tag without a valid duration is an ordinary image', () => {
    expect(behaviourOf('model:v2-loads-soon')).toBe('ready');
    expect(loadTimeOf('model-loads-3m')).toBeUndefined();
  });
});

describe('-runs-<duration>', () => {
  test('a Job image that runs that long, then exits; an ordinary image without a valid duration', () => {
    expect(behaviourOf('hook:v1-runs-60s')).toBe('runs');
    expect(runTimeOf('hook:v1-runs-1m30s')).toBe(90_000);
    expect(behaviourOf('hook:v1-runs-long')).toBe('ready');
    expect(runTimeOf('hook-runs-3m')).toBeUndefined();
  });
});
