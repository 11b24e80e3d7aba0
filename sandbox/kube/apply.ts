import { mergeKeyFor } from './patch';
import { ApiError } from './status';
import {
  clone,
  deepEqual,
  isObject,
  nowIso,
  type Json,
  type KObject,
  type ManagedFieldsEntry,
} from './types';

/**
 * Server-side apply, reduced to what helm 4 and `kubectl apply --server-side` rely on: field ownership
 * per manager recorded as FieldsV1 in metadata.managedFields, merging by the same list keys as
 * strategic merge patch, pruning of fields a manager stops applying, and conflicts with other managers
 * unless forced.
 */

type PathEl = string; // 'f:name' | 'k:{"name":"x"}' | 'v:"x"' | '.'
type FieldSet = Set<string>; // JSON-encoded PathEl[] of leaves

const ignoredTop = new Set(['apiVersion', 'kind', 'status']);
const ignoredMeta = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
]);

function fieldNames(path: PathEl[]): string[] {
  return path.filter((p) => p.startsWith('f:')).map((p) => p.slice(2));
}

/** The leaf paths an object sets (its "fields" in SSA terms). */
export function fieldSet(obj: Json): FieldSet {
  const out: FieldSet = new Set();
  const walk = (value: Json, path: PathEl[]): void => {
    if (isObject(value)) {
      const keys = Object.keys(value).filter((k) => {
        if (path.length === 0) return !ignoredTop.has(k);
        if (path.length === 1 && path[0] === 'f:metadata') return !ignoredMeta.has(k);
        return true;
      });
      if (keys.length === 0 && path.length > 0) out.add(JSON.stringify(path));
      for (const k of keys)
        if (value[k] !== null && value[k] !== undefined) walk(value[k], [...path, `f:${k}`]);
      return;
    }
    if (Array.isArray(value)) {
      const key = mergeKeyFor(fieldNames(path));
      if (key && value.every((i) => isObject(i) && i[key] !== undefined)) {
        for (const item of value) {
          const p = [...path, `k:${JSON.stringify({ [key]: item[key] })}`];
          out.add(JSON.stringify([...p, '.']));
          walk(item, p);
        }
        return;
      }
      if (fieldNames(path).at(-1) === 'finalizers') {
        for (const v of value) out.add(JSON.stringify([...path, `v:${JSON.stringify(v)}`]));
        return;
      }
    }
    out.add(JSON.stringify(path));
  };
  walk(obj, []);
  return out;
}

export function toFieldsV1(set: FieldSet): Json {
  const root: Json = {};
  for (const s of set) {
    const path = JSON.parse(s) as PathEl[];
    let node = root;
    for (const el of path) node = node[el] ??= {};
  }
  return root;
}

export function fromFieldsV1(fv1: Json): FieldSet {
  const out: FieldSet = new Set();
  const walk = (node: Json, path: PathEl[]): void => {
    const keys = isObject(node) ? Object.keys(node) : [];
    if (keys.length === 0) {
      if (path.length) out.add(JSON.stringify(path));
      return;
    }
    for (const k of keys) {
      if (k === '.') out.add(JSON.stringify([...path, '.']));
      else walk(node[k], [...path, k]);
    }
  };
  walk(fv1, []);
  return out;
}

/** Resolves a path in an object; `found` false when any step is missing. */
function resolve(obj: Json, path: PathEl[]): { found: boolean; value?: Json } {
  let cur: Json = obj;
  for (const el of path) {
    if (el === '.') return { found: cur !== undefined, value: cur };
    if (el.startsWith('f:')) {
      if (!isObject(cur) || !(el.slice(2) in cur)) return { found: false };
      cur = cur[el.slice(2)];
    } else if (el.startsWith('k:')) {
      const keys = JSON.parse(el.slice(2)) as Record<string, Json>;
      if (!Array.isArray(cur)) return { found: false };
      cur = cur.find((i) => isObject(i) && Object.entries(keys).every(([k, v]) => i[k] === v));
      if (cur === undefined) return { found: false };
    } else if (el.startsWith('v:')) {
      const v = JSON.parse(el.slice(2));
      if (!Array.isArray(cur) || !cur.includes(v)) return { found: false };
      return { found: true, value: v };
    }
  }
  return { found: true, value: cur };
}

function removePath(obj: Json, path: PathEl[]): void {
  const last = path[path.length - 1]!;
  if (last === '.') {
    const itemEl = path[path.length - 2]!;
    const list = resolve(obj, path.slice(0, -2));
    if (list.found && Array.isArray(list.value)) {
      const keys = JSON.parse(itemEl.slice(2)) as Record<string, Json>;
      const idx = list.value.findIndex(
        (i: Json) => isObject(i) && Object.entries(keys).every(([k, v]) => i[k] === v),
      );
      if (idx >= 0) list.value.splice(idx, 1);
    }
    return;
  }
  const parent = resolve(obj, path.slice(0, -1));
  if (!parent.found) return;
  if (last.startsWith('f:') && isObject(parent.value)) delete parent.value[last.slice(2)];
  if (last.startsWith('v:') && Array.isArray(parent.value)) {
    const v = JSON.parse(last.slice(2));
    const idx = parent.value.indexOf(v);
    if (idx >= 0) parent.value.splice(idx, 1);
  }
}

function mergeApplied(live: Json, cfg: Json, names: string[]): Json {
  if (isObject(cfg)) {
    const out: Record<string, Json> = isObject(live) ? clone(live) : {};
    for (const [k, v] of Object.entries(cfg)) {
      if (v === null) delete out[k];
      else out[k] = mergeApplied(out[k], v, [...names, k]);
    }
    return out;
  }
  if (Array.isArray(cfg)) {
    const key = mergeKeyFor(names);
    if (key && Array.isArray(live)) {
      const out = clone(live);
      for (const item of cfg) {
        const idx = out.findIndex((i: Json) => isObject(i) && isObject(item) && i[key] === item[key]);
        if (idx >= 0) out[idx] = mergeApplied(out[idx], item, names);
        else out.push(clone(item));
      }
      return out;
    }
    if (names.at(-1) === 'finalizers' && Array.isArray(live))
      return [...live, ...cfg.filter((v) => !live.includes(v))];
    return clone(cfg);
  }
  return cfg;
}

function entrySet(e: ManagedFieldsEntry): FieldSet {
  return fromFieldsV1(e.fieldsV1);
}

/** Applies `config` for `manager` onto `live` (undefined: the object does not exist yet). */
export function serverSideApply(
  live: KObject | undefined,
  config: KObject,
  manager: string,
  force: boolean,
  subresource?: string,
): KObject {
  const entries: ManagedFieldsEntry[] = clone(live?.metadata.managedFields ?? []);
  const mine = entries.find(
    (e) => e.manager === manager && e.operation === 'Apply' && (e.subresource ?? '') === (subresource ?? ''),
  );
  const prev = mine ? entrySet(mine) : new Set<string>();
  const next = fieldSet(config);
  const base: KObject = live
    ? clone(live)
    : { apiVersion: config.apiVersion, kind: config.kind, metadata: {} };

  const conflicts: { manager: string; path: string }[] = [];
  const taken = new Set<string>();
  for (const p of next) {
    const path = JSON.parse(p) as PathEl[];
    // Owning a list item's presence ('.') never conflicts: only its fields' values can.
    if (path[path.length - 1] === '.') continue;
    const mineValue = resolve(config, path);
    const liveValue = resolve(base, path);
    if (!liveValue.found || deepEqual(mineValue.value, liveValue.value)) continue;
    for (const e of entries) {
      if (e === mine || (e.subresource ?? '') !== (subresource ?? '')) continue;
      if (entrySet(e).has(p)) {
        conflicts.push({ manager: e.manager, path: p });
        taken.add(p);
      }
    }
  }
  if (
    conflicts.length &&
    !force &&
    !(manager === 'kubectl' && migratingFromClientSideApply(live, conflicts))
  ) {
    const causes = conflicts.map((c) => ({
      reason: 'FieldManagerConflict',
      message: `conflict with "${c.manager}": ${pathText(c.path)}`,
      field: pathText(c.path),
    }));
    throw new ApiError(
      409,
      'Conflict',
      `Apply failed with ${conflicts.length} conflict${conflicts.length > 1 ? 's' : ''}: ${causes.map((c) => c.message).join('\n')}`,
      { causes },
    );
  }

  // Prune what this manager applied before and no longer applies, unless someone else still owns it.
  const others = new Set<string>();
  for (const e of entries) if (e !== mine) for (const p of entrySet(e)) others.add(p);
  const dropped = [...prev]
    .filter((p) => !next.has(p) && !others.has(p))
    .map((p) => JSON.parse(p) as PathEl[]);
  dropped.sort((a, b) => b.length - a.length);
  for (const path of dropped) removePath(base, path);
  // A map or list left empty by pruning goes too, unless someone still owns something under it.
  const kept = [...others, ...next];
  for (const path of dropped) {
    for (let n = path.length - 1; n > 0; n--) {
      const ancestor = path.slice(0, n).filter((el) => el !== '.');
      if (ancestor.length !== n || !ancestor[n - 1]!.startsWith('f:')) continue;
      const prefix = JSON.stringify(ancestor).slice(0, -1);
      const value = resolve(base, ancestor);
      const empty =
        value.found &&
        (Array.isArray(value.value)
          ? value.value.length === 0
          : isObject(value.value) && Object.keys(value.value).length === 0);
      if (empty && !kept.some((p) => p.startsWith(`${prefix},`) || p === `${prefix}]`))
        removePath(base, ancestor);
    }
  }

  const cfgBody = clone(config);
  delete cfgBody.status;
  const merged = mergeApplied(base, cfgBody, []) as KObject;
  merged.metadata.name = config.metadata.name ?? base.metadata.name;
  if (config.metadata.namespace) merged.metadata.namespace = config.metadata.namespace;

  const updated: ManagedFieldsEntry[] = [];
  for (const e of entries) {
    if (e === mine) continue;
    if (taken.size) {
      const rest = [...entrySet(e)].filter((p) => !taken.has(p));
      if (rest.length === 0) continue;
      updated.push({ ...e, fieldsV1: toFieldsV1(new Set(rest)) });
    } else updated.push(e);
  }
  updated.push({
    manager,
    operation: 'Apply',
    apiVersion: config.apiVersion,
    time: nowIso(),
    fieldsType: 'FieldsV1',
    fieldsV1: toFieldsV1(next),
    ...(subresource ? { subresource } : {}),
  });
  merged.metadata.managedFields = updated;
  return merged;
}

/**
 * The API server lets kubectl's first server-side apply take over from client-side apply without
 * conflicts: when every conflicting field is one the last-applied-configuration annotation set and that
 * still has the value it set there.
 */
function migratingFromClientSideApply(live: KObject | undefined, conflicts: { path: string }[]): boolean {
  const annotation = live?.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  if (!annotation) return false;
  let lastApplied: Json;
  try {
    lastApplied = JSON.parse(annotation);
  } catch {
    return false;
  }
  const allowed = fieldSet(lastApplied);
  return conflicts.every((c) => {
    const path = JSON.parse(c.path) as PathEl[];
    return allowed.has(c.path) && deepEqual(resolve(lastApplied, path).value, resolve(live, path).value);
  });
}

function pathText(p: string): string {
  return (JSON.parse(p) as PathEl[])
    .filter((e) => e !== '.')
    .map((e) => (e.startsWith('f:') ? `.${e.slice(2)}` : `[${e.slice(2)}]`))
    .join('');
}

/**
 * Records an Update by `manager` (POST, PUT, non-apply PATCH): it takes ownership of every field whose
 * value it changed, and other managers lose those fields.
 */
export function recordUpdate(
  old: KObject | undefined,
  next: KObject,
  manager: string,
  subresource?: string,
): void {
  if (
    old &&
    !deepEqual(old.metadata.managedFields, next.metadata.managedFields) &&
    next.metadata.managedFields
  )
    return;
  const before = old ? fieldSet(subresource ? { status: old.status } : old) : new Set<string>();
  const target = subresource ? { status: next.status } : next;
  const after = fieldSet(target);
  const changed = new Set<string>();
  for (const p of after) {
    const path = JSON.parse(p) as PathEl[];
    if (!before.has(p) || !deepEqual(resolve(old, path).value, resolve(next, path).value)) changed.add(p);
  }
  const entries: ManagedFieldsEntry[] = clone(old?.metadata.managedFields ?? []);
  const out: ManagedFieldsEntry[] = [];
  let mine: Set<string> | undefined;
  for (const e of entries) {
    if ((e.subresource ?? '') !== (subresource ?? '')) {
      out.push(e);
      continue;
    }
    const set = [...entrySet(e)].filter((p) => !changed.has(p) && after.has(p));
    if (e.manager === manager && e.operation === 'Update' && (e.subresource ?? '') === (subresource ?? '')) {
      mine = new Set(set);
      continue;
    }
    if (set.length) out.push({ ...e, fieldsV1: toFieldsV1(new Set(set)) });
  }
  const own = new Set([...(mine ?? []), ...changed]);
  if (own.size) {
    out.push({
      manager,
      operation: 'Update',
      apiVersion: next.apiVersion,
      time: nowIso(),
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1(own),
      ...(subresource ? { subresource } : {}),
    });
  }
  next.metadata.managedFields = out.length ? out : undefined;
  if (!next.metadata.managedFields) delete next.metadata.managedFields;
}
