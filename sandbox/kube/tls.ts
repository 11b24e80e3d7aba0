import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/**
 * A self-signed serving certificate for 127.0.0.1, written to `dir` (the key 0600). kubectl and helm send
 * bearer tokens only over TLS, so the authenticating API server needs one; the kubeconfig carries it as
 * its certificate authority.
 */
export async function selfSignedCertificate(dir: string): Promise<Certificate> {
  const keyPath = join(dir, 'apiserver.key');
  const certPath = join(dir, 'apiserver.crt');
  // prettier-ignore
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=kube-apiserver',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ]);
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
