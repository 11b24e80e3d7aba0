import type { Api } from './api';
import { randomSuffix } from './api';
import type { Recorder } from './events';
import { byKind } from './resources';
import { labelSelectorFromObject } from './selectors';
import type { Store } from './store';
import { clone, deepEqual, nowIso, stripNulls, type Json, type KObject } from './types';

const revisionKey = 'deployment.kubernetes.io/revision';
const hashLabel = 'pod-template-hash';
const deploymentSource = { component: 'deployment-controller' };
const replicaSetSource = { component: 'replicaset-controller' };

function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Like the controller's ComputeHash: fnv32a of the template, written with the "safe" alphabet. */
export function podTemplateHash(template: Json, collisionCount = 0): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const digits = String(fnv32a(JSON.stringify(template) + (collisionCount ? String(collisionCount) : '')));
  return [...digits].map((d) => alphabet[d.charCodeAt(0) % alphabet.length]).join('');
}

function isControlledBy(o: KObject, owner: KObject): boolean {
  return (o.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === owner.metadata.uid);
}

function ownerRef(owner: KObject): Json {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

function templateWithoutHash(t: Json): Json {
  const c = clone(t ?? {});
  if (c.metadata?.labels) {
    delete c.metadata.labels[hashLabel];
    if (Object.keys(c.metadata.labels).length === 0) delete c.metadata.labels;
  }
  return c;
}

function resolveIntOrPercent(value: Json, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+)%$/.exec(String(value ?? '0'));
  if (!m) return Number(value) || 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

function revisionOf(o: KObject): number {
  return Number(o.metadata.annotations?.[revisionKey] ?? 0);
}

export function podReady(p: KObject): boolean {
  return (p.status?.conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True');
}

function setCondition(conds: Json[], next: Json, now: string): Json[] {
  const old = conds.find((c) => c.type === next.type);
  const merged = {
    ...next,
    lastUpdateTime: next.lastUpdateTime ?? old?.lastUpdateTime ?? now,
    lastTransitionTime: old && old.status === next.status ? old.lastTransitionTime : now,
  };
  return [...conds.filter((c) => c.type !== next.type), merged].sort((a, b) => (a.type < b.type ? -1 : 1));
}

/** Deployment, ReplicaSet and Endpoints controllers: what kube-controller-manager does for these kinds. */
export class Controllers {
  constructor(
    private readonly api: Api,
    private readonly store: Store,
    private readonly events: Recorder,
  ) {}

  /** One reconciliation pass over every Deployment, ReplicaSet and Service. */
  sync(): void {
    for (const d of this.store.list(byKind('Deployment'))) this.guard(() => this.syncDeployment(d));
    for (const rs of this.store.list(byKind('ReplicaSet'))) this.guard(() => this.syncReplicaSet(rs));
    for (const d of this.store.list(byKind('Deployment'))) this.guard(() => this.syncDeploymentStatus(d));
    for (const s of this.store.list(byKind('Service'))) this.guard(() => this.syncEndpoints(s));
    for (const e of this.store.list(byKind('Endpoints'))) {
      if (!this.store.get(byKind('Service'), e.metadata.namespace, e.metadata.name!))
        this.guard(() => void this.api.delete(byKind('Endpoints'), e.metadata.namespace, e.metadata.name!));
    }
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      // A write that raced with a client (409, 404) is retried on the next pass, as a controller requeues.
      if (!(e && typeof e === 'object' && 'code' in e)) throw e;
    }
  }

  private replicaSetsOf(d: KObject): KObject[] {
    return this.store.list(byKind('ReplicaSet'), d.metadata.namespace).filter((rs) => isControlledBy(rs, d));
  }

  private scaleReplicaSet(d: KObject, rs: KObject, replicas: number): KObject {
    const from = rs.spec.replicas ?? 0;
    if (from === replicas) return rs;
    const next = clone(rs);
    next.spec.replicas = replicas;
    next.metadata.annotations = {
      ...next.metadata.annotations,
      'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas ?? 1),
      'deployment.kubernetes.io/max-replicas': String((d.spec.replicas ?? 1) + this.maxSurge(d)),
    };
    const updated = this.api.update(byKind('ReplicaSet'), rs.metadata.namespace, rs.metadata.name!, next, {
      internal: true,
    });
    this.events.record(
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${replicas > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${replicas}`,
      deploymentSource,
    );
    return updated;
  }

  private maxSurge(d: KObject): number {
    if (d.spec.strategy?.type !== 'RollingUpdate') return 0;
    return resolveIntOrPercent(d.spec.strategy.rollingUpdate?.maxSurge ?? '25%', d.spec.replicas ?? 1, true);
  }

  private maxUnavailable(d: KObject): number {
    const desired = d.spec.replicas ?? 1;
    if (d.spec.strategy?.type !== 'RollingUpdate') return 0;
    let mu = resolveIntOrPercent(d.spec.strategy.rollingUpdate?.maxUnavailable ?? '25%', desired, false);
    if (mu === 0 && this.maxSurge(d) === 0) mu = 1;
    return Math.min(mu, desired);
  }

  private syncDeployment(d: KObject): void {
    const rt = byKind('ReplicaSet');
    const ns = d.metadata.namespace;
    let all = this.replicaSetsOf(d);
    const template = d.spec.template;
    let newRS = all.find((rs) =>
      deepEqual(stripNulls(templateWithoutHash(rs.spec.template)), stripNulls(template)),
    );
    const maxRevision = Math.max(0, ...all.map(revisionOf));
    if (!newRS) {
      if (d.spec.paused) return;
      let collision = d.status?.collisionCount ?? 0;
      let hash = podTemplateHash(template, collision);
      while (this.store.get(rt, ns, `${d.metadata.name}-${hash}`))
        hash = podTemplateHash(template, ++collision);
      const labels = { ...(template.metadata?.labels ?? {}), [hashLabel]: hash };
      const rsTemplate = clone(template);
      rsTemplate.metadata = { ...rsTemplate.metadata, labels };
      newRS = this.api.create(
        rt,
        ns,
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: {
            name: `${d.metadata.name}-${hash}`,
            namespace: ns,
            labels,
            annotations: {
              'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas ?? 1),
              'deployment.kubernetes.io/max-replicas': String((d.spec.replicas ?? 1) + this.maxSurge(d)),
              [revisionKey]: String(maxRevision + 1),
            },
            ownerReferences: [ownerRef(d)],
          },
          spec: {
            replicas: 0,
            minReadySeconds: d.spec.minReadySeconds ?? 0,
            selector: {
              ...d.spec.selector,
              matchLabels: { ...(d.spec.selector?.matchLabels ?? {}), [hashLabel]: hash },
            },
            template: rsTemplate,
          },
        },
        { internal: true },
      );
      this.newReplicaSets.add(newRS.metadata.uid!);
      all = [...all, newRS];
    } else if (revisionOf(newRS) < maxRevision) {
      const next = clone(newRS);
      next.metadata.annotations = { ...next.metadata.annotations, [revisionKey]: String(maxRevision + 1) };
      newRS = this.api.update(rt, ns, newRS.metadata.name!, next, { internal: true });
      all = all.map((rs) => (rs.metadata.uid === newRS!.metadata.uid ? newRS! : rs));
    }
    if ((newRS.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0)) {
      const next = clone(newRS);
      next.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
      newRS = this.api.update(rt, ns, newRS.metadata.name!, next, { internal: true });
    }
    const revision = String(revisionOf(newRS));
    if (d.metadata.annotations?.[revisionKey] !== revision) {
      const next = clone(d);
      next.metadata.annotations = { ...next.metadata.annotations, [revisionKey]: revision };
      d = this.api.update(byKind('Deployment'), ns, d.metadata.name!, next, { internal: true });
    }
    if (d.spec.paused) return;

    const desired = d.spec.replicas ?? 1;
    const olds = all
      .filter((rs) => rs.metadata.uid !== newRS!.metadata.uid)
      .sort((a, b) => revisionOf(a) - revisionOf(b));
    if (d.spec.strategy?.type === 'Recreate') {
      for (const rs of olds) if (rs.spec.replicas) this.scaleReplicaSet(d, rs, 0);
      // Recreate waits until the old pods are gone, terminating ones included.
      const oldPods = this.store
        .peek(byKind('Pod'), ns)
        .filter((p) => olds.some((rs) => isControlledBy(p, rs))).length;
      if (oldPods === 0) this.scaleReplicaSet(d, newRS, desired);
    } else {
      const maxSurge = this.maxSurge(d);
      const maxUnavailable = this.maxUnavailable(d);
      const total = (): number => [newRS!, ...olds].reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
      if ((newRS.spec.replicas ?? 0) > desired) newRS = this.scaleReplicaSet(d, newRS, desired);
      else if (total() < desired + maxSurge) {
        const target = Math.min((newRS.spec.replicas ?? 0) + (desired + maxSurge - total()), desired);
        if (target > (newRS.spec.replicas ?? 0)) newRS = this.scaleReplicaSet(d, newRS, target);
      }
      const oldCount = olds.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
      if (oldCount > 0) {
        const minAvailable = desired - maxUnavailable;
        const newUnavailable = (newRS.spec.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
        let maxScaledDown = total() - minAvailable - newUnavailable;
        if (maxScaledDown > 0) {
          // First the old replicas that are not available anyway, then available ones down to minAvailable.
          for (let i = 0; i < olds.length && maxScaledDown > 0; i++) {
            const rs = olds[i]!;
            const unhealthy = (rs.spec.replicas ?? 0) - (rs.status?.availableReplicas ?? 0);
            if (unhealthy <= 0) continue;
            const n = Math.min(maxScaledDown, unhealthy);
            olds[i] = this.scaleReplicaSet(d, rs, (rs.spec.replicas ?? 0) - n);
            maxScaledDown -= n;
          }
          const available = [newRS, ...olds].reduce(
            (n, rs) => n + Math.min(rs.status?.availableReplicas ?? 0, rs.spec.replicas ?? 0),
            0,
          );
          let canScaleDown = available - minAvailable;
          for (let i = 0; i < olds.length && canScaleDown > 0; i++) {
            const rs = olds[i]!;
            if (!rs.spec.replicas) continue;
            const n = Math.min(rs.spec.replicas, canScaleDown);
            olds[i] = this.scaleReplicaSet(d, rs, rs.spec.replicas - n);
            canScaleDown -= n;
          }
        }
      }
    }
    // Keep at most revisionHistoryLimit old, empty ReplicaSets.
    const limit = d.spec.revisionHistoryLimit ?? 10;
    const empty = olds.filter((rs) => !rs.spec.replicas && !rs.status?.replicas);
    for (const rs of empty.slice(0, Math.max(0, empty.length - limit)))
      this.api.delete(rt, ns, rs.metadata.name!);
  }

  private readonly newReplicaSets = new Set<string>();

  private syncDeploymentStatus(d: KObject): void {
    const all = this.replicaSetsOf(d);
    const template = d.spec.template;
    const newRS = all.find((rs) =>
      deepEqual(stripNulls(templateWithoutHash(rs.spec.template)), stripNulls(template)),
    );
    const desired = d.spec.replicas ?? 1;
    const sum = (f: (rs: KObject) => number): number => all.reduce((n, rs) => n + f(rs), 0);
    const old = d.status ?? {};
    const now = nowIso();
    const status: Json = {
      observedGeneration: d.metadata.generation,
      replicas: sum((rs) => rs.status?.replicas ?? 0),
      updatedReplicas: newRS?.status?.replicas ?? 0,
      readyReplicas: sum((rs) => rs.status?.readyReplicas ?? 0),
      availableReplicas: sum((rs) => rs.status?.availableReplicas ?? 0),
    };
    status.unavailableReplicas = Math.max(desired - status.availableReplicas, 0);
    if (old.collisionCount) status.collisionCount = old.collisionCount;
    let conditions: Json[] = clone(old.conditions ?? []);
    const minAvailable = desired - this.maxUnavailable(d);
    conditions = setCondition(
      conditions,
      status.availableReplicas >= minAvailable
        ? {
            type: 'Available',
            status: 'True',
            reason: 'MinimumReplicasAvailable',
            message: 'Deployment has minimum availability.',
          }
        : {
            type: 'Available',
            status: 'False',
            reason: 'MinimumReplicasUnavailable',
            message: 'Deployment does not have minimum availability.',
          },
      now,
    );
    const rsName = newRS?.metadata.name ?? d.metadata.name;
    const progressing = conditions.find((c) => c.type === 'Progressing');
    const complete =
      status.updatedReplicas === desired &&
      status.replicas === desired &&
      status.availableReplicas === desired;
    if (d.spec.paused) {
      conditions = setCondition(
        conditions,
        {
          type: 'Progressing',
          status: 'Unknown',
          reason: 'DeploymentPaused',
          message: 'Deployment is paused',
          lastUpdateTime: now,
        },
        now,
      );
    } else if (newRS && this.newReplicaSets.delete(newRS.metadata.uid!)) {
      conditions = setCondition(
        conditions,
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetCreated',
          message: `Created new replica set "${rsName}"`,
          lastUpdateTime: now,
        },
        now,
      );
    } else if (complete) {
      if (progressing?.reason !== 'NewReplicaSetAvailable')
        conditions = setCondition(
          conditions,
          {
            type: 'Progressing',
            status: 'True',
            reason: 'NewReplicaSetAvailable',
            message: `ReplicaSet "${rsName}" has successfully progressed.`,
            lastUpdateTime: now,
          },
          now,
        );
    } else {
      const advanced =
        status.updatedReplicas > (old.updatedReplicas ?? 0) ||
        status.replicas - status.updatedReplicas < (old.replicas ?? 0) - (old.updatedReplicas ?? 0) ||
        status.readyReplicas > (old.readyReplicas ?? 0) ||
        status.availableReplicas > (old.availableReplicas ?? 0) ||
        (d.metadata.generation ?? 0) !== (old.observedGeneration ?? 0) ||
        !progressing ||
        progressing.reason === 'NewReplicaSetAvailable';
      const deadline = (d.spec.progressDeadlineSeconds ?? 600) * 1000;
      if (advanced) {
        conditions = setCondition(
          conditions,
          {
            type: 'Progressing',
            status: 'True',
            reason: 'ReplicaSetUpdated',
            message: `ReplicaSet "${rsName}" is progressing.`,
            lastUpdateTime: now,
          },
          now,
        );
      } else if (
        progressing &&
        progressing.reason !== 'ProgressDeadlineExceeded' &&
        Date.now() - Date.parse(progressing.lastUpdateTime) > deadline
      ) {
        conditions = setCondition(
          conditions,
          {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: `ReplicaSet "${rsName}" has timed out progressing.`,
            lastUpdateTime: now,
          },
          now,
        );
        this.events.record(
          d,
          'Warning',
          'ProgressDeadlineExceeded',
          `Deployment "${d.metadata.name}" has timed out progressing.`,
          deploymentSource,
        );
      }
    }
    status.conditions = conditions;
    if (deepEqual(old, status)) return;
    const next = clone(d);
    next.status = status;
    this.api.update(byKind('Deployment'), d.metadata.namespace, d.metadata.name!, next, {
      internal: true,
      subresource: 'status',
    });
  }

  private syncReplicaSet(rs: KObject): void {
    const podRt = byKind('Pod');
    const ns = rs.metadata.namespace;
    // Terminating pods no longer count: their replacements start at once, as with the real controller.
    const pods = this.store
      .list(podRt, ns)
      .filter((p) => isControlledBy(p, rs) && !p.metadata.deletionTimestamp);
    const desired = rs.spec.replicas ?? 1;
    if (pods.length < desired) {
      for (let i = pods.length; i < desired; i++) {
        const t = rs.spec.template ?? {};
        const name = `${rs.metadata.name}-${randomSuffix()}`;
        const pod = this.api.create(
          podRt,
          ns,
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: {
              name,
              namespace: ns,
              labels: t.metadata?.labels,
              annotations: t.metadata?.annotations,
              ownerReferences: [ownerRef(rs)],
            },
            spec: clone(t.spec),
          },
          { internal: true },
        );
        pods.push(pod);
        this.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, replicaSetSource);
      }
    } else if (pods.length > desired) {
      // Delete the pods that serve least first: not ready, then the youngest.
      const order = [...pods].sort(
        (a, b) =>
          Number(podReady(a)) - Number(podReady(b)) ||
          (b.metadata.creationTimestamp! < a.metadata.creationTimestamp! ? -1 : 1),
      );
      for (const p of order.slice(0, pods.length - desired)) {
        this.api.delete(podRt, ns, p.metadata.name!);
        this.events.record(
          rs,
          'Normal',
          'SuccessfulDelete',
          `Deleted pod: ${p.metadata.name}`,
          replicaSetSource,
        );
      }
    }
    const live = this.store
      .list(podRt, ns)
      .filter((p) => isControlledBy(p, rs) && !p.metadata.deletionTimestamp);
    const ready = live.filter(podReady).length;
    const minReadyMs = (rs.spec.minReadySeconds ?? 0) * 1000;
    const available = live.filter((p) => {
      if (!podReady(p)) return false;
      const since = (p.status?.conditions ?? []).find((c: Json) => c.type === 'Ready')?.lastTransitionTime;
      return minReadyMs === 0 || Date.now() - Date.parse(since) >= minReadyMs;
    }).length;
    const sel = labelSelectorFromObject(rs.spec.selector);
    const status: Json = {
      replicas: live.length,
      fullyLabeledReplicas: live.filter((p) => sel(p.metadata.labels ?? {})).length,
      readyReplicas: ready,
      availableReplicas: available,
      observedGeneration: rs.metadata.generation,
    };
    for (const k of ['readyReplicas', 'availableReplicas', 'fullyLabeledReplicas'])
      if (!status[k]) delete status[k];
    if (deepEqual(rs.status ?? {}, status)) return;
    const next = clone(rs);
    next.status = status;
    this.api.update(byKind('ReplicaSet'), ns, rs.metadata.name!, next, {
      internal: true,
      subresource: 'status',
    });
  }

  private syncEndpoints(svc: KObject): void {
    const selector = svc.spec?.selector;
    if (!selector || svc.spec?.type === 'ExternalName') return;
    const ns = svc.metadata.namespace;
    const pods = this.store
      .list(byKind('Pod'), ns)
      .filter(
        (p) => Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v) && p.status?.podIP,
      );
    const ports = (svc.spec.ports ?? []).map((sp: Json) => {
      let port = sp.targetPort ?? sp.port;
      if (typeof port === 'string') {
        const named = pods
          .flatMap((p) => p.spec?.containers ?? [])
          .flatMap((c: Json) => c.ports ?? [])
          .find((cp: Json) => cp.name === port);
        port = named?.containerPort ?? sp.port;
      }
      return { ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP' };
    });
    const address = (p: KObject): Json => ({
      ip: p.status.podIP,
      nodeName: p.spec?.nodeName,
      targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid },
    });
    const ready = pods.filter(podReady).map(address);
    const notReady = pods.filter((p) => !podReady(p)).map(address);
    const subsets = pods.length
      ? [
          {
            ...(ready.length ? { addresses: ready } : {}),
            ...(notReady.length ? { notReadyAddresses: notReady } : {}),
            ports,
          },
        ]
      : undefined;
    this.syncEndpointSlice(svc, pods, ports);
    const rt = byKind('Endpoints');
    const existing = this.store.get(rt, ns, svc.metadata.name!);
    const body: KObject = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: svc.metadata.name, namespace: ns, labels: svc.metadata.labels },
      ...(subsets ? { subsets } : {}),
    };
    if (!existing) {
      this.api.create(rt, ns, body, { internal: true });
      return;
    }
    if (
      deepEqual(existing.subsets, body.subsets) &&
      deepEqual(existing.metadata.labels, body.metadata.labels)
    )
      return;
    const next = clone(existing);
    next.subsets = body.subsets;
    if (!next.subsets) delete next.subsets;
    next.metadata.labels = body.metadata.labels;
    this.api.update(rt, ns, next.metadata.name!, next, { internal: true });
  }

  /** The EndpointSlice kubectl 1.33+ reads for a Service; owned by it, so it goes when the Service goes. */
  private syncEndpointSlice(svc: KObject, pods: KObject[], ports: Json[]): void {
    const rt = byKind('EndpointSlice');
    const ns = svc.metadata.namespace;
    const name = `${svc.metadata.name}-${podTemplateHash(svc.metadata.uid).slice(0, 5)}`;
    const endpoints = pods.map((p) => ({
      addresses: [p.status.podIP],
      conditions: { ready: podReady(p), serving: podReady(p), terminating: !!p.metadata.deletionTimestamp },
      nodeName: p.spec?.nodeName,
      targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid },
    }));
    const slicePorts = ports.map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol }));
    const existing = this.store.get(rt, ns, name);
    if (
      existing &&
      deepEqual(existing.endpoints ?? [], endpoints) &&
      deepEqual(existing.ports ?? [], slicePorts)
    )
      return;
    const body: KObject = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name,
        namespace: ns,
        labels: {
          'kubernetes.io/service-name': svc.metadata.name!,
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        },
        ownerReferences: [ownerRef(svc)],
      },
      addressType: 'IPv4',
      endpoints,
      ports: slicePorts,
    };
    if (!existing) this.api.create(rt, ns, body, { internal: true });
    else
      this.api.update(
        rt,
        ns,
        name,
        { ...body, metadata: { ...existing.metadata, ...body.metadata } },
        { internal: true },
      );
  }
}
