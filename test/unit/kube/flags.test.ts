import { describe, expect, test } from 'vitest';
import { clusterOptions } from '../../../sandbox/kube/flags';

describe('npm run sandbox cluster flags', () => {
  test('GPU pool, autoscaler delay and RBAC', () => {
    expect(clusterOptions({})).toEqual({ gpuNodes: undefined, gpuMaxNodes: undefined });
    expect(
      clusterOptions({ 'gpu-nodes': '1', 'gpu-max-nodes': '3', 'scale-up-delay': '90s', rbac: true }),
    ).toEqual({
      rbac: true,
      gpuNodes: 1,
      gpuMaxNodes: 3,
      scaleUpDelayMs: 90_000,
    });
    // A maximum alone is a pool that scales from zero.
    expect(clusterOptions({ 'gpu-max-nodes': '2' })).toMatchObject({ gpuNodes: 0, gpuMaxNodes: 2 });
  });

  test('bad values are one line naming the flag', () => {
    expect(() => clusterOptions({ 'gpu-nodes': 'two' })).toThrow(
      '--gpu-nodes must be a whole number, got "two"',
    );
    expect(() => clusterOptions({ 'scale-up-delay': 'soon' })).toThrow('--scale-up-delay must be a duration');
  });
});
