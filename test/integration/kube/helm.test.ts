import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../sandbox/kube/types';
import { chartDir, startSandbox, tool, until, versions, type Sandbox } from './helpers';

/** A release as helm stores it: the Secret's data.release is base64 of base64 of gzipped JSON. */
function decodeRelease(secret: Json): Json {
  const inner = Buffer.from(secret.data.release, 'base64').toString('utf8');
  return JSON.parse(gunzipSync(Buffer.from(inner, 'base64')).toString('utf8'));
}

describe.each(versions)('real helm from .tools/k8s-%s (3.17 or 4.1) against the emulator', (version) => {
  const helm = tool(version, 'helm');
  const ns = 'ml';
  let sb: Sandbox;
  const h = (...args: string[]): Promise<string> => sb.ok(helm, [...args, '--namespace', ns]);
  const deployment = async (name: string) =>
    (await sb.api('GET', `/apis/apps/v1/namespaces/${ns}/deployments/${name}`)).body;
  const releaseSecrets = async (name: string) =>
    (await sb.api('GET', `/api/v1/namespaces/${ns}/secrets?labelSelector=owner%3Dhelm,name%3D${name}`)).body
      .items as Json[];
  const pods = async (release: string) =>
    (await sb.api('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=release%3D${release}`)).body
      .items as Json[];

  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 200 });
  });
  afterAll(async () => {
    await sb?.stop();
  });

  test('install --wait creates the chart objects and a release Secret, and returns once pods are ready', async () => {
    await h('install', 'svc', chartDir, '--create-namespace', '--wait', '--timeout', '2m');
    const d = await deployment('svc');
    expect(d.metadata.annotations['meta.helm.sh/release-name']).toBe('svc');
    expect(d.spec.template.spec.containers[0].image).toBe('registry.local/model-server:1.0.0');
    expect(d.status).toMatchObject({
      replicas: 2,
      readyReplicas: 2,
      updatedReplicas: 2,
      availableReplicas: 2,
    });
    const ready = (await pods('svc')).filter((p) =>
      p.status.conditions.some((c: Json) => c.type === 'Ready' && c.status === 'True'),
    );
    expect(ready).toHaveLength(2);
    const svc = (await sb.api('GET', `/api/v1/namespaces/${ns}/services/svc`)).body;
    expect(svc.spec.clusterIP).toBeTruthy();
    const [secret] = await releaseSecrets('svc');
    expect(secret.metadata.name).toBe('sh.helm.release.v1.svc.v1');
    expect(secret.type).toBe('helm.sh/release.v1');
    expect(secret.metadata.labels).toMatchObject({
      owner: 'helm',
      name: 'svc',
      status: 'deployed',
      version: '1',
    });
    const release = decodeRelease(secret);
    expect(release.name).toBe('svc');
    expect(release.manifest).toContain('kind: Deployment');
  });

  test('upgrade changing image and replicas, then history, status and values as JSON', async () => {
    await h(
      'upgrade',
      'svc',
      chartDir,
      '--set',
      'image.tag=1.1.0',
      '--set',
      'replicaCount=3',
      '--wait',
      '--timeout',
      '2m',
    );
    const d = await deployment('svc');
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.template.spec.containers[0].image).toBe('registry.local/model-server:1.1.0');
    expect(d.status).toMatchObject({ replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    const serving = (await pods('svc')).filter((p) => !p.metadata.deletionTimestamp);
    expect(serving.map((p) => p.spec.containers[0].image)).toEqual(
      Array(3).fill('registry.local/model-server:1.1.0'),
    );

    const history = await sb.json(helm, ['history', 'svc', '-n', ns, '-o', 'json']);
    expect(history.map((r: Json) => [r.revision, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'deployed'],
    ]);
    const status = await sb.json(helm, ['status', 'svc', '-n', ns, '-o', 'json']);
    expect(status.version).toBe(2);
    expect(status.info.status).toBe('deployed');
    expect(await sb.json(helm, ['get', 'values', 'svc', '-n', ns, '-o', 'json'])).toEqual({
      image: { tag: '1.1.0' },
      replicaCount: 3,
    });
    const labels = Object.fromEntries(
      (await releaseSecrets('svc')).map((s) => [s.metadata.labels.version, s.metadata.labels.status]),
    );
    expect(labels).toEqual({ '1': 'superseded', '2': 'deployed' });
  });

  test('rollback restores the first revision as a new one', async () => {
    await h('rollback', 'svc', '1', '--wait', '--timeout', '2m');
    const d = await deployment('svc');
    expect(d.spec.replicas).toBe(2);
    expect(d.spec.template.spec.containers[0].image).toBe('registry.local/model-server:1.0.0');
    await until('two pods of 1.0.0', async () => {
      const p = await pods('svc');
      return p.length === 2 && p.every((x) => x.spec.containers[0].image.endsWith(':1.0.0'));
    });
    const history = await sb.json(helm, ['history', 'svc', '-n', ns, '-o', 'json']);
    expect(history.at(-1)).toMatchObject({ revision: 3, status: 'deployed', description: 'Rollback to 1' });
  });

  test('a helm killed mid-upgrade leaves the release pending-upgrade, and rollback recovers it', async () => {
    const child = sb.spawn(helm, [
      'upgrade',
      'svc',
      chartDir,
      '-n',
      ns,
      '--set',
      'image.tag=2.0.0-unready',
      '--wait',
      '--timeout',
      '5m',
    ]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await until('the pending-upgrade release Secret', async () =>
        (await releaseSecrets('svc')).some((s) => s.metadata.labels.status === 'pending-upgrade'),
      );
      await until('the new pods', async () =>
        (await pods('svc')).some((p) => p.spec.containers[0].image.endsWith('-unready')),
      );
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const status = await sb.json(helm, ['status', 'svc', '-n', ns, '-o', 'json']);
    expect(status.info.status).toBe('pending-upgrade');
    expect(status.version).toBe(4);
    const again = await sb.run(helm, ['upgrade', 'svc', chartDir, '-n', ns]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('another operation (install/upgrade/rollback) is in progress');

    await h('rollback', 'svc', '3', '--wait', '--timeout', '2m');
    const after = await sb.json(helm, ['status', 'svc', '-n', ns, '-o', 'json']);
    expect(after.info.status).toBe('deployed');
    expect(after.version).toBe(5);
    expect((await deployment('svc')).spec.template.spec.containers[0].image).toBe(
      'registry.local/model-server:1.0.0',
    );
  });

  test('an upgrade whose image cannot be pulled fails its --wait and is marked failed; rollback repairs it', async () => {
    const failed = await sb.run(helm, [
      'upgrade',
      'svc',
      chartDir,
      '-n',
      ns,
      '--set',
      'image.tag=3.0.0-pullfail',
      '--wait',
      '--timeout',
      '3s',
    ]);
    expect(failed.code).not.toBe(0);
    const status = await sb.json(helm, ['status', 'svc', '-n', ns, '-o', 'json']);
    expect(status.info.status).toBe('failed');
    expect(status.version).toBe(6);
    const stuck = (await pods('svc')).filter((p) => p.spec.containers[0].image.endsWith('-pullfail'));
    expect(stuck.length).toBeGreaterThan(0);
    expect(stuck.map((p) => p.status.containerStatuses?.[0]?.state?.waiting?.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(ErrImagePull|ImagePullBackOff)$/)]),
    );
    await h('rollback', 'svc', '5', '--wait', '--timeout', '2m');
    expect((await sb.json(helm, ['status', 'svc', '-n', ns, '-o', 'json'])).info.status).toBe('deployed');
    await until('no pullfail pods', async () =>
      (await pods('svc')).every((p) => !p.spec.containers[0].image.endsWith('-pullfail')),
    );
  });

  test('uninstall removes the chart objects, their pods and the release Secrets', async () => {
    await h('uninstall', 'svc', '--wait', '--timeout', '2m');
    expect((await sb.api('GET', `/apis/apps/v1/namespaces/${ns}/deployments/svc`)).status).toBe(404);
    expect((await sb.api('GET', `/api/v1/namespaces/${ns}/services/svc`)).status).toBe(404);
    expect(await releaseSecrets('svc')).toEqual([]);
    await until('no pods', async () => (await pods('svc')).length === 0);
    const list = await sb.json(helm, ['list', '-n', ns, '-o', 'json']);
    expect(list).toEqual([]);
  });
});
