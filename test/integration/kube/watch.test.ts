import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byKind } from '../../../sandbox/kube/resources';
import { KubeServer } from '../../../sandbox/kube/server';
import { Store } from '../../../sandbox/kube/store';
import type { Json } from '../../../sandbox/kube/types';
import { startSandbox, type Sandbox } from './helpers';

/** Reads watch events (one JSON object a line) until `enough` says so; the stream is then closed. */
async function readEvents(
  url: string,
  enough: (events: Json[]) => boolean,
  during?: () => Promise<void>,
): Promise<Json[]> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  expect(res.headers.get('content-type')).toBe('application/json');
  const reader = res.body!.getReader();
  const events: Json[] = [];
  let buffer = '';
  const pending = during?.();
  while (!enough(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += Buffer.from(value).toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      events.push(JSON.parse(buffer.slice(0, nl)));
      buffer = buffer.slice(nl + 1);
    }
  }
  controller.abort();
  await pending;
  return events;
}

describe('discovery and watch over HTTP', () => {
  let sb: Sandbox;
  const cm = (name: string, labels: Record<string, string> = {}) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, labels },
  });

  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(async () => {
    await sb?.stop();
  });

  test('legacy and aggregated discovery, and the OpenAPI v3 index', async () => {
    const groups = (await sb.api('GET', '/apis')).body;
    expect(groups.kind).toBe('APIGroupList');
    expect(groups.groups.map((g: Json) => g.name)).toEqual(
      expect.arrayContaining([
        'apps',
        'networking.k8s.io',
        'gateway.networking.k8s.io',
        'autoscaling',
        'policy',
      ]),
    );
    const apps = (await sb.api('GET', '/apis/apps/v1')).body;
    const scale = apps.resources.find((r: Json) => r.name === 'deployments/scale');
    expect(scale).toMatchObject({ group: 'autoscaling', version: 'v1', kind: 'Scale' });
    const res = await fetch(`${sb.emulator.url}/apis`, {
      headers: {
        Accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json',
      },
    });
    expect(res.headers.get('content-type')).toBe(
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    );
    const aggregated = (await res.json()) as Json;
    const hpa = aggregated.items.find((g: Json) => g.metadata.name === 'autoscaling').versions[0]
      .resources[0];
    expect(hpa).toMatchObject({
      resource: 'horizontalpodautoscalers',
      scope: 'Namespaced',
      responseKind: { kind: 'HorizontalPodAutoscaler' },
    });
    const index = (await sb.api('GET', '/openapi/v3')).body;
    expect(Object.keys(index.paths)).toEqual(expect.arrayContaining(['api/v1', 'apis/apps/v1']));
    const doc = (await sb.api('GET', index.paths['apis/apps/v1'].serverRelativeURL)).body;
    const patch = doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}'].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
    });
    expect(patch.parameters.map((p: Json) => p.name)).toContain('fieldValidation');
  });

  test('a watch from a resourceVersion replays later changes, and selector changes become ADDED/DELETED', async () => {
    const list = (await sb.api('GET', '/api/v1/namespaces/default/configmaps')).body;
    const rv = list.metadata.resourceVersion;
    await sb.api('POST', '/api/v1/namespaces/default/configmaps', cm('a', { watch: 'yes' }));
    await sb.api('POST', '/api/v1/namespaces/default/configmaps', cm('b', { watch: 'no' }));
    const events = await readEvents(
      `${sb.emulator.url}/api/v1/namespaces/default/configmaps?watch=1&labelSelector=watch%3Dyes&resourceVersion=${rv}`,
      (e) => e.length >= 4,
      async () => {
        await sb.api(
          'PATCH',
          '/api/v1/namespaces/default/configmaps/b',
          { metadata: { labels: { watch: 'yes' } } },
          'application/merge-patch+json',
        );
        await sb.api(
          'PATCH',
          '/api/v1/namespaces/default/configmaps/a',
          { data: { k: 'v' } },
          'application/merge-patch+json',
        );
        await sb.api(
          'PATCH',
          '/api/v1/namespaces/default/configmaps/a',
          { metadata: { labels: { watch: 'no' } } },
          'application/merge-patch+json',
        );
      },
    );
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual([
      'ADDED a',
      'ADDED b',
      'MODIFIED a',
      'DELETED a',
    ]);
    const rvs = events.map((e) => Number(e.object.metadata.resourceVersion));
    expect([...rvs].sort((x, y) => x - y)).toEqual(rvs);
  });

  test('sendInitialEvents streams the current state, then a bookmark marking its end', async () => {
    const events = await readEvents(
      `${sb.emulator.url}/api/v1/namespaces/default/configmaps?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true`,
      (e) => e.some((x) => x.type === 'BOOKMARK'),
    );
    const bookmark = events.at(-1);
    expect(bookmark.type).toBe('BOOKMARK');
    expect(bookmark.object.metadata.annotations).toEqual({ 'k8s.io/initial-events-end': 'true' });
    expect(events.slice(0, -1).map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual([
      'ADDED a',
      'ADDED b',
    ]);
  });

  test('a resourceVersion older than the kept history ends the watch with 410 Expired', async () => {
    const store = new Store(5);
    const server = new KubeServer(store, { podLog: () => '' });
    const port = await server.listen(0);
    try {
      server.api.create(byKind('Namespace'), undefined, {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'default' },
      });
      for (let i = 0; i < 10; i++) server.api.create(byKind('ConfigMap'), 'default', cm(`c${i}`));
      const events = await readEvents(
        `http://127.0.0.1:${port}/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=2`,
        (e) => e.length >= 1,
      );
      expect(events).toEqual([
        {
          type: 'ERROR',
          object: expect.objectContaining({
            kind: 'Status',
            code: 410,
            reason: 'Expired',
            message: expect.stringMatching(/^too old resource version: 2 /),
          }),
        },
      ]);
    } finally {
      await server.close();
    }
  });
});
