import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { canaryUpgradeArgs, helmUntilPending, podsBecome, REPO } from './deploy-canary.helpers';
import { chartWithHookJob, errorLine, faultMatrix, timed, type RowSpec } from './fault-matrix.helpers';

// The 90 s scale-up and the 5-minute load are real time: rows run concurrently, each on its own emulator.
const ROW_TIMEOUT_MS = 540_000;
const STEP_TIMEOUT_MS = 480_000;

let work: string;
let chart: string;
let gpuValues: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fault-matrix-'));
  // The reference chart with a post-upgrade smoke-test hook, on when smokeTest names its image.
  chart = chartWithHookJob(work, 'post-upgrade', 'smoke', 'smokeTest');
  gpuValues = join(work, 'gpu.yaml');
  writeFileSync(gpuValues, 'resources:\n  limits:\n    nvidia.com/gpu: 1\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const base = `image.repository=${REPO}\nreplicaCount=1`;

const rows: Record<string, RowSpec> = {
  'failing-hook': {
    run: async (c) => {
      const release = 'hook';
      expect(
        (await c.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: base })).exitCode,
      ).toBe(0);
      const [step, ms] = await timed(() =>
        c.action('deploy-canary', {
          release,
          chart,
          image: `${REPO}:v2`,
          set: `${base}\nsmokeTest=${REPO}-smoke:v1-fails`,
        }),
      );
      expect(step.exitCode, step.stdout).toBe(1);
      expect(errorLine(step.stdout)).toMatch(/helm upgrade failed/);
      const post = await c.post(step, { release, chart });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(
        /cleanup-on-failure: helm upgrade left revision 2 failed \(.*\) after deployed revision 1/,
      );
      expect(post.summary).toContain('canary removed');
      await podsBecome(c, release, ['stable v1']);
      const history = await c.history(release);
      expect(history.map((r) => `${r.revision} ${r.status}`)).toEqual([
        '1 superseded',
        '2 failed',
        '3 deployed',
      ]);
      expect(history.at(-1)?.description).toBe('Rollback to 1');
      return {
        outcome: `post step: ${/cleanup-on-failure: canary removed.*/.exec(post.stdout)?.[0] ?? ''}`,
        detectMs: ms,
      };
    },
  },
  'rollback-between-steps': {
    run: async (c) => {
      const release = 'between';
      expect(
        (await c.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: base })).exitCode,
      ).toBe(0);
      const first = await c.action('deploy-canary', {
        release,
        chart,
        image: `${REPO}:v2`,
        set: base,
        weight: '10',
      });
      expect(first.exitCode, first.stdout).toBe(0);
      expect(first.outputs['canary-revision']).toBe('2');
      const rollback = await c.action('rollback', { release, reason: 'on call' });
      expect(rollback.exitCode, rollback.stdout).toBe(0);
      const [next, ms] = await timed(() =>
        c.action('deploy-canary', {
          release,
          chart,
          image: `${REPO}:v2`,
          set: base,
          weight: '25',
          'canary-revision': first.outputs['canary-revision']!,
        }),
      );
      expect(next.exitCode).toBe(1);
      expect(errorLine(next.stdout)).toBe(
        'canary revision 2 no longer runs in release between in namespace default: since then revision 3 deployed: rolled back to revision 1. Nothing was changed. Start a new pipeline run to deploy a canary again.',
      );
      expect(await c.history(release)).toHaveLength(3);
      await podsBecome(c, release, ['stable v1']);
      return { outcome: errorLine(next.stdout), detectMs: ms };
    },
  },
  'pending-other-run': {
    run: async (c) => {
      const release = 'busy';
      expect(
        (await c.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: base })).exitCode,
      ).toBe(0);
      // Another run's deploy-canary: its helm is still waiting on a canary that loads for minutes.
      const other = await helmUntilPending(
        c,
        release,
        canaryUpgradeArgs(release, chart, 'v2-loads-5m', [
          '--description',
          'ml-deploy canary abc1234 weight=10 image=registry.local/mnist:v2-loads-5m run=99.1',
          '--labels',
          'ml-deploy-run=99.1,ml-deploy-run-revision=2',
        ]),
        'pending-upgrade',
      );
      try {
        const [refused, ms] = await timed(() => c.action('rollback', { release }));
        expect(refused.exitCode).toBe(1);
        expect(errorLine(refused.stdout)).toMatch(
          /^Cannot roll back busy in default: revision 2 is pending-upgrade \(Preparing upgrade\), started \d+s ago by workflow run 99 \(attempt 1\): its helm may still be running\. Nothing was changed\./,
        );
        expect((await c.history(release)).map((r) => r.status)).toEqual(['deployed', 'pending-upgrade']);
        await other.stop();
        const forced = await c.action('rollback', { release, force: 'true' });
        expect(forced.exitCode, forced.stdout).toBe(0);
        expect(forced.outputs.result).toBe('recovered');
        await podsBecome(c, release, ['stable v1']);
        return { outcome: errorLine(refused.stdout), detectMs: ms };
      } finally {
        await other.stop();
      }
    },
  },
  'gpu-scale-up': {
    emulator: { gpuNodes: 1, gpuMaxNodes: 2, scaleUpDelayMs: 90_000 },
    run: async (c) => {
      const release = 'gpu';
      const common = { release, chart, set: base, 'values-files': gpuValues };
      expect((await c.action('deploy-canary', { ...common, image: `${REPO}:v1` })).exitCode).toBe(0);
      const [step, ms] = await timed(() =>
        c.action('deploy-canary', { ...common, image: `${REPO}:v2` }, { timeoutMs: STEP_TIMEOUT_MS }),
      );
      expect(step.exitCode, step.stdout).toBe(0);
      expect(step.stdout).toMatch(
        /unschedulable for \d+s .*cluster scale-up in progress \(pod triggered scale-up: .*\); waiting up to/,
      );
      await podsBecome(c, release, ['stable v1', 'canary v2']);
      return {
        outcome: `passed after the scale-up: ${/pod \S+ unschedulable for [^:]+/.exec(step.stdout)?.[0] ?? ''}`,
        detectMs: ms,
      };
    },
  },
  'gpu-pool-max': {
    emulator: { gpuNodes: 1, gpuMaxNodes: 1, scaleUpDelayMs: 90_000 },
    run: async (c) => {
      const release = 'full';
      const common = { release, chart, set: base, 'values-files': gpuValues };
      expect((await c.action('deploy-canary', { ...common, image: `${REPO}:v1` })).exitCode).toBe(0);
      const [step, ms] = await timed(() => c.action('deploy-canary', { ...common, image: `${REPO}:v2` }));
      expect(step.exitCode).toBe(1);
      expect(errorLine(step.stdout)).toMatch(
        /is unschedulable \(.*Insufficient nvidia\.com\/gpu.*\) and the cluster autoscaler will not add a node: pod didn't trigger scale-up: 1 max node group size reached/,
      );
      const post = await c.post(step, common);
      expect(post.exitCode, post.stdout).toBe(0);
      await podsBecome(c, release, ['stable v1']);
      return { outcome: errorLine(step.stdout), detectMs: ms };
    },
  },
  'model-load-5m': {
    run: async (c) => {
      const release = 'load';
      expect(
        (await c.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: base })).exitCode,
      ).toBe(0);
      const [step, ms] = await timed(() =>
        c.action(
          'deploy-canary',
          { release, chart, image: `${REPO}:v2-loads-5m`, set: base },
          { timeoutMs: STEP_TIMEOUT_MS },
        ),
      );
      expect(step.exitCode, step.stdout).toBe(0);
      const progress =
        step.stdout.match(/still waiting after \d+s: .*pod \S+ running, not ready for [^;\n]+/g) ?? [];
      // Progress through the 5-minute load: a line naming the loading pod at least every 30 s.
      expect(progress.length).toBeGreaterThanOrEqual(9);
      await podsBecome(c, release, ['stable v1', 'canary v2-loads-5m']);
      return {
        outcome: `passed; ${progress.length} progress lines, the last: ${progress.at(-1)}`,
        detectMs: ms,
      };
    },
  },
};

faultMatrix('deploy', rows, ROW_TIMEOUT_MS);
