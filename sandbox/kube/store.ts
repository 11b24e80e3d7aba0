import { randomUUID } from 'node:crypto';
import { typeKey, type ResourceType } from './resources';
import { clone, nowIso, type KObject } from './types';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: EventType;
  rt: ResourceType;
  /** The object after the change (for DELETED: the last state, with the deletion's resourceVersion). */
  object: KObject;
  /** The object before the change, for MODIFIED. */
  old?: KObject;
  rv: number;
}

function objKey(ns: string | undefined, name: string): string {
  return `${ns ?? ''}/${name}`;
}

/**
 * Objects by resource type, one global resourceVersion counter, and a bounded history of changes so
 * watches can resume from a resourceVersion (older than the history: 410 Expired, as etcd compaction).
 */
export class Store {
  private rv = 1;
  private readonly data = new Map<string, Map<string, KObject>>();
  private readonly history: StoreEvent[] = [];
  private readonly subscribers = new Set<(event: StoreEvent) => void>();

  constructor(private readonly maxHistory = 50_000) {}

  get resourceVersion(): number {
    return this.rv;
  }

  private table(rt: ResourceType): Map<string, KObject> {
    const key = typeKey(rt);
    let t = this.data.get(key);
    if (!t) this.data.set(key, (t = new Map()));
    return t;
  }

  get(rt: ResourceType, ns: string | undefined, name: string): KObject | undefined {
    const o = this.table(rt).get(objKey(rt.namespaced ? ns : undefined, name));
    return o && clone(o);
  }

  /** Objects of one type (in one namespace when given), cloned, sorted by namespace and name. */
  list(rt: ResourceType, ns?: string): KObject[] {
    return this.peek(rt, ns).map((o) => clone(o));
  }

  /** Like list() without copies: callers must not modify what they get. */
  peek(rt: ResourceType, ns?: string): KObject[] {
    const out: KObject[] = [];
    for (const o of this.table(rt).values())
      if (!ns || !rt.namespaced || o.metadata.namespace === ns) out.push(o);
    return out.sort((a, b) =>
      a.metadata.namespace === b.metadata.namespace
        ? a.metadata.name! < b.metadata.name!
          ? -1
          : 1
        : (a.metadata.namespace ?? '') < (b.metadata.namespace ?? '')
          ? -1
          : 1,
    );
  }

  count(rt: ResourceType): number {
    return this.table(rt).size;
  }

  create(rt: ResourceType, obj: KObject): KObject {
    const stored = clone(obj);
    stored.metadata.uid = randomUUID();
    stored.metadata.creationTimestamp = nowIso();
    if (rt.hasSpec) stored.metadata.generation = 1;
    else delete stored.metadata.generation;
    stored.metadata.resourceVersion = String(++this.rv);
    this.table(rt).set(objKey(stored.metadata.namespace, stored.metadata.name!), stored);
    this.emit({ type: 'ADDED', rt, object: stored, rv: this.rv });
    return clone(stored);
  }

  replace(rt: ResourceType, obj: KObject): KObject {
    const key = objKey(obj.metadata.namespace, obj.metadata.name!);
    const old = this.table(rt).get(key);
    const stored = clone(obj);
    stored.metadata.resourceVersion = String(++this.rv);
    this.table(rt).set(key, stored);
    this.emit({ type: 'MODIFIED', rt, object: stored, old, rv: this.rv });
    return clone(stored);
  }

  remove(rt: ResourceType, ns: string | undefined, name: string): KObject | undefined {
    const key = objKey(rt.namespaced ? ns : undefined, name);
    const old = this.table(rt).get(key);
    if (!old) return undefined;
    this.table(rt).delete(key);
    const last = clone(old);
    last.metadata.resourceVersion = String(++this.rv);
    this.emit({ type: 'DELETED', rt, object: last, old, rv: this.rv });
    return clone(last);
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    if (this.history.length > this.maxHistory) this.history.splice(0, this.history.length - this.maxHistory);
    for (const s of [...this.subscribers]) s(event);
  }

  subscribe(fn: (event: StoreEvent) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  /** Changes after resourceVersion `rv`, or undefined when the history no longer reaches back that far. */
  eventsSince(rv: number): StoreEvent[] | undefined {
    if (rv >= this.rv) return [];
    const first = this.history[0];
    if (!first || first.rv > rv + 1) {
      // Nothing lost if no change happened between rv and the oldest event kept.
      if (first && this.history.length < this.maxHistory) return this.history.filter((e) => e.rv > rv);
      return first ? undefined : [];
    }
    let lo = 0;
    let hi = this.history.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.history[mid]!.rv <= rv) lo = mid + 1;
      else hi = mid;
    }
    return this.history.slice(lo);
  }
}
