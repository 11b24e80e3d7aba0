import { describe, expect, test } from 'vitest';
import { behaviourOf, loadTimeOf, parseQuantity, unschedulableReason } from '../../../sandbox/kube/kubelet';
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
  test('node selector, cpu and memory requests beyond the node', () => {
    expect(
      unschedulableReason(
        pod({ containers: [{ name: 'a', resources: { requests: { cpu: '2', memory: '4Gi' } } }] }),
      ),
    ).toBeUndefined();
    expect(
      unschedulableReason(pod({ nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [] })),
    ).toBeUndefined();
    expect(unschedulableReason(pod({ nodeSelector: { accelerator: 'a100' }, containers: [] }))).toContain(
      "didn't match",
    );
    expect(
      unschedulableReason(pod({ containers: [{ name: 'a', resources: { limits: { memory: '300Gi' } } }] })),
    ).toBe('1 Insufficient memory.');
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
