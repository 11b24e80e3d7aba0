import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { delimiter, join } from 'node:path';
import { releaseAsset } from '../../../actions/build-scan/trivy-install';
import { tempDir } from '../../helpers/temp-dir';

/**
 * A stand-in for Trivy (the real one cannot download its database here): `--version` answers, any other
 * command writes the report named by STANDIN_TRIVY_REPORT to its --output, fails like a rate-limited
 * database download when STANDIN_TRIVY_RATE_LIMIT is set and --skip-db-update is not given, and every
 * call is logged to STANDIN_TRIVY_LOG.
 */
export const STANDIN_TRIVY = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "Version: 0.67.2-standin"; exit 0; fi
[ -n "$STANDIN_TRIVY_LOG" ] && echo "$*" >> "$STANDIN_TRIVY_LOG"
case " $* " in *" --skip-db-update "*) skip=1 ;; *) skip= ;; esac
if [ -n "$STANDIN_TRIVY_RATE_LIMIT" ] && [ -z "$skip" ]; then
  echo "FATAL init error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS: retry-after: 1m" >&2
  exit 1
fi
out=
while [ $# -gt 0 ]; do [ "$1" = "--output" ] && out="$2"; shift; done
cp "$STANDIN_TRIVY_REPORT" "$out"
`;

/** This PATH without the directories that hold a trivy, so tests see a machine without one. */
export function pathWithoutTrivy(path = process.env.PATH ?? ''): string {
  return path
    .split(delimiter)
    .filter((dir) => dir && !existsSync(join(dir, 'trivy')))
    .join(delimiter);
}

/** A directory holding an executable stand-in `trivy`. */
export function standInTrivyDir(): string {
  const dir = tempDir('standin-trivy-');
  writeFileSync(join(dir, 'trivy'), STANDIN_TRIVY);
  chmodSync(join(dir, 'trivy'), 0o755);
  return dir;
}

export interface ReleaseServer {
  /** Base URL, as `trivy-release-url` takes it. */
  url: string;
  /** Paths asked for, in order. */
  requests: string[];
  archiveSha256: string;
  close(): Promise<void>;
}

/**
 * Serves a Trivy release on loopback the way GitHub lays it out: `<url>/v<version>/<asset>.tar.gz` with the
 * stand-in at its top level. Its SHA-256 is not the published one: tests pin `archiveSha256`.
 */
export async function serveTrivyRelease(version: string): Promise<ReleaseServer> {
  const asset = releaseAsset(version);
  const dir = standInTrivyDir();
  const archive = join(tempDir('trivy-release-'), asset);
  execFileSync('tar', ['-czf', archive, '-C', dir, 'trivy']);
  const bytes = readFileSync(archive);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const files: Record<string, Buffer> = { [`/download/v${version}/${asset}`]: bytes };
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
    res.end(body ?? 'Not Found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/download`,
    requests,
    archiveSha256: sha,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
