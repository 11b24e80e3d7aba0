import { randomBytes } from 'node:crypto';
import { recordUpdate, serverSideApply } from './apply';
import { applyDefaults, validate } from './defaults';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch } from './patch';
import { apiVersionOf, byKind, resourceTypes, type ResourceType } from './resources';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { alreadyExists, ApiError, badRequest, conflict, notFound } from './status';
import type { Store } from './store';
import { clone, deepEqual, isObject, nowIso, stripNulls, type Json, type KObject } from './types';

export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
  /** Writes by the emulator's own controllers: no managed fields, status kept as given. */
  internal?: boolean;
  subresource?: string;
}

export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

const safeAlphabet = 'bcdfghjklmnpqrstvwxz2456789';
export function randomSuffix(n = 5): string {
  const bytes = randomBytes(n);
  return [...bytes].map((b) => safeAlphabet[b % safeAlphabet.length]).join('');
}

function withoutMetaAndStatus(o: KObject): Json {
  const { metadata: _m, status: _s, ...rest } = o;
  return rest;
}

function hasStatus(rt: ResourceType): boolean {
  return rt.subresources.some((s) => s.name === 'status');
}

/** The semantics of the API server on top of the store, shared by the HTTP layer and the controllers. */
export class Api {
  constructor(readonly store: Store) {}

  get(rt: ResourceType, ns: string | undefined, name: string): KObject {
    const o = this.store.get(rt, ns, name);
    if (!o) throw notFound(rt, name);
    return o;
  }

  tryGet(rt: ResourceType, ns: string | undefined, name: string): KObject | undefined {
    return this.store.get(rt, ns, name);
  }

  list(
    rt: ResourceType,
    ns: string | undefined,
    labelSelector?: string | null,
    fieldSelector?: string | null,
  ): KObject[] {
    const ls = parseLabelSelector(labelSelector);
    const fs = parseFieldSelector(fieldSelector);
    return this.store.list(rt, ns).filter((o) => ls(o.metadata.labels ?? {}) && fs(o));
  }

  private requireNamespace(rt: ResourceType, ns: string | undefined): void {
    if (!rt.namespaced) return;
    if (!ns) throw badRequest('namespace is required');
    if (!this.store.get(byKind('Namespace'), undefined, ns)) {
      throw new ApiError(404, 'NotFound', `namespaces "${ns}" not found`, { name: ns, kind: 'namespaces' });
    }
  }

  create(rt: ResourceType, ns: string | undefined, body: KObject, opts: WriteOptions = {}): KObject {
    if (!isObject(body)) throw badRequest('the body of the request was not an object');
    const obj = opts.internal ? clone(body) : stripNulls(body);
    obj.apiVersion = apiVersionOf(rt);
    obj.kind = rt.kind;
    obj.metadata = isObject(obj.metadata) ? obj.metadata : {};
    if (rt.namespaced) {
      if (obj.metadata.namespace && ns && obj.metadata.namespace !== ns)
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      obj.metadata.namespace = ns ?? obj.metadata.namespace;
    } else delete obj.metadata.namespace;
    this.requireNamespace(rt, obj.metadata.namespace);
    const existingNs = rt.kind === 'Namespace' ? undefined : obj.metadata.namespace;
    if (rt.kind === 'Namespace' && this.store.get(rt, undefined, obj.metadata.name ?? '')) {
      throw alreadyExists(rt, obj.metadata.name!);
    }
    if (!obj.metadata.name && obj.metadata.generateName)
      obj.metadata.name = `${obj.metadata.generateName}${randomSuffix()}`;
    for (const k of [
      'uid',
      'resourceVersion',
      'creationTimestamp',
      'deletionTimestamp',
      'generation',
      'selfLink',
    ])
      delete obj.metadata[k];
    if (!opts.internal && hasStatus(rt)) delete obj.status;
    applyDefaults(rt, obj, undefined);
    validate(rt, obj, undefined);
    if (this.store.get(rt, existingNs, obj.metadata.name!)) throw alreadyExists(rt, obj.metadata.name!);
    if (!opts.internal) {
      delete obj.metadata.managedFields;
      recordUpdate(undefined, obj, opts.fieldManager ?? 'unknown');
    }
    if (opts.dryRun)
      return { ...obj, metadata: { ...obj.metadata, uid: 'dry-run', creationTimestamp: nowIso() } };
    return this.store.create(rt, obj);
  }

  /** PUT (and every other write to an existing object ends here). */
  update(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    body: KObject,
    opts: WriteOptions = {},
  ): KObject {
    if (!isObject(body)) throw badRequest('the body of the request was not an object');
    const old = this.get(rt, ns, name);
    const obj = opts.internal ? clone(body) : stripNulls(body);
    obj.apiVersion = apiVersionOf(rt);
    obj.kind = rt.kind;
    obj.metadata = isObject(obj.metadata) ? obj.metadata : {};
    if (obj.metadata.name && obj.metadata.name !== name)
      throw badRequest(
        `the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`,
      );
    if (obj.metadata.resourceVersion && obj.metadata.resourceVersion !== old.metadata.resourceVersion)
      throw conflict(
        rt,
        name,
        'the object has been modified; please apply your changes to the latest version and try again',
      );
    if (obj.metadata.uid && obj.metadata.uid !== old.metadata.uid)
      throw conflict(
        rt,
        name,
        `Precondition failed: UID in precondition: ${obj.metadata.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    let next: KObject;
    if (opts.subresource === 'status') {
      next = clone(old);
      next.status = obj.status;
      if (!opts.internal && obj.metadata.managedFields)
        next.metadata.managedFields = obj.metadata.managedFields;
    } else {
      next = obj;
      next.metadata.name = name;
      for (const k of [
        'uid',
        'creationTimestamp',
        'generation',
        'deletionTimestamp',
        'deletionGracePeriodSeconds',
      ]) {
        if (old.metadata[k] === undefined) delete next.metadata[k];
        else next.metadata[k] = old.metadata[k];
      }
      if (rt.namespaced) next.metadata.namespace = old.metadata.namespace;
      else delete next.metadata.namespace;
      if (hasStatus(rt) && !opts.internal) next.status = old.status;
      if (!next.metadata.managedFields && old.metadata.managedFields)
        next.metadata.managedFields = old.metadata.managedFields;
    }
    applyDefaults(rt, next, old);
    validate(rt, next, old);
    if (rt.hasSpec && rt.kind !== 'Pod' && !deepEqual(withoutMetaAndStatus(old), withoutMetaAndStatus(next)))
      next.metadata.generation = (old.metadata.generation ?? 1) + 1;
    if (!opts.internal)
      recordUpdate(
        old,
        next,
        opts.fieldManager ?? 'unknown',
        opts.subresource === 'status' ? 'status' : undefined,
      );
    next.metadata.resourceVersion = old.metadata.resourceVersion;
    if (deepEqual(stripTimes(old), stripTimes(next))) return old;
    if (opts.dryRun) return next;
    return this.store.replace(rt, next);
  }

  patch(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    type: PatchType,
    patch: Json,
    opts: WriteOptions & { force?: boolean } = {},
  ): KObject {
    const existing = this.tryGet(rt, ns, name);
    if (type === 'apply') {
      if (!opts.fieldManager)
        throw new ApiError(
          422,
          'Invalid',
          'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
        );
      if (!isObject(patch)) throw badRequest('apply patch must be an object');
      const config = { ...patch, metadata: { ...(patch.metadata ?? {}), name } } as KObject;
      if (rt.namespaced) config.metadata.namespace = ns;
      if (opts.subresource === 'status') {
        if (!existing) throw notFound(rt, name);
        const merged = serverSideApply(
          existing,
          {
            apiVersion: config.apiVersion,
            kind: config.kind,
            metadata: { name },
            status: config.status,
          } as KObject,
          opts.fieldManager,
          opts.force ?? false,
          'status',
        );
        return this.update(rt, ns, name, merged, { ...opts, internal: true, subresource: 'status' });
      }
      const merged = serverSideApply(existing, config, opts.fieldManager, opts.force ?? false);
      if (!existing) {
        const created = clone(merged);
        if (hasStatus(rt)) delete created.status;
        return this.create(rt, ns, created, { ...opts, internal: true });
      }
      if (hasStatus(rt)) merged.status = existing.status;
      merged.metadata.resourceVersion = existing.metadata.resourceVersion;
      return this.update(rt, ns, name, merged, { ...opts, internal: true, subresource: undefined });
    }
    if (!existing) throw notFound(rt, name);
    const base: Json = existing;
    let next: Json;
    if (type === 'json') next = applyJsonPatch(base, patch);
    else if (type === 'merge') next = applyMergePatch(base, patch);
    else next = applyStrategicMergePatch(base, patch);
    if (!isObject(next)) throw badRequest('the patch did not produce an object');
    // A patch that sets metadata.resourceVersion makes it a precondition, as on the API server.
    return this.update(rt, ns, name, next as KObject, opts);
  }

  delete(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    opts: {
      propagationPolicy?: string;
      dryRun?: boolean;
      preconditions?: { uid?: string; resourceVersion?: string };
      /** For pods: 0 removes at once; otherwise the pod is marked terminating and the kubelet removes it. */
      gracePeriodSeconds?: number;
    } = {},
  ): KObject {
    const old = this.get(rt, ns, name);
    const pre = opts.preconditions;
    if (pre?.uid && pre.uid !== old.metadata.uid)
      throw conflict(
        rt,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    if (pre?.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion)
      throw conflict(
        rt,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion}`,
      );
    if (opts.dryRun) return old;
    if (rt.kind === 'Pod' && opts.gracePeriodSeconds !== 0)
      return this.terminate(old, opts.gracePeriodSeconds);
    const removed = this.store.remove(rt, ns, name)!;
    if (rt.kind === 'Namespace') {
      for (const t of resourceTypes)
        if (t.namespaced)
          for (const o of this.store.peek(t, name)) this.store.remove(t, name, o.metadata.name!);
    }
    this.collectDependents(old.metadata.uid!, opts.propagationPolicy === 'Orphan');
    return removed;
  }

  /** Graceful deletion: deletionTimestamp is when the grace period ends; the kubelet removes the pod. */
  private terminate(pod: KObject, gracePeriodSeconds?: number): KObject {
    if (pod.metadata.deletionTimestamp) return pod;
    const grace = gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
    const next = clone(pod);
    next.metadata.deletionTimestamp = new Date(Date.now() + grace * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    next.metadata.deletionGracePeriodSeconds = grace;
    return this.store.replace(byKind('Pod'), next);
  }

  /** Owner-reference garbage collection: dependents of a deleted owner go too (or are orphaned). */
  private collectDependents(uid: string, orphan: boolean): void {
    for (const t of resourceTypes) {
      for (const o of this.store.peek(t)) {
        const refs = o.metadata.ownerReferences ?? [];
        if (!refs.some((r) => r.uid === uid)) continue;
        const rest = refs.filter((r) => r.uid !== uid);
        if (orphan || rest.length > 0) {
          const copy = clone(o);
          copy.metadata.ownerReferences = rest.length ? rest : undefined;
          if (!copy.metadata.ownerReferences) delete copy.metadata.ownerReferences;
          this.store.replace(t, copy);
        } else if (t.kind === 'Pod') {
          this.terminate(o);
        } else {
          const removed = this.store.remove(t, o.metadata.namespace, o.metadata.name!);
          if (removed) this.collectDependents(removed.metadata.uid!, false);
        }
      }
    }
  }
}

function stripTimes(o: KObject): Json {
  const c = clone(o);
  for (const e of c.metadata.managedFields ?? []) delete e.time;
  return c;
}
