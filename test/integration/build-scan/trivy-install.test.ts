import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compareVersions,
  findOrInstallTrivy,
  installTrivy,
  releaseAsset,
  TRIVY_MIN_VERSION,
  TRIVY_SHA256,
} from '../../../actions/build-scan/trivy-install';
import { Trivy } from '../../../actions/build-scan/trivy-scan';
import { CommandError } from '../../../lib/errors';
import { Cli } from '../../../lib/exec';
import { repoRoot } from '../../helpers/run-bundle';
import { pathWithoutTrivy, serveTrivyRelease, standInTrivyDir, type ReleaseServer } from './trivy-release';
import { tempDir } from '../../helpers/temp-dir';

const version = '0.67.2';
const saved = { ...process.env };
let server: ReleaseServer | undefined;

beforeEach(() => {
  const dir = tempDir('trivy-install-');
  process.env.RUNNER_TOOL_CACHE = join(dir, 'tool-cache');
  process.env.RUNNER_TEMP = join(dir, 'temp');
  // No trivy on PATH, whatever the machine has.
  process.env.PATH = pathWithoutTrivy();
});
afterEach(async () => {
  process.env = { ...saved };
  await server?.close();
  server = undefined;
});

describe('Trivy installer against a local release server', () => {
  const pinsFor = (sha: string) => ({ [version]: { [releaseAsset(version)]: sha } });

  it('installs the release after checking the pinned SHA-256, then finds it in the tool cache', async () => {
    server = await serveTrivyRelease(version);
    const pins = pinsFor(server.archiveSha256);
    const first = await findOrInstallTrivy({ version, releaseUrl: server.url, pins });
    expect(first.from).toBe('download');
    expect(first.path).toBe(join(process.env.RUNNER_TOOL_CACHE!, 'trivy', version, process.arch, 'trivy'));
    expect(execFileSync(first.path, ['--version']).toString()).toContain('0.67.2-standin');
    // Only the archive: nothing beside it on the same server decides whether it is trusted.
    expect(server.requests).toEqual([`/download/v${version}/trivy_${version}_Linux-64bit.tar.gz`]);

    const second = await findOrInstallTrivy({ version, releaseUrl: server.url, pins });
    expect(second).toEqual({ path: first.path, from: 'tool cache' });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses an archive whose SHA-256 is not the pinned one, even when the release lists it, and caches nothing', async () => {
    server = await serveTrivyRelease(version);
    const wrong = createHash('sha256').update('something else').digest('hex');
    await expect(installTrivy({ version, releaseUrl: server.url, pins: pinsFor(wrong) })).rejects.toThrow(
      new RegExp(
        `^SHA-256 of trivy_${version}_Linux-64bit\\.tar\\.gz is ${server.archiveSha256} but the pinned SHA-256 is ${wrong}: the download was refused, nothing was installed$`,
      ),
    );
    expect(existsSync(join(process.env.RUNNER_TOOL_CACHE!, 'trivy'))).toBe(false);
  });

  it('checks against the table in the source by default: the real published SHA-256 refuses a stand-in', async () => {
    expect(Object.keys(TRIVY_SHA256[version]!).sort()).toEqual([
      `trivy_${version}_Linux-64bit.tar.gz`,
      `trivy_${version}_Linux-ARM64.tar.gz`,
      `trivy_${version}_macOS-64bit.tar.gz`,
      `trivy_${version}_macOS-ARM64.tar.gz`,
    ]);
    server = await serveTrivyRelease(version);
    await expect(installTrivy({ version, releaseUrl: server.url })).rejects.toThrow(
      `but the pinned SHA-256 is ${TRIVY_SHA256[version]![releaseAsset(version)]}: the download was refused`,
    );
  });

  it("accepts the user's own pin (trivy-sha256) for a version the source does not pin", async () => {
    server = await serveTrivyRelease('0.68.1');
    await expect(installTrivy({ version: '0.68.1', releaseUrl: server.url })).rejects.toThrow(
      'no SHA-256 is pinned for trivy_0.68.1_Linux-64bit.tar.gz (pinned: Trivy 0.67.2); give its SHA-256 in trivy-sha256',
    );
    expect(server.requests).toHaveLength(0);
    const path = await installTrivy({
      version: '0.68.1',
      releaseUrl: server.url,
      sha256: server.archiveSha256,
    });
    expect(existsSync(path)).toBe(true);
  });

  it('says which download failed', async () => {
    server = await serveTrivyRelease(version);
    await expect(
      installTrivy({ version: '0.1.0', releaseUrl: server.url, sha256: 'a'.repeat(64) }),
    ).rejects.toThrow(
      `could not download ${server.url}/v0.1.0/trivy_0.1.0_Linux-64bit.tar.gz: Unexpected HTTP response: 404`,
    );
  });

  it('uses trivy from PATH when it is at least the minimum version', async () => {
    const dir = standInTrivyDir();
    process.env.PATH = dir;
    expect(await findOrInstallTrivy({ version, releaseUrl: 'http://127.0.0.1:9' })).toEqual({
      path: join(dir, 'trivy'),
      from: 'PATH',
    });
  });

  it('installs the pinned Trivy instead of an older one on PATH, and says so', async () => {
    server = await serveTrivyRelease(version);
    const dir = mkdtempSync(join(tmpdir(), 'old-trivy-'));
    writeFileSync(join(dir, 'trivy'), '#!/bin/sh\necho "Version: 0.50.1"\n');
    chmodSync(join(dir, 'trivy'), 0o755);
    process.env.PATH = `${dir}:${pathWithoutTrivy(saved.PATH)}`;
    const warnings: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      if (String(chunk).startsWith('::warning::')) warnings.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const found = await findOrInstallTrivy({
        version,
        releaseUrl: server.url,
        pins: pinsFor(server.archiveSha256),
      });
      expect(found.from).toBe('download');
    } finally {
      process.stdout.write = write;
    }
    expect(warnings.join('')).toContain(
      `${dir}/trivy is Trivy 0.50.1, older than the minimum ${TRIVY_MIN_VERSION}: it is not used, Trivy ${version} is installed instead.`,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares release numbers numerically', () => {
    expect(compareVersions('0.67.2', '0.67.2')).toBe(0);
    expect(compareVersions('0.100.0', '0.67.2')).toBe(1);
    expect(compareVersions('0.9.9', '0.67.2')).toBe(-1);
  });
});

describe('Trivy scan', () => {
  const report = join(repoRoot, 'test', 'fixtures', 'trivy', 'alpine-310.json');
  const options = (output: string) => ({
    ref: 'r.io/a/b:v1',
    imageSource: 'docker' as const,
    output,
    scanners: ['vuln', 'secret'],
    timeoutMs: 300_000,
    listAllPackages: false,
  });

  function setup(rateLimited: boolean) {
    const dir = tempDir('trivy-scan-');
    process.env.STANDIN_TRIVY_REPORT = report;
    process.env.STANDIN_TRIVY_LOG = join(dir, 'calls.log');
    if (rateLimited) process.env.STANDIN_TRIVY_RATE_LIMIT = '1';
    const trivy = new Trivy(new Cli(join(standInTrivyDir(), 'trivy')), join(dir, 'cache'));
    const calls = () => readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');
    return { dir, trivy, calls };
  }

  it('writes the full JSON report, leaving the decision to the gate', async () => {
    const { dir, trivy, calls } = setup(false);
    await trivy.scan(options(join(dir, 'out.json')));
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(readFileSync(report, 'utf8'));
    expect(calls()).toEqual([
      `image --format json --output ${dir}/out.json --scanners vuln,secret --timeout 5m --cache-dir ${dir}/cache --image-src docker r.io/a/b:v1`,
    ]);
    expect(await trivy.version()).toBe('0.67.2-standin');
  });

  it('scans with the cached database when the database download is rate-limited', async () => {
    const { dir, trivy, calls } = setup(true);
    mkdirSync(join(dir, 'cache', 'db'), { recursive: true });
    writeFileSync(join(dir, 'cache', 'db', 'trivy.db'), 'db');
    await trivy.scan(options(join(dir, 'out.json')));
    expect(calls()).toHaveLength(2);
    expect(calls()[1]).toMatch(/ --skip-db-update --skip-java-db-update r\.io\/a\/b:v1$/);
    expect(readdirSync(dir)).toContain('out.json');
  });

  it('fails with the rate limit when there is no database to fall back on', async () => {
    const { dir, trivy, calls } = setup(true);
    const scan = trivy.scan(options(join(dir, 'out.json')));
    await expect(scan).rejects.toThrow(CommandError);
    await expect(trivy.scan(options(join(dir, 'out.json')))).rejects.toThrow(/TOOMANYREQUESTS/);
    expect(calls()).toHaveLength(2);
  });
});
