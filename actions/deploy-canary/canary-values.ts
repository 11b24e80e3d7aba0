import type { ValuesTree } from '../../lib/helm';
import { isPrototypeKey, setOwn } from '../../lib/safe-keys';

export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

const HOST = String.raw`(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?/)`;
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const REPOSITORY = new RegExp(`^${HOST}?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;

/**
 * `repository:tag`, `repository@sha256:…` or `repository:tag@sha256:…`; undefined when malformed or when
 * it names no version (a canary needs a tag or a digest).
 */
export function parseImageRef(text: string): ImageRef | undefined {
  const t = text.trim();
  const at = t.indexOf('@');
  const digest = at >= 0 ? t.slice(at + 1) : undefined;
  const rest = at >= 0 ? t.slice(0, at) : t;
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  const repository = hasTag ? rest.slice(0, colon) : rest;
  const tag = hasTag ? rest.slice(colon + 1) : undefined;
  if (!REPOSITORY.test(repository)) return undefined;
  if (tag !== undefined && !TAG.test(tag)) return undefined;
  if (digest !== undefined && !DIGEST.test(digest)) return undefined;
  if (tag === undefined && digest === undefined) return undefined;
  return { repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

export function formatImageRef(ref: ImageRef): string {
  return `${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** Same bits: by digest when both have one, else by tag and digest. */
export function sameImage(a: ImageRef, b: ImageRef): boolean {
  if (a.repository !== b.repository) return false;
  if (a.digest && b.digest) return a.digest === b.digest;
  return (a.tag ?? '') === (b.tag ?? '') && (a.digest ?? '') === (b.digest ?? '');
}

/** Where the chart keeps each setting deploy-canary drives; the defaults fit charts/inference-service. */
export interface ValueKeys {
  imageRepository: string;
  imageTag: string;
  imageDigest: string;
  canaryEnabled: string;
  canaryImageRepository: string;
  canaryImageTag: string;
  canaryImageDigest: string;
  canaryWeight: string;
  canaryReplicas: string;
  baselineEnabled: string;
}

export const DEFAULT_VALUE_KEYS: ValueKeys = {
  imageRepository: 'image.repository',
  imageTag: 'image.tag',
  imageDigest: 'image.digest',
  canaryEnabled: 'canary.enabled',
  canaryImageRepository: 'canary.image.repository',
  canaryImageTag: 'canary.image.tag',
  canaryImageDigest: 'canary.image.digest',
  canaryWeight: 'canary.weight',
  canaryReplicas: 'canary.replicas',
  baselineEnabled: 'baseline.enabled',
};

/** `a.b\.c.d` → ['a', 'b.c', 'd'] (a backslash keeps a dot inside a key, as with helm --set). */
export function splitPath(path: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (c === '\\' && path[i + 1] === '.') {
      current += '.';
      i++;
    } else if (c === '.') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** A path of non-empty keys, none of which (`__proto__`, `constructor`, `prototype`) reaches a prototype. */
export function isValuePath(path: string): boolean {
  return splitPath(path).every((p) => p !== '' && !isPrototypeKey(p));
}

function isTree(value: unknown): value is ValuesTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getValue(tree: ValuesTree, path: string): unknown {
  let node: unknown = tree;
  for (const key of splitPath(path)) {
    if (!isTree(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

export function hasValue(tree: ValuesTree, path: string): boolean {
  return getValue(tree, path) !== undefined;
}

/** A copy of `tree` with `path` set (intermediate maps created, non-maps on the way replaced). */
export function setValue(tree: ValuesTree, path: string, value: unknown): ValuesTree {
  if (!isValuePath(path)) throw new Error(`not a values path: ${JSON.stringify(path)}`);
  const keys = splitPath(path);
  const root = structuredClone(tree);
  let node = root;
  for (const key of keys.slice(0, -1)) {
    if (!Object.hasOwn(node, key) || !isTree(node[key])) setOwn(node, key, {});
    node = node[key] as ValuesTree;
  }
  setOwn(node, keys[keys.length - 1]!, value);
  return root;
}

/**
 * Helm's merge of values files: maps merge key by key, anything else in `override` replaces what `base` has
 * (a `null` stays, so helm drops the chart default as it would for a values file).
 */
export function mergeValues(base: ValuesTree, override: ValuesTree): ValuesTree {
  const out: ValuesTree = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    const current = Object.hasOwn(out, key) ? out[key] : undefined;
    setOwn(out, key, isTree(current) && isTree(value) ? mergeValues(current, value) : structuredClone(value));
  }
  return out;
}

export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => valuesEqual(v, b[i]));
  if (isTree(a) && isTree(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => valuesEqual(a[k], b[k]));
  }
  return false;
}

/** What the values of a revision say about its tracks. */
export interface TrackState {
  stableImage?: ImageRef;
  canaryEnabled: boolean;
  canaryImage?: ImageRef;
  weight?: number;
  replicas?: number;
  baseline: boolean;
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

function imageAt(
  values: ValuesTree,
  repository: string,
  tag: string,
  digest: string,
  fallbackRepository?: string,
) {
  const repo = text(getValue(values, repository)) ?? fallbackRepository;
  if (!repo) return undefined;
  const t = text(getValue(values, tag));
  const d = text(getValue(values, digest));
  return { repository: repo, ...(t ? { tag: t } : {}), ...(d ? { digest: d } : {}) };
}

export function readTrackState(values: ValuesTree, keys: ValueKeys): TrackState {
  const stableImage = imageAt(values, keys.imageRepository, keys.imageTag, keys.imageDigest);
  const canaryImage = imageAt(
    values,
    keys.canaryImageRepository,
    keys.canaryImageTag,
    keys.canaryImageDigest,
    stableImage?.repository,
  );
  const weight = Number(getValue(values, keys.canaryWeight));
  const replicas = getValue(values, keys.canaryReplicas);
  return {
    stableImage,
    canaryEnabled: getValue(values, keys.canaryEnabled) === true,
    canaryImage: canaryImage && (canaryImage.tag || canaryImage.digest) ? canaryImage : undefined,
    weight: Number.isFinite(weight) ? weight : undefined,
    replicas: typeof replicas === 'number' ? replicas : undefined,
    baseline: getValue(values, keys.baselineEnabled) === true,
  };
}

/**
 * Sets an image under three keys. The digest key is written only when there is a digest or the values
 * already have that key, so charts without digest support never see an unknown key.
 */
function withImage(
  values: ValuesTree,
  image: ImageRef,
  repository: string,
  tag: string,
  digest: string,
  base: ValuesTree,
): ValuesTree {
  let out = setValue(values, repository, image.repository);
  out = setValue(out, tag, image.tag ?? '');
  if (image.digest || hasValue(base, digest)) out = setValue(out, digest, image.digest ?? '');
  return out;
}

export interface CanaryRequest {
  image: ImageRef;
  weight: number;
  baseline: boolean;
  replicas?: number;
}

/** The keys a canary step sets, on top of the current values and the user's. */
export function canaryOverrides(request: CanaryRequest, keys: ValueKeys, base: ValuesTree): ValuesTree {
  let out = setValue({}, keys.canaryEnabled, true);
  out = withImage(
    out,
    request.image,
    keys.canaryImageRepository,
    keys.canaryImageTag,
    keys.canaryImageDigest,
    base,
  );
  out = setValue(out, keys.canaryWeight, request.weight);
  out = setValue(out, keys.baselineEnabled, request.baseline);
  if (request.replicas !== undefined) out = setValue(out, keys.canaryReplicas, request.replicas);
  return out;
}

/** Promote: the stable image becomes the canary's, canary and baseline off. */
export function promoteOverrides(canaryImage: ImageRef, keys: ValueKeys, base: ValuesTree): ValuesTree {
  let out = withImage({}, canaryImage, keys.imageRepository, keys.imageTag, keys.imageDigest, base);
  out = setValue(out, keys.canaryEnabled, false);
  out = setValue(out, keys.baselineEnabled, false);
  return out;
}

/** A first install: the image is the stable one and there is no canary yet. */
export function stableOverrides(image: ImageRef, keys: ValueKeys, base: ValuesTree): ValuesTree {
  let out = withImage({}, image, keys.imageRepository, keys.imageTag, keys.imageDigest, base);
  out = setValue(out, keys.canaryEnabled, false);
  return out;
}
