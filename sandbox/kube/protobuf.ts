import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { badRequest, ApiError } from './status';
import type { Json } from './types';

const root = protobuf.parse(readFileSync(new URL('./k8s-subset.proto', import.meta.url), 'utf8'), {
  keepCase: true,
}).root;
const message = (name: string): protobuf.Type => root.lookupType(`sandbox.${name}`);

export const protobufContentType = 'application/vnd.kubernetes.protobuf';
const magic = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

function timeToIso(t: Json): string | undefined {
  if (!t || t.seconds === undefined) return undefined;
  return new Date(Number(t.seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function toPlain(type: protobuf.Type, bytes: Uint8Array): Json {
  return type.toObject(type.decode(bytes), {
    longs: Number,
    bytes: String,
    defaults: false,
    arrays: false,
    objects: false,
  });
}

/**
 * Go's protobuf encoding writes every non-pointer field, zero or not, where its JSON encoding leaves
 * the zero values out (omitempty). So zeros are dropped, except in the pointer fields where writing
 * the field means it was set.
 */
const pointerFields = new Set([
  'replicas',
  'revisionHistoryLimit',
  'progressDeadlineSeconds',
  'terminationGracePeriodSeconds',
  'activeDeadlineSeconds',
  'automountServiceAccountToken',
  'enableServiceLinks',
  'priority',
  'immutable',
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'fsGroup',
  'controller',
  'blockOwnerDeletion',
  'deletionGracePeriodSeconds',
  'gracePeriodSeconds',
  'orphanDependents',
]);
const alwaysObjects = new Set(['securityContext', 'resources', 'status', 'strategy']);

function normalize(value: Json, key = ''): Json {
  if (Array.isArray(value)) return value.map((v) => normalize(v));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (
    keys.length &&
    keys.every((k) => ['type', 'intVal', 'strVal'].includes(k)) &&
    typeof value.type === 'number'
  )
    return value.type === 1 ? value.strVal : value.intVal;
  if (keys.length === 1 && keys[0] === 'string') return value.string;
  if (key === 'creationTimestamp' || key === 'deletionTimestamp') return timeToIso(value);
  const out: Json = {};
  for (const k of keys) {
    const v = normalize(value[k], k);
    if (v === undefined || v === '') continue;
    if ((v === 0 || v === false) && !pointerFields.has(k)) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 && !alwaysObjects.has(k))
      continue;
    out[k] = v;
  }
  return out;
}

const objectKinds = [
  'Secret',
  'ConfigMap',
  'Deployment',
  'Pod',
  'Service',
  'Namespace',
  'ServiceAccount',
  'TokenRequest',
];
const decoders: Record<string, (raw: Uint8Array) => Json> = Object.fromEntries([
  ...objectKinds.map((kind) => [kind, (raw: Uint8Array) => normalize(toPlain(message(kind), raw))]),
  ['DeleteOptions', (raw: Uint8Array) => normalize(toPlain(message('DeleteOptions'), raw))],
]);

/**
 * Decodes a body sent as application/vnd.kubernetes.protobuf: the "k8s\0" magic, then a runtime.Unknown
 * whose raw bytes are the object's own message. Only the kinds clients send this way are known (helm's
 * release Secrets and ConfigMaps, kubectl's generated objects, the DeleteOptions of typed clients);
 * others get 415.
 */
export function decodeProtobufObject(body: Buffer): Json {
  if (body.length < 4 || !body.subarray(0, 4).equals(magic))
    throw badRequest('protobuf body without the k8s magic prefix');
  let unknown: Json;
  try {
    unknown = toPlain(message('Unknown'), body.subarray(4));
  } catch (e) {
    throw badRequest(`malformed protobuf body: ${(e as Error).message}`);
  }
  const kind: string = unknown.typeMeta?.kind ?? '';
  const apiVersion: string = unknown.typeMeta?.apiVersion ?? '';
  const raw = Buffer.from(unknown.raw ?? '', 'base64');
  const decode = decoders[kind];
  if (!decode) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `the emulator cannot decode protobuf ${apiVersion} ${kind}; send JSON`,
    );
  }
  try {
    return { apiVersion, kind, ...decode(raw) };
  } catch (e) {
    throw badRequest(`malformed protobuf ${kind}: ${(e as Error).message}`);
  }
}

/** A minimal OpenAPI v2 document in gnostic's protobuf form (what clients request from /openapi/v2). */
export function openApiV2Protobuf(version: string): Buffer {
  const type = message('OpenApiV2Document');
  return Buffer.from(
    type.encode(type.create({ swagger: '2.0', info: { title: 'Kubernetes', version } })).finish(),
  );
}
