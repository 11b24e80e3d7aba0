import { describe, expect, test } from 'vitest';
import { Api } from '../../../sandbox/kube/api';
import { byKind } from '../../../sandbox/kube/resources';
import { ApiError } from '../../../sandbox/kube/status';
import { Store } from '../../../sandbox/kube/store';
import type { KObject } from '../../../sandbox/kube/types';

const deploymentRt = byKind('Deployment');
const rsRt = byKind('ReplicaSet');
const cmRt = byKind('ConfigMap');

function setup(maxHistory?: number): Api {
  const api = new Api(new Store(maxHistory));
  api.create(byKind('Namespace'), undefined, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'ml' },
  });
  return api;
}

const deployment = (image = 'a:1'): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image }] } },
  },
});

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('API semantics', () => {
  test('create fills in identity, resourceVersion, generation and defaults', () => {
    const api = setup();
    const d = api.create(deploymentRt, 'ml', deployment());
    expect(d.metadata).toMatchObject({ name: 'web', namespace: 'ml', generation: 1 });
    expect(d.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(d.metadata.resourceVersion)).toBeGreaterThan(0);
    expect(d.spec).toMatchObject({
      replicas: 1,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
    });
    expect(d.spec.template.spec.containers[0]).toMatchObject({
      imagePullPolicy: 'IfNotPresent',
      terminationMessagePolicy: 'File',
    });
  });

  test('a stale resourceVersion is 409 Conflict; spec changes bump generation, label changes do not', () => {
    const api = setup();
    const d = api.create(deploymentRt, 'ml', deployment());
    const changed = structuredClone(d);
    changed.spec.template.spec.containers[0].image = 'a:2';
    const v2 = api.update(deploymentRt, 'ml', 'web', changed);
    expect(v2.metadata.generation).toBe(2);
    expect(Number(v2.metadata.resourceVersion)).toBeGreaterThan(Number(d.metadata.resourceVersion));
    const err = apiError(() => api.update(deploymentRt, 'ml', 'web', changed));
    expect(err.toStatus()).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Conflict',
      code: 409,
      details: { name: 'web', group: 'apps', kind: 'deployments' },
    });
    const labelled = api.patch(deploymentRt, 'ml', 'web', 'merge', { metadata: { labels: { team: 'ml' } } });
    expect(labelled.metadata.generation).toBe(2);
    const same = api.patch(deploymentRt, 'ml', 'web', 'merge', { metadata: { labels: { team: 'ml' } } });
    expect(same.metadata.resourceVersion).toBe(labelled.metadata.resourceVersion);
  });

  test('status writes leave spec alone and spec writes leave status alone', () => {
    const api = setup();
    const d = api.create(deploymentRt, 'ml', { ...deployment(), status: { replicas: 9 } });
    expect(d.status).toBeUndefined();
    const s = api.update(
      deploymentRt,
      'ml',
      'web',
      { ...d, spec: { ...d.spec, replicas: 7 }, status: { replicas: 3 } },
      { subresource: 'status' },
    );
    expect(s.spec.replicas).toBe(1);
    expect(s.status).toEqual({ replicas: 3 });
    expect(s.metadata.generation).toBe(1);
  });

  test('404, 409 AlreadyExists and 422 Invalid as Status errors', () => {
    const api = setup();
    expect(apiError(() => api.get(deploymentRt, 'ml', 'nope')).toStatus()).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'deployments.apps "nope" not found',
    });
    api.create(deploymentRt, 'ml', deployment());
    expect(apiError(() => api.create(deploymentRt, 'ml', deployment())).reason).toBe('AlreadyExists');
    const bad = deployment();
    bad.spec.template.metadata.labels = { app: 'other' };
    const invalid = apiError(() => api.create(deploymentRt, 'ml', { ...bad, metadata: { name: 'bad' } }));
    expect(invalid.code).toBe(422);
    expect(invalid.message).toContain('`selector` does not match template `labels`');
    expect(
      apiError(() =>
        api.create(cmRt, 'ml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Not_Valid' } }),
      ).code,
    ).toBe(422);
    expect(
      apiError(() =>
        api.create(cmRt, 'absent', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
      ).message,
    ).toBe('namespaces "absent" not found');
    const immutable = api.get(deploymentRt, 'ml', 'web');
    immutable.spec.selector = { matchLabels: { app: 'web', x: 'y' } };
    immutable.spec.template.metadata.labels.x = 'y';
    expect(apiError(() => api.update(deploymentRt, 'ml', 'web', immutable)).message).toContain(
      'field is immutable',
    );
  });

  test('generateName makes a unique name', () => {
    const api = setup();
    const a = api.create(cmRt, 'ml', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { generateName: 'cfg-' },
    });
    const b = api.create(cmRt, 'ml', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { generateName: 'cfg-' },
    });
    expect(a.metadata.name).toMatch(/^cfg-[a-z0-9]{5}$/);
    expect(a.metadata.name).not.toBe(b.metadata.name);
  });

  test('deleting an owner collects its dependents, recursively; Orphan keeps them without the reference', () => {
    const api = setup();
    const owner = api.create(deploymentRt, 'ml', deployment());
    const ref = (o: KObject) => [
      {
        apiVersion: o.apiVersion,
        kind: o.kind,
        name: o.metadata.name!,
        uid: o.metadata.uid!,
        controller: true,
      },
    ];
    const rs = api.create(rsRt, 'ml', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-1', ownerReferences: ref(owner) },
      spec: deployment().spec,
    });
    api.create(byKind('Pod'), 'ml', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web-1-a', ownerReferences: ref(rs) },
      spec: { containers: [{ name: 'app', image: 'a:1' }] },
    });
    api.delete(deploymentRt, 'ml', 'web');
    expect(api.list(rsRt, 'ml')).toEqual([]);
    // Pods terminate gracefully: marked for deletion, then removed by the kubelet (or with grace 0).
    const [terminating] = api.list(byKind('Pod'), 'ml');
    expect(terminating!.metadata.deletionTimestamp).toBeDefined();
    expect(terminating!.metadata.deletionGracePeriodSeconds).toBe(30);
    api.delete(byKind('Pod'), 'ml', 'web-1-a', { gracePeriodSeconds: 0 });
    expect(api.list(byKind('Pod'), 'ml')).toEqual([]);

    const owner2 = api.create(deploymentRt, 'ml', deployment());
    api.create(rsRt, 'ml', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-2', ownerReferences: ref(owner2) },
      spec: deployment().spec,
    });
    api.delete(deploymentRt, 'ml', 'web', { propagationPolicy: 'Orphan' });
    const [orphan] = api.list(rsRt, 'ml');
    expect(orphan!.metadata.name).toBe('web-2');
    expect(orphan!.metadata.ownerReferences).toBeUndefined();
  });

  test('deleting a namespace deletes what is in it', () => {
    const api = setup();
    api.create(cmRt, 'ml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } });
    api.delete(byKind('Namespace'), undefined, 'ml');
    expect(api.list(cmRt, undefined)).toEqual([]);
  });

  test('Secrets: stringData becomes base64 data, type defaults to Opaque', () => {
    const api = setup();
    const s = api.create(byKind('Secret'), 'ml', {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      stringData: { token: 'abc' },
    });
    expect(s).toMatchObject({ type: 'Opaque', data: { token: Buffer.from('abc').toString('base64') } });
    expect(s.stringData).toBeUndefined();
  });

  test('the change history answers watches from a resourceVersion until it is compacted', () => {
    const store = new Store(5);
    const api = new Api(store);
    api.create(byKind('Namespace'), undefined, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'ml' },
    });
    const first = Number(store.resourceVersion);
    api.create(cmRt, 'ml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    expect(store.eventsSince(first)!.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED a']);
    for (let i = 0; i < 10; i++)
      api.create(cmRt, 'ml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `c${i}` } });
    expect(store.eventsSince(first)).toBeUndefined();
    expect(store.eventsSince(store.resourceVersion)).toEqual([]);
  });
});
