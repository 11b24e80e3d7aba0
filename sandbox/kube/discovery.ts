import { createHash } from 'node:crypto';
import { apiVersionOf, groups, resourceTypes, type ResourceType } from './resources';
import type { Json } from './types';

export const serverVersion = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.0-sandbox',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-01-01T00:00:00Z',
  goVersion: 'go1.24.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export function apiVersions(hostPort: string): Json {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: hostPort }],
  };
}

function groupEntry(name: string, versions: string[]): Json {
  const vs = versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
  return { name, versions: vs, preferredVersion: vs[0] };
}

export function apiGroupList(): Json {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups()
      .filter((g) => g.name !== '')
      .map((g) => groupEntry(g.name, g.versions)),
  };
}

export function apiGroup(name: string): Json | undefined {
  const g = groups().find((x) => x.name === name && name !== '');
  return g && { kind: 'APIGroup', apiVersion: 'v1', ...groupEntry(g.name, g.versions) };
}

export function apiResourceList(group: string, version: string): Json | undefined {
  const rts = resourceTypes.filter((r) => r.group === group && r.version === version);
  if (!rts.length) return undefined;
  const resources: Json[] = [];
  for (const r of rts) {
    resources.push({
      name: r.resource,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
      ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
      ...(r.categories.length ? { categories: r.categories } : {}),
      storageVersionHash: createHash('sha256')
        .update(`${group}/${version}/${r.kind}`)
        .digest('base64')
        .slice(0, 11),
    });
    for (const s of r.subresources) {
      resources.push({
        name: `${r.resource}/${s.name}`,
        singularName: '',
        namespaced: r.namespaced,
        ...(s.group !== group || s.version !== version ? { group: s.group, version: s.version } : {}),
        kind: s.kind,
        verbs: s.verbs,
      });
    }
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf({ group, version }),
    resources,
  };
}

function discoveryResource(r: ResourceType): Json {
  return {
    resource: r.resource,
    responseKind: { group: r.group, version: r.version, kind: r.kind },
    scope: r.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: r.singular,
    verbs: r.verbs,
    ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
    ...(r.categories.length ? { categories: r.categories } : {}),
    ...(r.subresources.length
      ? {
          subresources: r.subresources.map((s) => ({
            subresource: s.name,
            responseKind: { group: s.group, version: s.version, kind: s.kind },
            verbs: s.verbs,
          })),
        }
      : {}),
  };
}

/** Aggregated discovery (apidiscovery.k8s.io v2 or v2beta1) for /api (core) or /apis (all groups). */
export function aggregatedDiscovery(core: boolean, version: 'v2' | 'v2beta1'): Json {
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items: groups()
      .filter((g) => (g.name === '') === core)
      .map((g) => ({
        metadata: { name: g.name, creationTimestamp: null },
        versions: g.versions.map((v) => ({
          version: v,
          resources: resourceTypes
            .filter((r) => r.group === g.name && r.version === v)
            .map(discoveryResource),
          freshness: 'Current',
        })),
      })),
  };
}
