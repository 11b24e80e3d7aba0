import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeProtobufObject, openApiV2Protobuf } from '../../../sandbox/kube/protobuf';
import { ApiError } from '../../../sandbox/kube/status';

const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('Kubernetes protobuf bodies', () => {
  // Captured from helm 3.17 installing the test chart as release "fixture" in namespace "pb".
  test('decodes the release Secret helm POSTs', () => {
    const secret = decodeProtobufObject(fixture('helm3-release-secret-create.pb'));
    expect(secret.apiVersion).toBe('v1');
    expect(secret.kind).toBe('Secret');
    expect(secret.type).toBe('helm.sh/release.v1');
    expect(secret.metadata).toMatchObject({
      name: 'sh.helm.release.v1.fixture.v1',
      labels: { name: 'fixture', owner: 'helm', status: 'pending-install', version: '1' },
    });
    const release = Buffer.from(secret.data.release, 'base64').toString('utf8');
    expect(release).toMatch(/^H4sI/);
  });

  test('decodes the DeleteOptions a typed client sends with DELETE', () => {
    const options = decodeProtobufObject(fixture('helm3-delete-options.pb'));
    expect(options.kind).toBe('DeleteOptions');
  });

  test('rejects a body without the magic prefix, and kinds it cannot decode with 415', () => {
    expect(() => decodeProtobufObject(Buffer.from('{}'))).toThrowError(/magic prefix/);
    const deployment = Buffer.concat([
      Buffer.from([0x6b, 0x38, 0x73, 0]),
      Buffer.from([
        0x0a,
        0x15,
        0x0a,
        0x07,
        ...Buffer.from('apps/v1'),
        0x12,
        0x0a,
        ...Buffer.from('ReplicaSet'),
      ]),
    ]);
    try {
      decodeProtobufObject(deployment);
      expect.unreachable();
    } catch (e) {
      expect((e as ApiError).code).toBe(415);
    }
  });

  test('a truncated body is a 400', () => {
    const body = fixture('helm3-release-secret-create.pb').subarray(0, 100);
    expect(() => decodeProtobufObject(body)).toThrowError(/malformed protobuf/);
  });

  test('the OpenAPI v2 document is a protobuf message starting with swagger "2.0"', () => {
    const doc = openApiV2Protobuf('v1.33.0');
    expect([...doc.subarray(0, 5)]).toEqual([0x0a, 0x03, 0x32, 0x2e, 0x30]);
  });
});
