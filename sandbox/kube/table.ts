import type { ResourceType } from './resources';
import type { Json, KObject } from './types';

/**
 * Server-side printing: what `kubectl get` asks for (Accept ...;as=Table;g=meta.k8s.io) and prints as
 * columns. A few kinds get the columns the real server gives them; the rest get NAME and AGE.
 */
interface Column {
  name: string;
  type: string;
  format?: string;
  cell(o: KObject): string | number;
}

function age(o: KObject): string {
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(o.metadata.creationTimestamp ?? '')) / 1000));
  if (!Number.isFinite(s)) return '<unknown>';
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m`;
  if (s < 172800) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

function podStatus(p: KObject): string {
  if (p.metadata.deletionTimestamp) return 'Terminating';
  for (const c of p.status?.containerStatuses ?? []) {
    if (c.state?.waiting?.reason && c.state.waiting.reason !== 'ContainerCreating')
      return c.state.waiting.reason;
    if (c.state?.terminated?.reason) return c.state.terminated.reason;
  }
  if ((p.status?.containerStatuses ?? []).some((c: Json) => c.state?.waiting?.reason === 'ContainerCreating'))
    return 'ContainerCreating';
  return p.status?.phase ?? 'Pending';
}

const name: Column = { name: 'Name', type: 'string', format: 'name', cell: (o) => o.metadata.name ?? '' };
const ageColumn: Column = { name: 'Age', type: 'string', cell: age };

const columns: Record<string, Column[]> = {
  Pod: [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (p) =>
        `${(p.status?.containerStatuses ?? []).filter((c: Json) => c.ready).length}/${(p.spec?.containers ?? []).length}`,
    },
    { name: 'Status', type: 'string', cell: podStatus },
    {
      name: 'Restarts',
      type: 'string',
      cell: (p) =>
        String(
          (p.status?.containerStatuses ?? []).reduce((n: number, c: Json) => n + (c.restartCount ?? 0), 0),
        ),
    },
    ageColumn,
  ],
  Deployment: [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (d) => `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
    },
    { name: 'Up-to-date', type: 'integer', cell: (d) => d.status?.updatedReplicas ?? 0 },
    { name: 'Available', type: 'integer', cell: (d) => d.status?.availableReplicas ?? 0 },
    ageColumn,
  ],
  ReplicaSet: [
    name,
    { name: 'Desired', type: 'integer', cell: (r) => r.spec?.replicas ?? 0 },
    { name: 'Current', type: 'integer', cell: (r) => r.status?.replicas ?? 0 },
    { name: 'Ready', type: 'integer', cell: (r) => r.status?.readyReplicas ?? 0 },
    ageColumn,
  ],
  Service: [
    name,
    { name: 'Type', type: 'string', cell: (s) => s.spec?.type ?? 'ClusterIP' },
    { name: 'Cluster-IP', type: 'string', cell: (s) => s.spec?.clusterIP ?? '<none>' },
    { name: 'External-IP', type: 'string', cell: () => '<none>' },
    {
      name: 'Port(s)',
      type: 'string',
      cell: (s) =>
        (s.spec?.ports ?? []).map((p: Json) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',') || '<none>',
    },
    ageColumn,
  ],
  Event: [
    {
      name: 'Last Seen',
      type: 'string',
      cell: (e) => age({ ...e, metadata: { creationTimestamp: e.lastTimestamp } }),
    },
    { name: 'Type', type: 'string', cell: (e) => e.type ?? '' },
    { name: 'Reason', type: 'string', cell: (e) => e.reason ?? '' },
    {
      name: 'Object',
      type: 'string',
      cell: (e) => `${String(e.involvedObject?.kind ?? '').toLowerCase()}/${e.involvedObject?.name ?? ''}`,
    },
    { name: 'Message', type: 'string', cell: (e) => e.message ?? '' },
  ],
  Endpoints: [
    name,
    {
      name: 'Endpoints',
      type: 'string',
      cell: (e) =>
        (e.subsets ?? [])
          .flatMap((s: Json) =>
            (s.addresses ?? []).flatMap((a: Json) => (s.ports ?? []).map((p: Json) => `${a.ip}:${p.port}`)),
          )
          .join(',') || '<none>',
    },
    ageColumn,
  ],
  EndpointSlice: [
    name,
    { name: 'AddressType', type: 'string', cell: (e) => e.addressType ?? '' },
    {
      name: 'Ports',
      type: 'string',
      cell: (e) => (e.ports ?? []).map((p: Json) => p.port).join(',') || '<unset>',
    },
    {
      name: 'Endpoints',
      type: 'string',
      cell: (e) => (e.endpoints ?? []).flatMap((x: Json) => x.addresses ?? []).join(',') || '<unset>',
    },
    ageColumn,
  ],
  Namespace: [name, { name: 'Status', type: 'string', cell: (n) => n.status?.phase ?? 'Active' }, ageColumn],
};

export function wantsTable(accept: string): boolean {
  return /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}

export function toTable(
  rt: ResourceType,
  objects: KObject[],
  resourceVersion: string,
  includeObject: string | null,
): Json {
  const cols = columns[rt.kind] ?? [name, ageColumn];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: cols.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: '',
      priority: 0,
    })),
    rows: objects.map((o) => ({
      cells: cols.map((c) => c.cell(o)),
      object:
        includeObject === 'Object'
          ? o
          : includeObject === 'None'
            ? undefined
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
