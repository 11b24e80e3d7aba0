import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  chart,
  clients,
  helmUntilPending,
  podsBecome,
  REPO,
  startCluster,
  until,
  type Cluster,
} from './deploy-canary.helpers';

describe.each(clients)('rollback (bundled) with %s against the kube emulator', (_name, version, node) => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(version, node);
  });
  afterAll(async () => cluster?.stop());

  test('after a failed verdict: the stable image serves and no canary is left; a second rollback changes nothing', async () => {
    const release = 'verdict';
    const values = `image.repository=${REPO}\nreplicaCount=2\nbaseline.enabled=false`;
    expect(
      (await cluster.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: values })).exitCode,
    ).toBe(0);
    for (const weight of ['10', '25']) {
      const step = await cluster.action('deploy-canary', {
        release,
        chart,
        image: `${REPO}:v2`,
        set: values,
        weight,
        baseline: 'true',
      });
      expect(step.exitCode, step.stdout).toBe(0);
    }
    await podsBecome(cluster, release, ['stable v1', 'stable v1', 'canary v2', 'baseline v1']);

    const first = await cluster.action('rollback', {
      release,
      reason: 'verify-slo fail: error-rate 0.08 > 0.01',
    });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({
      result: 'rolled-back',
      'previous-revision': '3',
      'restored-revision': '1',
      revision: '4',
      status: 'deployed',
    });
    expect(first.summary).toContain('rolled back to revision 1');
    expect(first.summary).toContain('verify-slo fail: error-rate 0.08 > 0.01');
    await podsBecome(cluster, release, ['stable v1', 'stable v1']);
    expect((await cluster.deployments(release)).map((d) => d.metadata.name)).toEqual([
      `${release}-inference-service`,
    ]);
    expect((await cluster.history(release)).at(-1)).toMatchObject({
      revision: 4,
      status: 'deployed',
      description: 'Rollback to 1',
    });

    const second = await cluster.action('rollback', { release });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({
      result: 'unchanged',
      revision: '4',
      'previous-revision': '4',
      'restored-revision': '',
    });
    expect(second.stdout).toContain('Nothing to do');
    expect(await cluster.history(release)).toHaveLength(4);

    // With the stable revision deploy-canary gave (to-revision), just the same.
    const third = await cluster.action('rollback', { release, 'to-revision': '1' });
    expect(third.outputs).toMatchObject({ result: 'unchanged', revision: '4' });
    expect(await cluster.history(release)).toHaveLength(4);
  });

  test('a first install killed mid-way (pending-install) is uninstalled', async () => {
    const release = 'first';
    const helm = await helmUntilPending(
      cluster,
      release,
      [
        'install',
        release,
        chart,
        '--set',
        `image.repository=${REPO}`,
        '--set',
        'image.tag=v1-unready',
        '--wait',
        '--timeout',
        '5m',
      ],
      'pending-install',
    );
    await helm.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const run = await cluster.action('rollback', { release, 'pending-timeout': '1s' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'uninstalled', status: 'uninstalled' });
    expect((await cluster.sb.run(cluster.helm, ['status', release])).code).not.toBe(0);
    await until('no pods of the failed install', () => cluster.pods(release).length === 0);
  });

  test('a release that does not exist, and a revision that does not, fail with the reason', async () => {
    const missing = await cluster.action('rollback', { release: 'nowhere' });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain(
      '::error::Cannot roll back nowhere in default: the release does not exist',
    );
    const revision = await cluster.action('rollback', { release: 'verdict', 'to-revision': '40' });
    expect(revision.exitCode).toBe(1);
    expect(revision.stdout).toContain('revision 40 is not in the release history (1, 2, 3, 4)');
  });
});
