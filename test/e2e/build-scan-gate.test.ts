// The gate through the bundled action (dist/build-scan/index.js), on every shared Trivy fixture, with the
// expected outputs worked out by the test from each report's JSON.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeRuntimes, repoRoot, runBundle } from '../helpers/run-bundle';
import { pathWithoutTrivy, serveTrivyRelease } from '../integration/build-scan/trivy-release';
import { expectedFor, fixtureReports, trivyFixtures, type Expected } from '../unit/build-scan/expected';
import { tempDir } from '../helpers/temp-dir';

const fixtures = fixtureReports();
const fixture = (name: string) => fixtures.find((f) => f.name === name)!;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function expectOutputs(run: Awaited<ReturnType<typeof runBundle>>, expected: Expected) {
  expect(JSON.parse(run.outputs.vulnerabilities!)).toEqual(expected.vulnerabilities);
  expect(run.outputs.secrets).toBe(String(expected.secrets));
  expect(run.outputs.misconfigurations).toBe(String(expected.misconfigurations));
  expect(run.outputs['gate-failures']).toBe(String(expected.gateFailures));
  expect(run.outputs.gate).toBe(expected.gate);
  expect(run.exitCode).toBe(expected.gate === 'fail' ? 1 : 0);
}

function writeTemp(name: string, text: string): string {
  const file = join(tempDir('build-scan-e2e-'), name);
  writeFileSync(file, text);
  return file;
}

describe.each(Object.entries(nodeRuntimes))(
  'build-scan bundle gating trivy-report on %s',
  (_runtime, node) => {
    it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, { file, json }) => {
      const run = await runBundle('build-scan', { node, inputs: { 'trivy-report': file } });
      expectOutputs(run, expectedFor(json));
      expect(run.outputs['report-file']).toBe(file);
      const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(run.outputs.image).toBeUndefined();
      expect(run.summary).toContain(expectedFor(json).gate === 'pass' ? 'gate passed' : 'gate failed');
      if (expectedFor(json).gate === 'fail')
        expect(run.stdout).toMatch(/::error::Gate failed: \d+ finding\(s\) at CRITICAL, HIGH/);
    });
  },
);

describe('build-scan bundle: gate options', () => {
  it.each([
    ['debian-buster.json', { failOn: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], ignoreUnfixed: true }],
    ['debian-buster.json', { failOn: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], ignoreUnfixed: false }],
    ['centos-6.json', { failOn: ['MEDIUM'], ignoreUnfixed: true }],
    ['centos-6.json', { failOn: ['MEDIUM'], ignoreUnfixed: false }],
    ['dockerfile.json', { failOn: ['LOW'], ignoreUnfixed: false }],
  ])('%s with %j', async (name, policy) => {
    const { file, json } = fixture(name);
    const run = await runBundle('build-scan', {
      inputs: {
        'trivy-report': file,
        'fail-on': policy.failOn.join(','),
        'ignore-unfixed': String(policy.ignoreUnfixed),
      },
    });
    expectOutputs(run, expectedFor(json, policy));
  });

  it('secrets and misconfigurations that fail the gate become annotations on their file and line', async () => {
    const secrets = await runBundle('build-scan', {
      inputs: { 'trivy-report': fixture('secrets.json').file },
    });
    expect(secrets.stdout).toContain(
      '::error title=secret aws-access-key-id,file=deploy.sh,line=3::CRITICAL: AWS Access Key ID',
    );
    expect(secrets.stdout).toContain('::error title=secret mysecret,file=deploy.sh,line=7::HIGH: My Secret');
    const config = await runBundle('build-scan', {
      inputs: { 'trivy-report': fixture('dockerfile.json').file },
    });
    expect(config.stdout).toContain(
      "::error title=misconfiguration DS-0002,file=Dockerfile::HIGH: Image user should not be 'root'",
    );
  });

  it('ignore-unfixed leaves out the unfixed finding but still counts it', async () => {
    const run = await runBundle('build-scan', {
      inputs: {
        'trivy-report': fixture('debian-buster.json').file,
        'fail-on': 'LOW',
        'ignore-unfixed': 'true',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.vulnerabilities!)).toMatchObject({ LOW: 1, CRITICAL: 1 });
    expect(run.summary).toContain('Left out as unfixed: 1');
  });

  it('a valid exception accepts the finding; the summary says which and until when', async () => {
    const { file, json } = fixture('debian-buster.json');
    const expires = day(100);
    const exceptions = writeTemp(
      'exceptions.yml',
      `- id: CVE-2019-18224\n  reason: libidn2 never sees user input in this server\n  expires: ${expires}\n`,
    );
    const run = await runBundle('build-scan', { inputs: { 'trivy-report': file, exceptions } });
    expectOutputs(run, expectedFor(json, { exceptionIds: ['CVE-2019-18224'] }));
    expect(run.outputs.gate).toBe('pass');
    expect(run.summary).toContain('libidn2 never sees user input in this server');
    expect(run.summary).toContain(`${expires} (100 days left)`);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    const accepted = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'CVE-2019-18224');
    expect(accepted.suppressions[0].justification).toContain('libidn2 never sees user input');
  });

  it('an exception about to expire is a warning', async () => {
    const exceptions = writeTemp(
      'exceptions.yml',
      `- {id: CVE-2019-18224, reason: short-lived, expires: ${day(3)}}\n`,
    );
    const run = await runBundle('build-scan', {
      inputs: { 'trivy-report': fixture('debian-buster.json').file, exceptions },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning .*::Exception CVE-2019-18224 expires on .* \(3 day\(s\) left\): short-lived/,
    );
  });

  it.each([
    ['expired', `- {id: CVE-2019-18224, reason: was fine, expires: ${day(-1)}}\n`, `expired on ${day(-1)}`],
    ['malformed', `- {id: CVE-2019-18224, expires: 2999-01-01}\n`, `'reason' is missing`],
    ['not YAML', `- {id: [\n`, 'is not valid YAML'],
  ])('an %s exceptions file fails clearly before anything else', async (_kind, text, message) => {
    const exceptions = writeTemp('exceptions.yml', text);
    const run = await runBundle('build-scan', {
      inputs: { 'trivy-report': fixture('debian-buster.json').file, exceptions },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::Invalid configuration, nothing was changed.');
    expect(run.stdout).toContain(message);
    expect(run.outputs.gate).toBeUndefined();
  });

  it('findings Trivy suppressed (VEX) are listed, never counted', async () => {
    const run = await runBundle('build-scan', {
      inputs: { 'trivy-report': fixture('npm-with-suppressed.json').file, 'fail-on': 'LOW' },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.vulnerabilities!)).toEqual({
      CRITICAL: 0,
      HIGH: 1,
      MEDIUM: 0,
      LOW: 0,
      UNKNOWN: 0,
    });
    expect(run.summary).toContain('Suppressed by Trivy, not counted (1)');
    expect(run.summary).toContain('CVE-2017-16137');
    expect(run.summary).toContain('vulnerable_code_not_in_execute_path');
  });

  it('rejects a pre-0.20 report saying so', async () => {
    const old = writeTemp('old.json', JSON.stringify([{ Target: 'alpine', Vulnerabilities: [] }]));
    const run = await runBundle('build-scan', { inputs: { 'trivy-report': old } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Invalid configuration, nothing was changed\. input 'trivy-report': .*old\.json is a pre-0\.20 Trivy report \(a bare JSON array\)/,
    );
  });

  it('without trivy on PATH, trivy-report or a pin for the version, says what happened and builds nothing', async () => {
    const release = await serveTrivyRelease('0.67.2');
    try {
      const run = await runBundle('build-scan', {
        env: { PATH: pathWithoutTrivy() },
        inputs: {
          image: '127.0.0.1:9/never/built',
          context: join(repoRoot, 'test', 'fixtures', 'images', 'model-server'),
          'trivy-version': '0.1.0',
          'trivy-release-url': release.url,
        },
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(
        `::error::Trivy is not on PATH and Trivy 0.1.0 could not be installed: no SHA-256 is pinned for trivy_0.1.0_Linux-64bit.tar.gz (pinned: Trivy 0.67.2); give its SHA-256 in trivy-sha256. Nothing was built or pushed.`,
      );
      expect(run.stdout).toContain("give 'trivy-report' to gate an existing report, or set 'scan: false'");
      expect(run.stdout).not.toContain('builder:');
    } finally {
      await release.close();
    }
  });

  it('installs a pinned Trivy through the bundled tool-cache (download, checksum, tar) before the build', async () => {
    const release = await serveTrivyRelease('0.1.0');
    const toolCache = tempDir('build-scan-tool-cache-');
    const bin = tempDir('build-scan-podman-');
    writeFileSync(join(bin, 'podman'), '#!/bin/sh\necho "stand-in podman: no builds here" >&2\nexit 125\n');
    chmodSync(join(bin, 'podman'), 0o755);
    try {
      const run = await runBundle('build-scan', {
        env: { PATH: `${bin}:${pathWithoutTrivy()}`, RUNNER_TOOL_CACHE: toolCache },
        inputs: {
          image: '127.0.0.1:9/never/built',
          builder: 'podman',
          context: join(repoRoot, 'test', 'fixtures', 'images', 'model-server'),
          'trivy-version': '0.1.0',
          'trivy-sha256': release.archiveSha256,
          'trivy-release-url': release.url,
        },
      });
      expect(run.stdout).toContain(`matches trivy-sha256 (sha256 ${release.archiveSha256})`);
      expect(release.requests).toEqual([
        expect.stringMatching(/\/v0\.1\.0\/trivy_0\.1\.0_Linux-64bit\.tar\.gz$/),
      ]);
      expect(existsSync(join(toolCache, 'trivy', '0.1.0', process.arch, 'trivy'))).toBe(true);
      // The build comes after the install, and the stand-in builder refuses it.
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('stand-in podman');
    } finally {
      await release.close();
    }
  });

  it('the README of the fixtures keeps its attribution', () => {
    expect(existsSync(join(trivyFixtures, 'README.md'))).toBe(true);
    expect(readFileSync(join(trivyFixtures, 'README.md'), 'utf8')).toContain('aquasecurity/trivy');
  });
});
