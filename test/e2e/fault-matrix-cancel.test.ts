import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createNamespaces, startMetrics } from '../../sandbox/start';
import { shippedScenarios, verifyInputs } from '../helpers/scenarios';
import { canaryUpgradeArgs, helmUntilPending, podsBecome, REPO, until } from './deploy-canary.helpers';
import { chartWithHookJob, errorLine, faultMatrix, timed, type RowSpec } from './fault-matrix.helpers';

const ROW_TIMEOUT_MS = 180_000;

let work: string;
let chart: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fault-matrix-cancel-'));
  // The reference chart with a pre-upgrade hook (a warm-up that takes a while), on when warmUp names its image.
  chart = chartWithHookJob(work, 'pre-upgrade', 'warm-up', 'warmUp');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const base = `image.repository=${REPO}\nreplicaCount=1`;

/** Step options that cancel it as the runner does once it prints a line matching `pattern`. */
function cancelOnLine(pattern: RegExp): { onLine(line: string): void; cancelWhen: Promise<void> } {
  let reached!: () => void;
  const cancelWhen = new Promise<void>((resolve) => (reached = resolve));
  return {
    onLine: (line) => {
      if (pattern.test(line)) reached();
    },
    cancelWhen,
  };
}

const rows: Record<string, RowSpec> = {
  'helm-killed': {
    run: async (c) => {
      const release = 'killed';
      expect(
        (await c.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: base })).exitCode,
      ).toBe(0);

      // helm killed during `helm upgrade --wait` (OOM, a runner lost): the release stays pending-upgrade.
      const helm = await helmUntilPending(
        c,
        release,
        canaryUpgradeArgs(release, chart, 'v2-unready'),
        'pending-upgrade',
      );
      await helm.stop();
      expect((await c.history(release)).at(-1)).toMatchObject({ revision: 2, status: 'pending-upgrade' });

      const [refused, ms] = await timed(() =>
        c.action('deploy-canary', { release, chart, image: `${REPO}:v2`, set: base }),
      );
      expect(refused.exitCode).toBe(1);
      expect(errorLine(refused.stdout)).toMatch(
        /^release killed in namespace default is pending-upgrade at revision 2.*Nothing was changed\. Recover it with the rollback action/,
      );

      // pending-upgrade is also what a helm still running in another job looks like: refused unless forced.
      const busy = await c.action('rollback', { release });
      expect(busy.exitCode).toBe(1);
      expect(errorLine(busy.stdout)).toMatch(
        /^Cannot roll back killed in default: revision 2 is pending-upgrade \(.+\), started [\dhms]+ ago by another helm client: its helm may still be running\. Nothing was changed\./,
      );
      expect(await c.history(release)).toHaveLength(2);

      const recovered = await c.action('rollback', { release, force: 'true' });
      expect(recovered.exitCode, recovered.stdout).toBe(0);
      expect(recovered.outputs).toMatchObject({
        result: 'recovered',
        'previous-revision': '2',
        'restored-revision': '1',
        revision: '3',
        status: 'deployed',
      });
      expect(recovered.stdout).toContain('Recovered from pending-upgrade');
      await podsBecome(c, release, ['stable v1']);
      // History intact: the killed upgrade stays on record as it was left, behind the recovery.
      expect((await c.history(release)).map((r) => r.status)).toEqual([
        'superseded',
        'pending-upgrade',
        'deployed',
      ]);

      const canary = await c.action('deploy-canary', { release, chart, image: `${REPO}:v2`, set: base });
      expect(canary.exitCode, canary.stdout).toBe(0);
      expect(canary.outputs).toMatchObject({ result: 'start-canary', 'stable-revision': '3', revision: '4' });
      return {
        outcome: `${errorLine(refused.stdout).split('. ')[0]}; rollback (force) recovered it`,
        detectMs: ms,
      };
    },
  },
  'cancel-during-helm': {
    run: async (c) => {
      const release = 'warm';
      expect(
        (await c.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: base })).exitCode,
      ).toBe(0);
      // The pre-upgrade warm-up runs 60 s: the runner's SIGINT comes while helm waits on it.
      const inputs = {
        release,
        chart,
        image: `${REPO}:v2`,
        set: `${base}\nwarmUp=${REPO}-warm-up:v1-runs-60s`,
      };
      const hookRuns = until('the warm-up hook runs', () =>
        c.sb.emulator.pods().some((p) => p.name.startsWith(`${release}-warm-up-`) && p.phase === 'Running'),
      );
      const run = await c.action('deploy-canary', inputs, { cancelWhen: hookRuns });
      const stopMs = Date.now() - run.cancelledAt!;
      expect(run.exitCode, run.stdout).toBe(1);
      expect(errorLine(run.stdout)).toBe(
        'The job was cancelled during helm upgrade (stopped: Error: UPGRADE FAILED: context canceled)',
      );
      expect(run.state).toMatchObject({ 'canary-started': 'true', 'stable-revision': '1' });
      // helm, interrupted rather than killed, recorded its revision failed: nothing is left pending.
      expect((await c.history(release)).map((r) => `${r.revision} ${r.status} ${r.description}`)).toEqual([
        `1 deployed ml-deploy install 0123456 image=${REPO}:v1 run=1.1`,
        '2 failed Upgrade "warm" failed: context canceled',
      ]);

      const post = await c.post(run, inputs);
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toContain(
        'cleanup-on-failure: helm upgrade left revision 2 failed (Upgrade "warm" failed: context canceled) after deployed revision 1',
      );
      expect(post.summary).toContain('canary removed');
      expect(post.summary).toContain('helm upgrade left revision 2 failed');
      await podsBecome(c, release, ['stable v1']);
      expect((await c.history(release)).map((r) => `${r.revision} ${r.status}`)).toEqual([
        '1 superseded',
        '2 failed',
        '3 deployed',
      ]);
      return {
        outcome: `main: ${errorLine(run.stdout)}; post step: ${/canary removed.*/.exec(post.stdout)?.[0] ?? ''}`,
        detectMs: stopMs,
      };
    },
  },
  'cancel-during-rollout': {
    run: async (c) => {
      const release = 'rolling';
      const inputs = { release, chart, set: base };
      expect((await c.action('deploy-canary', { ...inputs, image: `${REPO}:v1` })).exitCode).toBe(0);

      // A -slow canary takes 30 s to become ready: the runner's SIGINT arrives while the step waits for it.
      const run = await c.action(
        'deploy-canary',
        { ...inputs, image: `${REPO}:v2-slow` },
        cancelOnLine(/Waiting for the rollout of revision 2/),
      );
      const stopMs = Date.now() - run.cancelledAt!;
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('Waiting for the rollout of revision 2');
      expect(errorLine(run.stdout)).toBe(
        'The job was cancelled while waiting for the rollout of release rolling',
      );
      expect(run.summary).toContain('The post step removes this canary');
      expect(run.state).toMatchObject({ 'canary-started': 'true', 'stable-revision': '1' });
      expect(run.outputs['stable-revision']).toBe('1');

      const post = await c.post(run, { ...inputs, image: `${REPO}:v2-slow` });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.summary).toContain('canary removed');
      await podsBecome(c, release, ['stable v1']);
      expect((await c.history(release)).map((r) => [r.revision, r.status, r.description])).toEqual([
        [1, 'superseded', `ml-deploy install 0123456 image=${REPO}:v1 run=1.1`],
        [2, 'superseded', `ml-deploy canary 0123456 weight=10 image=${REPO}:v2-slow run=1.1`],
        [3, 'deployed', 'Rollback to 1'],
      ]);
      return {
        outcome: `main: ${errorLine(run.stdout)}; post step: ${/canary removed.*/.exec(post.stdout)?.[0] ?? ''}`,
        detectMs: stopMs,
      };
    },
  },
  'cancel-during-verification': {
    run: async (c) => {
      const scenario = shippedScenarios().find((s) => s.name === 'healthy-canary')!;
      const { namespace, release } = scenario;
      const stable = scenario.tracks.stable!;
      const canary = scenario.tracks.canary!;
      await createNamespaces(c.sb.emulator, [scenario]);
      const metrics = await startMetrics([scenario], c.sb.emulator, mkdtempSync(join(work, 'metrics-')));
      try {
        const deploy = (image: string) =>
          c.action('deploy-canary', {
            release,
            namespace,
            chart,
            image,
            set: `image.repository=${REPO}\nreplicaCount=${stable.pods}\ncanary.replicas=${canary.pods}`,
          });
        expect((await deploy(`${REPO}:${stable.version}`)).exitCode).toBe(0);
        const started = await deploy(`${REPO}:${canary.version}`);
        expect(started.exitCode, started.stdout).toBe(0);

        const prometheus = metrics.find((p) => p.env.PROMETHEUS_URL)!.env.PROMETHEUS_URL!;
        // Cancelled once three samples are judged, as the runner does.
        const verdict = await c.action(
          'verify-slo',
          verifyInputs(scenario, prometheus, { duration: '2m', interval: '2s', warmup: '4s' }),
          cancelOnLine(/^\[3\/58 /),
        );
        const stopMs = Date.now() - verdict.cancelledAt!;
        expect(verdict.exitCode).toBe(1);
        expect(errorLine(verdict.stdout)).toMatch(
          /^verify-slo: verification cancelled after \d+s, \d+ of 58 samples taken: no verdict$/,
        );
        expect(verdict.stdout).toMatch(/\[\d+\/58 \d+s\] error-rate PASS/);
        expect(verdict.outputs.verdict).toBeUndefined();
        expect(verdict.summary).toContain('## verify-slo: ⏹️ CANCELLED');
        expect(verdict.summary).toContain('| error-rate |');

        // The workflow's rollback job (if: cancelled()) goes back to the stable revision deploy-canary gave.
        const rolledBack = await c.action('rollback', {
          release,
          namespace,
          'to-revision': started.outputs['stable-revision']!,
          reason: errorLine(verdict.stdout),
        });
        expect(rolledBack.exitCode, rolledBack.stdout).toBe(0);
        expect(rolledBack.outputs).toMatchObject({
          result: 'rolled-back',
          'restored-revision': '1',
          revision: '3',
        });
        await podsBecome(
          c,
          release,
          Array.from({ length: stable.pods }, () => `stable ${stable.version}`),
          namespace,
        );
        return {
          outcome: `verify-slo: ${errorLine(verdict.stdout).replace(/^verify-slo: /, '')}; rollback restored revision 1`,
          detectMs: stopMs,
        };
      } finally {
        for (const part of metrics.reverse()) await part.stop();
      }
    },
  },
};

faultMatrix('cancel', rows, ROW_TIMEOUT_MS);
