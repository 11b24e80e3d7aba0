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

function metaFromProto(m: Json): Json {
  if (!m) return {};
  const out: Json = { ...m };
  for (const k of ['creationTimestamp', 'deletionTimestamp']) {
    if (m[k]) out[k] = timeToIso(m[k]);
  }
  for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === '') delete out[k];
  return out;
}

const decoders: Record<string, (raw: Uint8Array) => Json> = {
  Secret: (raw) => {
    const s = toPlain(message('Secret'), raw);
    return { ...s, metadata: metaFromProto(s.metadata) };
  },
  ConfigMap: (raw) => {
    const c = toPlain(message('ConfigMap'), raw);
    return { ...c, metadata: metaFromProto(c.metadata) };
  },
  DeleteOptions: (raw) => toPlain(message('DeleteOptions'), raw),
};

/**
 * Decodes a body sent as application/vnd.kubernetes.protobuf: the "k8s\0" magic, then a runtime.Unknown
 * whose raw bytes are the object's own message. Only the kinds clients send this way are known (helm's
 * release Secrets and ConfigMaps, and the DeleteOptions of typed clients); others get 415.
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
