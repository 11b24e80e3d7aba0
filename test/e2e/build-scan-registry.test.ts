// Real builds through the bundled action: the real docker CLI against podman's Docker-compatible service,
// pushing to Debian's docker-registry on loopback (sandbox/registry), checked against the registry's API.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type RegistryParts } from '../../sandbox/registry';
import { nodeRuntimes, repoRoot, runBundle, type RunBundleOptions } from '../helpers/run-bundle';
import { pathWithoutTrivy, serveTrivyRelease } from '../integration/build-scan/trivy-release';
import { trivyFixtures } from '../unit/build-scan/expected';
import { leakedSecrets, maskedValues } from '../helpers/secret-leaks';
import { tempDir } from '../helpers/temp-dir';

/** The shared libraries a binary loads, as ldd lists them. */
function sharedLibraries(binary: string): string[] {
  return [
    ...execFileSync('ldd', [binary])
      .toString()
      .matchAll(/(\/\S+\.so[.\d]*)/g),
  ].map((m) => m[1]!);
}

const context = join(repoRoot, 'test', 'fixtures', 'images', 'model-server');
const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

let sandbox: RegistryParts;
let stateDir: string;

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'build-scan-registry-'));
  sandbox = await startRegistry({ stateDir });
});
afterAll(async () => {
  await sandbox?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

const registryApi = (path: string, init?: RequestInit) =>
  fetch(`http://${sandbox.registry}/v2/${path}`, init);

/** The digest the registry itself gives for repository:tag (Docker-Content-Digest of the manifest). */
async function registryDigest(repository: string, tag: string): Promise<string | null> {
  const res = await registryApi(`${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: MANIFEST_TYPES },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

async function imageConfig(
  repository: string,
  digest: string,
): Promise<{ config: { Labels: Record<string, string> } }> {
  const manifest = (await (
    await registryApi(`${repository}/manifests/${digest}`, { headers: { accept: MANIFEST_TYPES } })
  ).json()) as {
    config: { digest: string };
  };
  return (await (await registryApi(`${repository}/blobs/${manifest.config.digest}`)).json()) as {
    config: { Labels: Record<string, string> };
  };
}

async function catalog(): Promise<string[]> {
  return (
    ((await (await registryApi('_catalog')).json()) as { repositories: string[] | null }).repositories ?? []
  );
}

function build(image: string, inputs: Record<string, string>, options: RunBundleOptions = {}) {
  return runBundle('build-scan', {
    ...options,
    env: { DOCKER_HOST: sandbox.dockerHost, ...options.env },
    inputs: { image, context, 'build-args': 'MODEL_VERSION=7', ...inputs },
  });
}

describe.each(Object.entries(nodeRuntimes))('build-scan bundle on %s', (runtime, node) => {
  it('builds a real image, gates it, pushes it and outputs the digest the registry reports', async () => {
    const repository = `ml-deploy/model-server-${runtime}`;
    const image = `${sandbox.registry}/${repository}`;
    const run = await build(
      image,
      { tags: 'v1\nsha-0123456', 'trivy-report': join(trivyFixtures, 'alpine-310.json') },
      { node },
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('builder: docker (auto)');

    const digest = run.outputs.digest!;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await registryDigest(repository, 'v1')).toBe(digest);
    expect(await registryDigest(repository, 'sha-0123456')).toBe(digest);
    expect(run.outputs.image).toBe(`${image}@${digest}`);
    expect(run.outputs.tags).toBe(`${image}:v1\n${image}:sha-0123456`);
    expect(run.outputs.gate).toBe('pass');
    expect(JSON.parse(run.outputs.vulnerabilities!)).toMatchObject({ MEDIUM: 4 });

    const { config } = await imageConfig(repository, digest);
    expect(config.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/example/ml-deploy-test',
      'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
      'ml-deploy.test.model-version': '7',
    });
    expect(Date.parse(config.Labels['org.opencontainers.image.created']!)).toBeGreaterThan(
      Date.now() - 600_000,
    );
    expect(run.summary).toContain(`${image}@${digest}`);
  });
});

describe('build-scan bundle against the registry', () => {
  it('with a failing gate and scan-before-push, builds but pushes nothing', async () => {
    const repository = 'ml-deploy/blocked';
    const run = await build(`${sandbox.registry}/${repository}`, {
      tags: 'v1',
      'trivy-report': join(trivyFixtures, 'debian-buster.json'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::Gate failed: 1 finding(s) at CRITICAL, HIGH (1 CRITICAL), first CVE-2019-18224 in libidn2-0 2.0.5-1. Nothing was pushed.',
    );
    expect(run.stdout).toMatch(/built sha256:[a-f0-9]{64} as /);
    expect(run.outputs.gate).toBe('fail');
    expect(run.outputs.digest).toBeUndefined();
    expect(run.outputs.image).toBeUndefined();
    expect(run.summary).toContain('Not pushed: the gate failed (scan-before-push)');
    expect((await registryApi(`${repository}/tags/list`)).status).toBe(404);
    expect(await catalog()).not.toContain(repository);
  });

  it('with scan-before-push false, pushes first and then fails on the gate', async () => {
    const repository = 'ml-deploy/pushed-first';
    const run = await build(`${sandbox.registry}/${repository}`, {
      'trivy-report': join(trivyFixtures, 'debian-buster.json'),
      'scan-before-push': 'false',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('The image was already pushed (scan-before-push: false).');
    expect(await registryDigest(repository, 'latest')).toBe(run.outputs.digest);
  });

  it('scan: false builds and pushes without a gate, and says so', async () => {
    const repository = 'ml-deploy/unscanned';
    const run = await build(
      `${sandbox.registry}/${repository}`,
      { scan: 'false' },
      { env: { PATH: pathWithoutTrivy() } },
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '::warning::scan: false: the image is built and pushed without a scan or a gate.',
    );
    expect(run.outputs.gate).toBe('skipped');
    expect(run.outputs.vulnerabilities).toBeUndefined();
    expect(await registryDigest(repository, 'latest')).toBe(run.outputs.digest);
  });

  it('push: false builds and gates but pushes nothing', async () => {
    const repository = 'ml-deploy/local-only';
    const run = await build(`${sandbox.registry}/${repository}`, {
      push: 'false',
      'trivy-report': join(trivyFixtures, 'alpine-310.json'),
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.gate).toBe('pass');
    expect(run.outputs.digest).toBeUndefined();
    expect(run.outputs.tags).toBe(`${sandbox.registry}/${repository}:latest`);
    expect(run.summary).toContain('Not pushed: push is false');
    expect(await catalog()).not.toContain(repository);
  });

  it('builds and pushes with the podman builder, outputting the digest podman push reports', async () => {
    // Podman on its own (not the service), with storage of its own and the loopback registry as insecure.
    const dir = mkdtempSync(join(tmpdir(), 'podman-builder-'));
    writeFileSync(
      join(dir, 'storage.conf'),
      `[storage]\ndriver = "vfs"\nrunroot = "${dir}/run"\ngraphroot = "${dir}/root"\n`,
    );
    writeFileSync(
      join(dir, 'registries.conf'),
      `[[registry]]\nlocation = "${sandbox.registry}"\ninsecure = true\n`,
    );
    const repository = 'ml-deploy/podman-built';
    try {
      const run = await build(
        `${sandbox.registry}/${repository}`,
        { builder: 'podman', tags: 'v3', 'trivy-report': join(trivyFixtures, 'centos-6.json') },
        {
          env: {
            CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
            CONTAINERS_REGISTRIES_CONF: join(dir, 'registries.conf'),
          },
        },
      );
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('builder: podman');
      expect(await registryDigest(repository, 'v3')).toBe(run.outputs.digest);
      const { config } = await imageConfig(repository, run.outputs.digest!);
      expect(config.Labels['ml-deploy.test.model-version']).toBe('7');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds with a secret and a secret file on podman: the RUN reads them, the log, history and image do not hold them', async () => {
    const secret = 'hf_podman_SECRET_0123456789';
    const fileSecret = 'netrc-podman-SECRET-42';
    const dir = mkdtempSync(join(tmpdir(), 'podman-secrets-'));
    // A context with a shell (the host's, with its loader and libc) so that a RUN step can read the secrets.
    const rootfs = join(dir, 'context', 'rootfs');
    for (const file of ['/bin/sh', ...sharedLibraries('/bin/sh')]) {
      mkdirSync(join(rootfs, dirname(file)), { recursive: true });
      copyFileSync(file, join(rootfs, file));
    }
    writeFileSync(
      join(dir, 'context', 'Dockerfile'),
      [
        'FROM scratch',
        'COPY rootfs/ /',
        `RUN --mount=type=secret,id=HF_TOKEN --mount=type=secret,id=netrc read -r t < /run/secrets/HF_TOKEN; read -r n < /run/secrets/netrc; [ "\${#t}" -eq ${secret.length} ] && [ "\${#n}" -eq ${fileSecret.length} ] && echo read > /proof`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'netrc'), fileSecret);
    writeFileSync(
      join(dir, 'storage.conf'),
      `[storage]\ndriver = "vfs"\nrunroot = "${dir}/run"\ngraphroot = "${dir}/root"\n`,
    );
    writeFileSync(
      join(dir, 'registries.conf'),
      `[[registry]]\nlocation = "${sandbox.registry}"\ninsecure = true\n`,
    );
    const env = {
      CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
      CONTAINERS_REGISTRIES_CONF: join(dir, 'registries.conf'),
      // RUN steps without an OCI runtime's cgroups, which this machine's containers do not offer.
      BUILDAH_ISOLATION: 'chroot',
    };
    const repository = 'ml-deploy/with-secrets';
    const image = `${sandbox.registry}/${repository}`;
    try {
      const run = await build(
        image,
        {
          builder: 'podman',
          context: join(dir, 'context'),
          tags: 'v1',
          secrets: `HF_TOKEN=${secret}`,
          'secret-files': `netrc=${join(dir, 'netrc')}`,
          'trivy-report': join(trivyFixtures, 'alpine-310.json'),
        },
        { env },
      );
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/--secret id=HF_TOKEN,src=\S+ --secret id=netrc,src=/);
      expect(leakedSecrets(run, [secret, fileSecret])).toEqual([]);
      expect(maskedValues(run)).toContain(secret);

      const podman = (...args: string[]) =>
        execFileSync('podman', args, { env: { ...process.env, ...env } }).toString();
      const history = podman('history', '--no-trunc', `${image}:v1`);
      expect(history).toContain('--mount=type=secret,id=HF_TOKEN');
      const local = podman('image', 'inspect', `${image}:v1`);
      const digest = run.outputs.digest!;
      const manifest = (await (
        await registryApi(`${repository}/manifests/${digest}`, { headers: { accept: MANIFEST_TYPES } })
      ).json()) as { config: { digest: string }; layers: Array<{ digest: string }> };
      const blobs = await Promise.all(
        [manifest.config, ...manifest.layers].map(async (b) => {
          const bytes = Buffer.from(
            await (await registryApi(`${repository}/blobs/${b.digest}`)).arrayBuffer(),
          );
          return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
        }),
      );
      expect(blobs.some((b) => b.includes('read\n') && b.includes('proof'))).toBe(true);
      for (const text of [history, local, ...blobs.map((b) => b.toString('latin1'))]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(fileSecret);
      }
      expect(readdirSync(dir).filter((f) => f.startsWith('build-secret-'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('installs Trivy from a release server, verifies it, scans the built image and pushes after the gate', async () => {
    const release = await serveTrivyRelease('0.67.2');
    const log = join(tempDir('standin-log-'), 'calls.log');
    const repository = 'ml-deploy/scanned';
    const image = `${sandbox.registry}/${repository}`;
    try {
      const run = await build(
        image,
        {
          tags: 'v2',
          'trivy-release-url': release.url,
          'trivy-sha256': release.archiveSha256,
          'sbom-format': 'cyclonedx',
          scanners: 'vuln,secret,misconfig',
        },
        {
          env: {
            PATH: pathWithoutTrivy(),
            STANDIN_TRIVY_REPORT: join(trivyFixtures, 'alpine-310.json'),
            STANDIN_TRIVY_LOG: log,
          },
        },
      );
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Trivy 0\.67\.2: trivy_0\.67\.2_Linux-64bit\.tar\.gz matches trivy-sha256/);
      expect(run.stdout).toContain('Trivy 0.67.2-standin from download');
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      expect(calls[0]).toMatch(
        new RegExp(
          `^image --format json --output \\S+/trivy\\.json --scanners vuln,secret,misconfig --timeout 10m .* --image-src docker --list-all-pkgs ${image}:v2$`,
        ),
      );
      expect(calls[1]).toMatch(
        /^convert --format cyclonedx --output \S+\/sbom-1\.cdx\.json \S+\/trivy\.json$/,
      );
      expect(run.outputs['report-file']).toMatch(/\/trivy\.json$/);
      expect(run.outputs['sbom-file']).toMatch(/\/sbom-1\.cdx\.json$/);
      expect(run.outputs.gate).toBe('pass');
      expect(await registryDigest(repository, 'v2')).toBe(run.outputs.digest);
    } finally {
      await release.close();
    }
  });
});
