import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findOrInstallTrivy,
  installTrivy,
  TrivyInstallError,
} from '../../../actions/build-scan/trivy-install';
import { Trivy } from '../../../actions/build-scan/trivy-scan';
import { CommandError } from '../../../lib/errors';
import { Cli } from '../../../lib/exec';
import { repoRoot } from '../../helpers/run-bundle';
import { pathWithoutTrivy, serveTrivyRelease, standInTrivyDir, type ReleaseServer } from './trivy-release';

const version = '0.67.2';
const saved = { ...process.env };
let server: ReleaseServer | undefined;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'trivy-install-'));
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
  it('installs the pinned release after checking its SHA-256, then finds it in the tool cache', async () => {
    server = await serveTrivyRelease(version);
    const first = await findOrInstallTrivy({ version, releaseUrl: server.url });
    expect(first.from).toBe('download');
    expect(first.path).toBe(join(process.env.RUNNER_TOOL_CACHE!, 'trivy', version, process.arch, 'trivy'));
    expect(execFileSync(first.path, ['--version']).toString()).toContain('0.67.2-standin');
    expect(server.requests).toEqual([
      `/download/v${version}/trivy_${version}_checksums.txt`,
      `/download/v${version}/trivy_${version}_Linux-64bit.tar.gz`,
    ]);

    const second = await findOrInstallTrivy({ version, releaseUrl: server.url });
    expect(second).toEqual({ path: first.path, from: 'tool cache' });
    expect(server.requests).toHaveLength(2);
  });

  it('refuses an archive whose SHA-256 is not the listed one, and caches nothing', async () => {
    server = await serveTrivyRelease(version, 'wrong');
    const install = installTrivy({ version, releaseUrl: server.url });
    await expect(install).rejects.toThrow(TrivyInstallError);
    await expect(installTrivy({ version, releaseUrl: server.url })).rejects.toThrow(
      new RegExp(
        `^SHA-256 of trivy_${version}_Linux-64bit\\.tar\\.gz is ${server.archiveSha256} but trivy_${version}_checksums\\.txt says [0-9a-f]{64}: the download was refused, nothing was installed$`,
      ),
    );
    expect(existsSync(join(process.env.RUNNER_TOOL_CACHE!, 'trivy'))).toBe(false);
  });

  it('refuses an archive the checksums file does not list', async () => {
    server = await serveTrivyRelease(version, 'missing');
    await expect(installTrivy({ version, releaseUrl: server.url })).rejects.toThrow(
      `trivy_${version}_checksums.txt lists no SHA-256 for trivy_${version}_Linux-64bit.tar.gz`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('says which download failed', async () => {
    server = await serveTrivyRelease(version);
    await expect(installTrivy({ version: '0.1.0', releaseUrl: server.url })).rejects.toThrow(
      `could not download ${server.url}/v0.1.0/trivy_0.1.0_checksums.txt: Unexpected HTTP response: 404`,
    );
  });

  it('uses trivy from PATH first', async () => {
    const dir = standInTrivyDir();
    process.env.PATH = dir;
    expect(await findOrInstallTrivy({ version, releaseUrl: 'http://127.0.0.1:9' })).toEqual({
      path: join(dir, 'trivy'),
      from: 'PATH',
    });
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
    const dir = mkdtempSync(join(tmpdir(), 'trivy-scan-'));
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
