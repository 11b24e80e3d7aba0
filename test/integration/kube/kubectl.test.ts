import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../sandbox/kube/types';
import { startSandbox, tool, until, versions, type Sandbox } from './helpers';

const manifest = (image: string, replicas: number): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: app
          image: ${image}
          ports: [{containerPort: 8080}]
          env: [{name: MODE, value: serve}]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
`;

describe.each(versions)('real kubectl %s against the emulator', (version) => {
  const kubectl = tool(version, 'kubectl');
  let sb: Sandbox;
  const k = (...args: string[]): Promise<string> => sb.ok(kubectl, args);
  const deployment = async (name = 'web', ns = 'default') =>
    (await sb.api('GET', `/apis/apps/v1/namespaces/${ns}/deployments/${name}`)).body;
  const replicaSets = async (ns = 'default') =>
    (await sb.api('GET', `/apis/apps/v1/namespaces/${ns}/replicasets`)).body.items;

  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 100 });
  });
  afterAll(async () => {
    await sb?.stop();
  });

  test('client-side apply creates, then patches, what the manifest says', async () => {
    expect(await sb.ok(kubectl, ['apply', '-f', '-'], manifest('model:1.0', 2))).toContain(
      'deployment.apps/web created',
    );
    let d = await deployment();
    expect(d.spec.replicas).toBe(2);
    expect(d.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toContain('model:1.0');
    expect(d.metadata.managedFields.map((m: { manager: string }) => m.manager)).toContain(
      'kubectl-client-side-apply',
    );
    const svc = (await sb.api('GET', '/api/v1/namespaces/default/services/web')).body;
    expect(svc.spec.clusterIP).toMatch(/^10\.96\./);

    expect(await sb.ok(kubectl, ['apply', '-f', '-'], manifest('model:1.1', 3))).toContain(
      'deployment.apps/web configured',
    );
    d = await deployment();
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.template.spec.containers).toHaveLength(1);
    expect(d.spec.template.spec.containers[0]).toMatchObject({
      name: 'app',
      image: 'model:1.1',
      env: [{ name: 'MODE', value: 'serve' }],
    });
    expect(d.metadata.generation).toBe(2);
  });

  test('rollout status waits for the rollout the controller carries out', async () => {
    await k('rollout', 'status', 'deployment/web', '--timeout=60s');
    const d = await deployment();
    expect(d.status.observedGeneration).toBe(d.metadata.generation);
    expect(d.status).toMatchObject({
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
    });
    const progressing = d.status.conditions.find((c: { type: string }) => c.type === 'Progressing');
    expect(progressing).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    const rs = await replicaSets();
    expect(rs).toHaveLength(2);
    const current = rs.find((r: { spec: { replicas: number } }) => r.spec.replicas === 3);
    expect(current.metadata.annotations['deployment.kubernetes.io/revision']).toBe('2');
    expect(current.spec.template.spec.containers[0].image).toBe('model:1.1');
    // kubectl 1.31 reads the Endpoints, 1.35 the EndpointSlices: both list the three ready pods.
    const described = await k('describe', 'service', 'web');
    expect(described).toMatch(
      /Endpoints:\s+10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080/,
    );
  });

  test('get -o json lists what the API holds', async () => {
    const pods = JSON.parse(await k('get', 'pods', '-l', 'app=web', '-o', 'json'));
    expect(pods.items).toHaveLength(3);
    for (const p of pods.items) {
      expect(p.spec.containers[0].image).toBe('model:1.1');
      expect(p.status.phase).toBe('Running');
      expect(p.metadata.ownerReferences[0]).toMatchObject({ kind: 'ReplicaSet', controller: true });
    }
    const table = await k('get', 'pods', '-l', 'app=web');
    expect(table.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(table.match(/\s1\/1\s+Running\s+0\s/g)).toHaveLength(3);
    expect(await k('get', 'deployment', 'web')).toMatch(/\nweb\s+3\/3\s+3\s+3\s/);
    const one = JSON.parse(await k('get', 'deployment', 'web', '-o', 'json'));
    expect(one.metadata.uid).toBe((await deployment()).metadata.uid);
  });

  test('label, scale and set image', async () => {
    await k('label', 'deployment', 'web', 'tier=front');
    expect((await deployment()).metadata.labels).toEqual({ app: 'web', tier: 'front' });
    await k('scale', 'deployment/web', '--replicas=1');
    expect((await deployment()).spec.replicas).toBe(1);
    await until(
      'one pod',
      async () =>
        (await sb.api('GET', '/api/v1/namespaces/default/pods?labelSelector=app%3Dweb')).body.items.length ===
        1,
    );
    await k('set', 'image', 'deployment/web', 'app=model:2.0');
    await k('rollout', 'status', 'deployment/web', '--timeout=60s');
    const d = await deployment();
    expect(d.spec.template.spec.containers[0].image).toBe('model:2.0');
    expect(d.metadata.annotations['deployment.kubernetes.io/revision']).toBe('3');
    const pods = (await sb.api('GET', '/api/v1/namespaces/default/pods?labelSelector=app%3Dweb')).body.items;
    const serving = pods.filter((p: Json) => !p.metadata.deletionTimestamp);
    expect(serving.map((p: Json) => p.spec.containers[0].image)).toEqual(['model:2.0']);
  });

  test('rollout undo goes back to the previous ReplicaSet, which gets the next revision', async () => {
    await k('rollout', 'undo', 'deployment/web');
    await k('rollout', 'status', 'deployment/web', '--timeout=60s');
    const d = await deployment();
    expect(d.spec.template.spec.containers[0].image).toBe('model:1.1');
    expect(d.metadata.annotations['deployment.kubernetes.io/revision']).toBe('4');
    const rs = await replicaSets();
    expect(rs).toHaveLength(3);
    const revisions = rs
      .map(
        (r: { metadata: { annotations: Record<string, string> } }) =>
          r.metadata.annotations['deployment.kubernetes.io/revision'],
      )
      .sort();
    expect(revisions).toEqual(['1', '3', '4']);
    const history = await k('rollout', 'history', 'deployment/web');
    expect(history).toMatch(/\n4\s/);
  });

  test('server-side apply records field ownership and reports conflicts', async () => {
    const ssa = manifest('model:1.0', 2).replaceAll('web', 'ssa');
    expect(await sb.ok(kubectl, ['apply', '--server-side', '-f', '-'], ssa)).toContain('serverside-applied');
    let d = await deployment('ssa');
    const entry = d.metadata.managedFields.find((m: { manager: string }) => m.manager === 'kubectl');
    expect(entry.operation).toBe('Apply');
    expect(entry.fieldsV1['f:spec']['f:replicas']).toEqual({});
    await k('scale', 'deployment/ssa', '--replicas=4');
    const conflict = await sb.run(kubectl, ['apply', '--server-side', '-f', '-'], ssa);
    expect(conflict.code).not.toBe(0);
    expect(conflict.stderr).toContain('conflict');
    await sb.ok(
      kubectl,
      ['apply', '--server-side', '--force-conflicts', '-f', '-'],
      ssa.replace('replicas: 2', 'replicas: 5'),
    );
    d = await deployment('ssa');
    expect(d.spec.replicas).toBe(5);
    // A field left out of the next apply is removed, since only this manager owned it.
    await sb.ok(
      kubectl,
      ['apply', '--server-side', '--force-conflicts', '-f', '-'],
      ssa.replace('          env: [{name: MODE, value: serve}]\n', ''),
    );
    d = await deployment('ssa');
    expect(d.spec.template.spec.containers[0].env).toBeUndefined();
  });

  test('server-side apply takes over from client-side apply without conflicts', async () => {
    const csa = manifest('model:1.0', 2).replaceAll('web', 'moved');
    await sb.ok(kubectl, ['apply', '-f', '-'], csa);
    await sb.ok(kubectl, ['apply', '--server-side', '-f', '-'], csa.replace('replicas: 2', 'replicas: 3'));
    let d = await deployment('moved');
    expect(d.spec.replicas).toBe(3);
    const managers = d.metadata.managedFields.map((m: Json) => `${m.manager}/${m.operation}`);
    expect(managers).toContain('kubectl/Apply');
    expect(managers).not.toContain('kubectl-client-side-apply/Update');
    // From now on kubectl owns what it applied: dropping the env removes it.
    await sb.ok(
      kubectl,
      ['apply', '--server-side', '-f', '-'],
      csa.replace('          env: [{name: MODE, value: serve}]\n', ''),
    );
    d = await deployment('moved');
    expect(d.spec.template.spec.containers[0].env).toBeUndefined();
  });

  test('wait and delete: the Deployment takes its ReplicaSets and pods with it', async () => {
    await k('wait', '--for=condition=Available', 'deployment/web', '--timeout=60s');
    const uid = (await deployment()).metadata.uid;
    await k('delete', 'deployment', 'web', '--wait=true', '--timeout=60s');
    expect((await sb.api('GET', '/apis/apps/v1/namespaces/default/deployments/web')).status).toBe(404);
    const owned = (await replicaSets()).filter(
      (r: { metadata: { ownerReferences: { uid: string }[] } }) => r.metadata.ownerReferences[0]!.uid === uid,
    );
    expect(owned).toEqual([]);
    const pods = (await sb.api('GET', '/api/v1/namespaces/default/pods?labelSelector=app%3Dweb')).body.items;
    expect(pods.every((p: Json) => p.metadata.deletionTimestamp)).toBe(true);
    await until(
      'the terminating pods gone',
      async () =>
        (await sb.api('GET', '/api/v1/namespaces/default/pods?labelSelector=app%3Dweb')).body.items.length ===
        0,
    );
    const missing = await sb.run(kubectl, ['get', 'deployment', 'web']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('NotFound');
  });
});
