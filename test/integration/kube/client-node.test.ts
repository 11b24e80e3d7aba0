import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  makeInformer,
  PatchStrategy,
  setHeaderOptions,
  Watch,
  type V1Deployment,
  type V1Pod,
} from '@kubernetes/client-node';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox, until, type Sandbox } from './helpers';

const ns = 'default';

function deployment(name: string, image: string, replicas: number): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name, track: 'stable' } },
        spec: { containers: [{ name: 'server', image, ports: [{ containerPort: 8080 }] }] },
      },
    },
  };
}

describe('@kubernetes/client-node against the emulator', () => {
  let sb: Sandbox;
  let kc: KubeConfig;
  let apps: AppsV1Api;
  let core: CoreV1Api;

  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 100 });
    kc = new KubeConfig();
    kc.loadFromFile(sb.emulator.kubeconfigPath);
    apps = kc.makeApiClient(AppsV1Api);
    core = kc.makeApiClient(CoreV1Api);
  });
  afterAll(async () => {
    await sb?.stop();
  });

  test('the kubeconfig names the sandbox context and the emulator URL', () => {
    expect(kc.getCurrentContext()).toBe('sandbox');
    expect(kc.getCurrentCluster()?.server).toBe(sb.emulator.url);
    expect(sb.emulator.env.KUBECONFIG).toBe(sb.emulator.kubeconfigPath);
    expect(statSync(sb.emulator.kubeconfigPath).mode & 0o777).toBe(0o600);
  });

  test('create, list with a label selector, and read status as the controller fills it', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('api', 'model:1.0', 2) });
    const list = await apps.listNamespacedDeployment({ namespace: ns, labelSelector: 'app=api' });
    expect(list.items.map((d) => d.metadata?.name)).toEqual(['api']);
    expect(Number(list.metadata?.resourceVersion)).toBeGreaterThan(0);
    const none = await apps.listNamespacedDeployment({ namespace: ns, labelSelector: 'app in (other)' });
    expect(none.items).toEqual([]);

    const status = await until('an available deployment', async () => {
      const d = await apps.readNamespacedDeploymentStatus({ name: 'api', namespace: ns });
      return d.status?.availableReplicas === 2 ? d : undefined;
    });
    expect(status.status?.observedGeneration).toBe(status.metadata?.generation);
    expect(status.status?.conditions?.map((c) => `${c.type}=${c.status}/${c.reason}`).sort()).toEqual([
      'Available=True/MinimumReplicasAvailable',
      'Progressing=True/NewReplicaSetAvailable',
    ]);
    const pods = await core.listNamespacedPod({
      namespace: ns,
      labelSelector: 'app=api,track=stable',
      fieldSelector: 'status.phase=Running',
    });
    expect(pods.items).toHaveLength(2);
    expect(pods.items.every((p) => p.status?.containerStatuses?.[0]?.ready)).toBe(true);
  });

  test('a watch from a resourceVersion sees the pods of a patched deployment come and go', async () => {
    const start = await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=api' });
    const seen: { type: string; name: string; image: string }[] = [];
    const watch = new Watch(kc);
    const ended = new Promise<void>((resolve) => {
      void watch
        .watch(
          `/api/v1/namespaces/${ns}/pods`,
          { labelSelector: 'app=api', resourceVersion: start.metadata?.resourceVersion },
          (type, pod: V1Pod) =>
            seen.push({ type, name: pod.metadata!.name!, image: pod.spec!.containers[0]!.image! }),
          () => resolve(),
        )
        .then((controller) => {
          watching = controller;
        });
    });
    let watching: AbortController | undefined;

    const patched = await apps.patchNamespacedDeployment(
      {
        name: 'api',
        namespace: ns,
        body: { spec: { template: { spec: { containers: [{ name: 'server', image: 'model:2.0' }] } } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(patched.spec?.template.spec?.containers).toHaveLength(1);
    expect(patched.spec?.template.spec?.containers[0]?.ports).toEqual([
      { containerPort: 8080, protocol: 'TCP' },
    ]);
    expect(patched.metadata?.generation).toBe(2);

    await until(
      'new pods added and old ones deleted',
      () =>
        seen.filter((e) => e.type === 'ADDED' && e.image === 'model:2.0').length >= 2 &&
        seen.filter((e) => e.type === 'DELETED' && e.image === 'model:1.0').length === 2,
    );
    watching?.abort();
    await ended;
    expect(seen.some((e) => e.type === 'MODIFIED')).toBe(true);
  });

  test('merge patch and JSON patch; a stale update gets 409 Conflict as a Status', async () => {
    await apps.patchNamespacedDeployment(
      { name: 'api', namespace: ns, body: { metadata: { labels: { team: 'ml' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await apps.patchNamespacedDeployment(
      { name: 'api', namespace: ns, body: [{ op: 'replace', path: '/spec/replicas', value: 3 }] },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    const d = await apps.readNamespacedDeployment({ name: 'api', namespace: ns });
    expect(d.metadata?.labels).toEqual({ app: 'api', team: 'ml' });
    expect(d.spec?.replicas).toBe(3);

    const stale = { ...d, metadata: { ...d.metadata, resourceVersion: '1' } };
    const error = await apps
      .replaceNamespacedDeployment({ name: 'api', namespace: ns, body: stale })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 409 });
    const body = JSON.parse((error as { body: string }).body);
    expect(body).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Conflict', code: 409 });

    const missing = await apps
      .readNamespacedDeployment({ name: 'nope', namespace: ns })
      .catch((e: unknown) => e);
    expect(JSON.parse((missing as { body: string }).body)).toMatchObject({
      reason: 'NotFound',
      code: 404,
      details: { name: 'nope', group: 'apps', kind: 'deployments' },
    });
  });

  test('an informer (list, then watch) keeps a cache of the pods', async () => {
    const informer = makeInformer(
      kc,
      `/api/v1/namespaces/${ns}/pods`,
      () => core.listNamespacedPod({ namespace: ns, labelSelector: 'app=api' }),
      'app=api',
    );
    await informer.start();
    try {
      await until('three ready pods in the cache', () => {
        const list = informer.list(ns);
        return (
          list.length === 3 &&
          list.every((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
        );
      });
    } finally {
      await informer.stop();
    }
  });

  test('pods() and onChange() show the pods to the rest of the sandbox', async () => {
    let calls = 0;
    const unsubscribe = sb.emulator.onChange(() => calls++);
    await apps.patchNamespacedDeploymentScale(
      { name: 'api', namespace: ns, body: { spec: { replicas: 1 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await until('one pod left', () => sb.emulator.pods().filter((p) => p.labels.app === 'api').length === 1);
    unsubscribe();
    expect(calls).toBeGreaterThan(0);
    const [pod] = sb.emulator.pods().filter((p) => p.labels.app === 'api');
    expect(pod).toMatchObject({
      namespace: ns,
      image: 'model:2.0',
      phase: 'Running',
      ready: true,
      restartCount: 0,
    });
    expect(pod!.labels).toMatchObject({ app: 'api', track: 'stable' });
  });
});
