import { describe, expect, test } from 'vitest';
import { ScaleUpWait, type AutoscalerWord } from '../../../lib/scale-up-wait';

const SCHEDULER = '0/1 nodes are available: 1 Insufficient nvidia.com/gpu.';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function waitWith(word: () => AutoscalerWord | undefined, unschedulableTimeoutMs = 600_000) {
  const asked: string[] = [];
  const wait = new ScaleUpWait({
    unschedulableTimeoutMs,
    readWord: async (pod) => {
      asked.push(pod);
      return word();
    },
  });
  return { wait, asked };
}

describe('an unschedulable pod while the cluster scales', () => {
  test('waits while scale-up is in progress, with a progress line every 30 s naming pod, why, how long and what is left', async () => {
    const { wait, asked } = waitWith(() => ({
      reason: 'TriggeredScaleUp',
      message: 'pod triggered scale-up: [{gpu-pool 0->1 (max: 2)}]',
    }));
    expect(wait.judge('m-canary-1', SCHEDULER, 0)).toEqual({ wait: true });
    await flush();
    expect(asked).toEqual(['m-canary-1']);
    expect(wait.judge('m-canary-1', SCHEDULER, 10_000)).toEqual({ wait: true });
    expect(wait.judge('m-canary-1', SCHEDULER, 30_000)).toEqual({
      wait: true,
      progress:
        'pod m-canary-1 unschedulable for 30s (0/1 nodes are available: 1 Insufficient nvidia.com/gpu.): cluster scale-up in progress (pod triggered scale-up: [{gpu-pool 0->1 (max: 2)}]); waiting up to 9m30s more',
    });
    expect(wait.judge('m-canary-1', SCHEDULER, 45_000)).toEqual({ wait: true });
  });

  test("fails at once with the autoscaler's reason on NotTriggerScaleUp", async () => {
    const { wait } = waitWith(() => ({
      reason: 'NotTriggerScaleUp',
      message: "pod didn't trigger scale-up: 1 max node group size reached",
    }));
    expect(wait.judge('p', SCHEDULER, 0)).toEqual({ wait: true });
    await flush();
    expect(wait.judge('p', SCHEDULER, 1000)).toEqual({
      wait: false,
      message: `pod p is unschedulable (${SCHEDULER}) and the cluster autoscaler will not add a node: pod didn't trigger scale-up: 1 max node group size reached`,
    });
  });

  test('fails after unschedulable-timeout even while scale-up is said to be in progress', async () => {
    const { wait } = waitWith(
      () => ({ reason: 'TriggeredScaleUp', message: 'pod triggered scale-up' }),
      60_000,
    );
    wait.judge('p', SCHEDULER, 0);
    await flush();
    const decision = wait.judge('p', SCHEDULER, 60_000);
    expect(decision).toEqual({
      wait: false,
      message: `pod p stayed unschedulable for 1m, longer than unschedulable-timeout (${SCHEDULER}); the autoscaler said: pod triggered scale-up`,
    });
  });

  test('fails when no autoscaler reacts within the grace period', async () => {
    const { wait } = waitWith(() => undefined);
    expect(wait.judge('p', SCHEDULER, 0)).toEqual({ wait: true });
    await flush();
    expect(wait.judge('p', SCHEDULER, 30_000)).toEqual({
      wait: false,
      message: `pod p is unschedulable (${SCHEDULER}) and no cluster autoscaler started a scale-up within 30s`,
    });
  });

  test('a pod scheduled again starts afresh', async () => {
    const { wait } = waitWith(() => undefined);
    wait.judge('p', SCHEDULER, 0);
    wait.forget('p');
    expect(wait.judge('p', SCHEDULER, 40_000)).toEqual({ wait: true });
  });
});
