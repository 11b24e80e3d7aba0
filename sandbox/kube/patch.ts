import jsonPatch from 'fast-json-patch';
import { badRequest, ApiError } from './status';
import { clone, isObject, type Json } from './types';

/** RFC 6902 JSON patch. */
export function applyJsonPatch(doc: Json, ops: Json): Json {
  if (!Array.isArray(ops)) throw badRequest('json patch must be an array of operations');
  try {
    return jsonPatch.applyPatch(clone(doc), ops, true, false).newDocument;
  } catch (e) {
    throw new ApiError(
      422,
      'Invalid',
      `the server rejected our request due to an error in our request: ${(e as Error).message.split('\n')[0]}`,
    );
  }
}

/** RFC 7386 JSON merge patch. */
export function applyMergePatch(doc: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  const out: Record<string, Json> = isObject(doc) ? clone(doc) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}

const containerLists = ['containers', 'initContainers', 'ephemeralContainers'];

/**
 * The merge key of a list field in the built-in types, from the path of field names leading to it
 * (undefined: the list is atomic and a patch replaces it whole).
 */
export function mergeKeyFor(path: readonly string[]): string | undefined {
  const field = path[path.length - 1];
  const parent = path[path.length - 2];
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'imagePullSecrets':
    case 'env':
    case 'volumes':
    case 'resourceClaims':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'ports':
      if (containerLists.includes(parent ?? '')) return 'containerPort';
      return parent === 'spec' ? 'port' : undefined;
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'hostAliases':
      return 'ip';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    default:
      return undefined;
  }
}

/** Lists of primitives that strategic merge patch merges as sets rather than replacing. */
function isMergedPrimitiveList(path: readonly string[]): boolean {
  return path[path.length - 1] === 'finalizers';
}

/** A patch value with its directives ($patch, $retainKeys, $setElementOrder/...) removed. */
function stripDirectives(value: Json): Json {
  if (Array.isArray(value)) return value.filter((v) => !(isObject(v) && v.$patch)).map(stripDirectives);
  if (!isObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('$')) continue;
    if (v === null) continue;
    out[k] = stripDirectives(v);
  }
  return out;
}

function sameKey(a: Json, b: Json, key: string): boolean {
  return isObject(a) && isObject(b) && a[key] === b[key];
}

function reorder(list: Json[], order: Json[], key: string | undefined): Json[] {
  const pos = (item: Json): number => order.findIndex((o) => (key ? sameKey(o, item, key) : o === item));
  const inOrder = list.filter((i) => pos(i) >= 0).sort((a, b) => pos(a) - pos(b));
  return [...inOrder, ...list.filter((i) => pos(i) < 0)];
}

function smpMap(orig: Json, patch: Record<string, Json>, path: string[]): Json {
  if (patch.$patch === 'replace') return stripDirectives(patch);
  if (patch.$patch === 'delete') return undefined;
  const out: Record<string, Json> = isObject(orig) ? clone(orig) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(out[field]) && Array.isArray(v))
        out[field] = out[field].filter((x: Json) => !v.includes(x));
      continue;
    }
    if (k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else if (isObject(v)) {
      const merged = smpMap(out[k], v, [...path, k]);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else if (Array.isArray(v)) out[k] = smpList(out[k], v, [...path, k]);
    else out[k] = v;
  }
  for (const [k, v] of Object.entries(patch)) {
    if (!k.startsWith('$setElementOrder/') || !Array.isArray(v)) continue;
    const field = k.slice('$setElementOrder/'.length);
    if (Array.isArray(out[field])) out[field] = reorder(out[field], v, mergeKeyFor([...path, field]));
  }
  if (Array.isArray(patch.$retainKeys)) {
    for (const k of Object.keys(out)) if (!patch.$retainKeys.includes(k)) delete out[k];
  }
  return out;
}

function smpList(orig: Json, patch: Json[], path: string[]): Json[] {
  if (patch.some((i) => isObject(i) && i.$patch === 'replace')) return stripDirectives(patch);
  const key = mergeKeyFor(path);
  const current: Json[] = Array.isArray(orig) ? clone(orig) : [];
  if (!key) {
    if (!isMergedPrimitiveList(path)) return stripDirectives(patch);
    for (const v of patch) if (!current.includes(v)) current.push(v);
    return current;
  }
  for (const item of patch) {
    if (!isObject(item)) continue;
    const idx = current.findIndex((c) => sameKey(c, item, key));
    if (item.$patch === 'delete') {
      if (idx >= 0) current.splice(idx, 1);
      continue;
    }
    if (idx >= 0) current[idx] = smpMap(current[idx], item, path);
    else current.push(stripDirectives(item));
  }
  return current;
}

/** Strategic merge patch as the API server applies it, with the merge keys of the built-in types. */
export function applyStrategicMergePatch(doc: Json, patch: Json): Json {
  if (!isObject(patch)) throw badRequest('strategic merge patch must be a JSON object');
  return smpMap(doc, patch, []) ?? {};
}
