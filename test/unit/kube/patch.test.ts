import { describe, expect, test } from 'vitest';
import {
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
  mergeKeyFor,
} from '../../../sandbox/kube/patch';
import { ApiError } from '../../../sandbox/kube/status';

const podSpec = () => ({
  containers: [
    {
      name: 'app',
      image: 'a:1',
      ports: [{ containerPort: 80, protocol: 'TCP' }],
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    },
    { name: 'sidecar', image: 's:1' },
  ],
  initContainers: [{ name: 'init', image: 'i:1' }],
  volumes: [{ name: 'data', emptyDir: {} }],
  imagePullSecrets: [{ name: 'reg' }],
  tolerations: [{ key: 'x', operator: 'Exists' }],
});

describe('strategic merge patch', () => {
  test.each([
    [['spec', 'containers'], 'name'],
    [['spec', 'template', 'spec', 'initContainers'], 'name'],
    [['spec', 'containers', 'ports'], 'containerPort'],
    [['spec', 'ports'], 'port'],
    [['spec', 'containers', 'env'], 'name'],
    [['spec', 'volumes'], 'name'],
    [['spec', 'containers', 'volumeMounts'], 'mountPath'],
    [['spec', 'imagePullSecrets'], 'name'],
    [['status', 'conditions'], 'type'],
    [['spec', 'tolerations'], undefined],
    [['spec', 'containers', 'args'], undefined],
  ])('merge key of %j is %s', (path, key) => {
    expect(mergeKeyFor(path)).toBe(key);
  });

  test('merges list items by key and keeps the others', () => {
    const out = applyStrategicMergePatch(podSpec(), {
      containers: [
        {
          name: 'app',
          image: 'a:2',
          env: [
            { name: 'B', value: '3' },
            { name: 'C', value: '4' },
          ],
        },
      ],
      volumes: [{ name: 'cache', emptyDir: {} }],
    });
    expect(out.containers).toHaveLength(2);
    expect(out.containers[0].image).toBe('a:2');
    expect(out.containers[0].ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(out.containers[0].env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '3' },
      { name: 'C', value: '4' },
    ]);
    expect(out.containers[1]).toEqual({ name: 'sidecar', image: 's:1' });
    expect(out.volumes.map((v: { name: string }) => v.name)).toEqual(['data', 'cache']);
  });

  test('replaces lists without a merge key whole, and null deletes a field', () => {
    const out = applyStrategicMergePatch(podSpec(), {
      tolerations: [{ key: 'y', operator: 'Exists' }],
      imagePullSecrets: null,
    });
    expect(out.tolerations).toEqual([{ key: 'y', operator: 'Exists' }]);
    expect(out.imagePullSecrets).toBeUndefined();
  });

  test('$patch: delete removes a list item; $patch: replace replaces a list or a map', () => {
    const out = applyStrategicMergePatch(podSpec(), {
      containers: [{ name: 'sidecar', $patch: 'delete' }],
      initContainers: [{ name: 'init2', image: 'i:2' }, { $patch: 'replace' }],
      volumes: [{ name: 'data', $patch: 'delete' }],
    });
    expect(out.containers.map((c: { name: string }) => c.name)).toEqual(['app']);
    expect(out.initContainers).toEqual([{ name: 'init2', image: 'i:2' }]);
    expect(out.volumes).toEqual([]);
    const map = applyStrategicMergePatch(
      { metadata: { labels: { a: '1', b: '2' } } },
      { metadata: { labels: { c: '3', $patch: 'replace' } } },
    );
    expect(map.metadata.labels).toEqual({ c: '3' });
    const gone = applyStrategicMergePatch(
      { spec: { strategy: { type: 'Recreate' }, replicas: 1 } },
      { spec: { strategy: { $patch: 'delete' } } },
    );
    expect(gone.spec).toEqual({ replicas: 1 });
  });

  test('$setElementOrder orders merged items as kubectl apply asks', () => {
    const out = applyStrategicMergePatch(podSpec(), {
      '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'app' }],
      containers: [{ name: 'app', image: 'a:3' }],
    });
    expect(out.containers.map((c: { name: string; image: string }) => `${c.name}=${c.image}`)).toEqual([
      'sidecar=s:1',
      'app=a:3',
    ]);
  });

  test('$retainKeys drops the keys not listed (as for a strategy type change)', () => {
    const out = applyStrategicMergePatch(
      { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } },
      { strategy: { $retainKeys: ['type'], type: 'Recreate' } },
    );
    expect(out.strategy).toEqual({ type: 'Recreate' });
  });

  test('$deleteFromPrimitiveList removes values; finalizers merge as a set', () => {
    const out = applyStrategicMergePatch(
      { metadata: { finalizers: ['a', 'b'] } },
      { metadata: { finalizers: ['c', 'a'], '$deleteFromPrimitiveList/finalizers': ['b'] } },
    );
    expect(out.metadata.finalizers.sort()).toEqual(['a', 'c']);
  });

  test('service ports merge by port', () => {
    const out = applyStrategicMergePatch(
      {
        spec: {
          ports: [
            { name: 'http', port: 80, targetPort: 8080 },
            { name: 'metrics', port: 9090 },
          ],
        },
      },
      { spec: { ports: [{ port: 80, targetPort: 8081 }] } },
    );
    expect(out.spec.ports).toEqual([
      { name: 'http', port: 80, targetPort: 8081 },
      { name: 'metrics', port: 9090 },
    ]);
  });
});

describe('JSON merge patch and JSON patch', () => {
  test('merge patch merges maps, replaces lists, deletes with null', () => {
    expect(applyMergePatch({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { b: null, d: 3 }, l: [3] })).toEqual({
      a: { c: 2, d: 3 },
      l: [3],
    });
  });

  test('JSON patch applies operations, and a failed test is 422', () => {
    expect(
      applyJsonPatch({ spec: { replicas: 1 } }, [
        { op: 'replace', path: '/spec/replicas', value: 3 },
        { op: 'add', path: '/spec/paused', value: true },
      ]),
    ).toEqual({
      spec: { replicas: 3, paused: true },
    });
    const attempt = () =>
      applyJsonPatch({ spec: { replicas: 1 } }, [{ op: 'test', path: '/spec/replicas', value: 2 }]);
    expect(attempt).toThrow(ApiError);
    try {
      attempt();
    } catch (e) {
      expect((e as ApiError).code).toBe(422);
    }
  });
});
