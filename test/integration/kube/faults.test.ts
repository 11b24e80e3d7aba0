import { CoreV1Api, KubeConfig, makeInformer, type V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../sandbox/kube/types';
import { startSandbox, tool, until, type Sandbox } from './helpers';

const kubectl = tool('1.35', 'kubectl');

describe('faults for the fault matrix, switched at runtime', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 100 });
    await sb.ok(kubectl, ['create', 'deployment', 'model', '--image=model:1.0']);
    await sb.ok(kubectl, ['rollout', 'status', 'deployment/model', '--timeout=60s']);
  });
  afterAll(async () => {
    sb?.emulator.setFaults(undefined);
    await sb?.stop();
  });

  test('500s on one resource only, while switched on', async () => {
    sb.emulator.setFaults({ rate: 1, codes: [500], resources: ['deployments'] });
    const failed = await sb.run(tool('1.31', 'kubectl'), ['get', 'deployments']);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain('Internal error occurred (injected fault)');
    expect((await sb.run(kubectl, ['get', 'pods'])).code).toBe(0);
    sb.emulator.setFaults(undefined);
    expect((await sb.run(tool('1.31', 'kubectl'), ['get', 'deployments'])).code).toBe(0);
  });

  test('409 on writes only (a rollout fighting another writer); reads are served', async () => {
    sb.emulator.setFaults({ rate: 1, codes: [409], resources: ['deployments'] });
    const patch = await sb.api(
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/model',
      { spec: { replicas: 2 } },
      'application/merge-patch+json',
    );
    expect(patch.status).toBe(409);
    expect(patch.body).toMatchObject({ kind: 'Status', reason: 'Conflict', code: 409 });
    expect((await sb.api('GET', '/apis/apps/v1/namespaces/default/deployments/model')).status).toBe(200);
    sb.emulator.setFaults(undefined);
    expect(
      (await sb.api('GET', '/apis/apps/v1/namespaces/default/deployments/model')).body.spec.replicas,
    ).toBe(1);
  });

  test('429 with the Retry-After asked for', async () => {
    sb.emulator.setFaults({ rate: 1, codes: [429], retryAfterSeconds: 3 });
    const res = await fetch(`${sb.emulator.url}/api/v1/namespaces/default/pods`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toMatchObject({ reason: 'TooManyRequests', details: { retryAfterSeconds: 3 } });
    sb.emulator.setFaults(undefined);
  });

  test('a list that never answers: the client gives up at its own deadline; other requests are served', async () => {
    sb.emulator.setFaults({ hang: [{ resource: 'pods', verb: 'list' }] });
    const hung = await sb.run(kubectl, ['get', 'pods', '--request-timeout=1s']);
    expect(hung.code).not.toBe(0);
    expect(hung.stderr).toMatch(/Client\.Timeout|context deadline exceeded|timeout/i);
    expect((await sb.run(kubectl, ['get', 'deployments', '--request-timeout=5s'])).code).toBe(0);
    // The control endpoint, for an emulator in another process: PUT {} clears the faults.
    const put = await fetch(`${sb.emulator.url}/sandbox/faults`, { method: 'PUT', body: '{}' });
    expect(put.status).toBe(200);
    expect(await (await fetch(`${sb.emulator.url}/sandbox/faults`)).json()).toEqual({});
    expect((await sb.run(kubectl, ['get', 'pods', '--request-timeout=5s'])).code).toBe(0);
  });

  test('watches cut every half second: the stream breaks, and an informer still sees every change', async () => {
    const put = await fetch(`${sb.emulator.url}/sandbox/faults`, {
      method: 'PUT',
      body: JSON.stringify({ dropWatchesAfterMs: 500 }),
    });
    expect(await put.json()).toEqual({ dropWatchesAfterMs: 500 });
    const res = await fetch(`${sb.emulator.url}/api/v1/namespaces/default/pods?watch=1`);
    const reader = res.body!.getReader();
    const broke = await (async () => {
      try {
        for (;;) if ((await reader.read()).done) return 'ended';
      } catch {
        return 'reset';
      }
    })();
    expect(broke).toBe('reset');

    const kc = new KubeConfig();
    kc.loadFromFile(sb.emulator.kubeconfigPath);
    const core = kc.makeApiClient(CoreV1Api);
    const informer = makeInformer<V1Pod>(kc, '/api/v1/namespaces/default/pods', () =>
      core.listNamespacedPod({ namespace: 'default' }),
    );
    const seen = new Set<string>();
    informer.on('add', (p) => seen.add(p.metadata!.name!));
    informer.on('error', () => setTimeout(() => void informer.start(), 100));
    await informer.start();
    await new Promise((r) => setTimeout(r, 1200));
    await sb.ok(kubectl, ['run', 'late', '--image=model:1.0']);
    await until('the informer sees the pod made after two cuts', () => seen.has('late'), 30_000);
    await informer.stop();
    sb.emulator.setFaults(undefined);
    const pods: Json[] = (await sb.api('GET', '/api/v1/namespaces/default/pods')).body.items;
    expect(pods.map((p) => p.metadata.name)).toContain('late');
  });
});
