/** The API resources the emulator serves, as discovery and OpenAPI describe them. */
export interface Subresource {
  name: string;
  kind: string;
  group: string;
  version: string;
  verbs: string[];
}

export interface ResourceType {
  group: string;
  version: string;
  /** Plural, as in URLs. */
  resource: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  subresources: Subresource[];
  /** Whether writes to anything but metadata and status bump metadata.generation. */
  hasSpec: boolean;
  /** Defined by a CustomResourceDefinition in a real cluster: no strategic merge patch. */
  custom: boolean;
}

/** Groups that real clusters get from CRDs (Gateway API, Prometheus operator). */
const customGroups = ['gateway.networking.k8s.io', 'monitoring.coreos.com'];

const allVerbs = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

interface Def {
  kind: string;
  resource?: string;
  namespaced?: boolean;
  shortNames?: string[];
  categories?: string[];
  status?: boolean;
  scale?: boolean;
  log?: boolean;
  token?: boolean;
  hasSpec?: boolean;
}

function define(group: string, version: string, defs: Def[]): ResourceType[] {
  return defs.map((d) => {
    const resource = d.resource ?? `${d.kind.toLowerCase()}s`;
    const subresources: Subresource[] = [];
    if (d.status)
      subresources.push({ name: 'status', kind: d.kind, group, version, verbs: ['get', 'patch', 'update'] });
    if (d.scale)
      subresources.push({
        name: 'scale',
        kind: 'Scale',
        group: 'autoscaling',
        version: 'v1',
        verbs: ['get', 'patch', 'update'],
      });
    if (d.log) subresources.push({ name: 'log', kind: 'Pod', group: '', version: 'v1', verbs: ['get'] });
    if (d.token)
      subresources.push({
        name: 'token',
        kind: 'TokenRequest',
        group: 'authentication.k8s.io',
        version: 'v1',
        verbs: ['create'],
      });
    return {
      group,
      version,
      resource,
      singular: d.kind.toLowerCase(),
      kind: d.kind,
      listKind: `${d.kind}List`,
      namespaced: d.namespaced ?? true,
      shortNames: d.shortNames ?? [],
      categories: d.categories ?? [],
      verbs: allVerbs,
      subresources,
      hasSpec: d.hasSpec ?? true,
      custom: customGroups.includes(group),
    };
  });
}

export const resourceTypes: ResourceType[] = [
  ...define('', 'v1', [
    { kind: 'Namespace', namespaced: false, shortNames: ['ns'], status: true },
    { kind: 'Pod', shortNames: ['po'], categories: ['all'], status: true, log: true },
    { kind: 'Service', shortNames: ['svc'], categories: ['all'], status: true },
    { kind: 'Endpoints', resource: 'endpoints', shortNames: ['ep'], hasSpec: false },
    { kind: 'Secret', hasSpec: false },
    { kind: 'ConfigMap', shortNames: ['cm'], hasSpec: false },
    { kind: 'Event', shortNames: ['ev'], hasSpec: false },
    { kind: 'ServiceAccount', shortNames: ['sa'], token: true, hasSpec: false },
    { kind: 'PersistentVolumeClaim', shortNames: ['pvc'], status: true },
    { kind: 'Node', namespaced: false, shortNames: ['no'], status: true },
  ]),
  ...define('apps', 'v1', [
    { kind: 'Deployment', shortNames: ['deploy'], categories: ['all'], status: true, scale: true },
    { kind: 'ReplicaSet', shortNames: ['rs'], categories: ['all'], status: true, scale: true },
    { kind: 'StatefulSet', shortNames: ['sts'], categories: ['all'], status: true, scale: true },
    { kind: 'DaemonSet', shortNames: ['ds'], categories: ['all'], status: true },
  ]),
  ...define('batch', 'v1', [
    { kind: 'Job', categories: ['all'], status: true },
    { kind: 'CronJob', shortNames: ['cj'], categories: ['all'], status: true },
  ]),
  ...define('discovery.k8s.io', 'v1', [{ kind: 'EndpointSlice', hasSpec: false }]),
  ...define('networking.k8s.io', 'v1', [
    { kind: 'Ingress', resource: 'ingresses', shortNames: ['ing'], status: true },
    { kind: 'NetworkPolicy', resource: 'networkpolicies', shortNames: ['netpol'] },
  ]),
  ...define('gateway.networking.k8s.io', 'v1', [
    { kind: 'HTTPRoute', categories: ['gateway-api'], status: true },
    { kind: 'Gateway', shortNames: ['gtw'], categories: ['gateway-api'], status: true },
  ]),
  ...define('monitoring.coreos.com', 'v1', [
    { kind: 'ServiceMonitor', categories: ['prometheus-operator'] },
    { kind: 'PodMonitor', categories: ['prometheus-operator'] },
  ]),
  ...define('autoscaling', 'v2', [
    { kind: 'HorizontalPodAutoscaler', shortNames: ['hpa'], categories: ['all'], status: true },
  ]),
  ...define('policy', 'v1', [{ kind: 'PodDisruptionBudget', shortNames: ['pdb'], status: true }]),
  ...define('rbac.authorization.k8s.io', 'v1', [
    { kind: 'Role', hasSpec: false },
    { kind: 'RoleBinding', hasSpec: false },
    { kind: 'ClusterRole', namespaced: false, hasSpec: false },
    { kind: 'ClusterRoleBinding', namespaced: false, hasSpec: false },
  ]),
];

/** Groups in the order discovery lists them, each with its versions (preferred first). */
export function groups(): { name: string; versions: string[] }[] {
  const out: { name: string; versions: string[] }[] = [];
  for (const r of resourceTypes) {
    let g = out.find((x) => x.name === r.group);
    if (!g) out.push((g = { name: r.group, versions: [] }));
    if (!g.versions.includes(r.version)) g.versions.push(r.version);
  }
  return out;
}

export function apiVersionOf(r: { group: string; version: string }): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

export function findResource(group: string, version: string, resource: string): ResourceType | undefined {
  return resourceTypes.find((r) => r.group === group && r.version === version && r.resource === resource);
}

export function findKind(apiVersion: string, kind: string): ResourceType | undefined {
  return resourceTypes.find((r) => apiVersionOf(r) === apiVersion && r.kind === kind);
}

export function byKind(kind: string): ResourceType {
  const r = resourceTypes.find((x) => x.kind === kind);
  if (!r) throw new Error(`no resource type for kind ${kind}`);
  return r;
}

/** Key of a resource type in the store: group and plural (one version per group here). */
export function typeKey(r: ResourceType): string {
  return `${r.group}/${r.resource}`;
}
