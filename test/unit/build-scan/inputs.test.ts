import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Defaults, Input, Output } from '../../../actions/build-scan/constants';
import { getInputs } from '../../../actions/build-scan/inputs';
import { ConfigurationError } from '../../../lib/errors';
import { repoRoot } from '../../helpers/run-bundle';
import { trivyFixtures } from './expected';
import { tempDir } from '../../helpers/temp-dir';

const context = join(repoRoot, 'test', 'fixtures', 'images', 'model-server');
const today = new Date('2026-06-15T00:00:00Z');
const saved = { ...process.env };

/** Inputs through INPUT_* variables, so core.getInput's own rules run. */
function withInputs(inputs: Record<string, string>) {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return getInputs(undefined, today);
}

async function problems(inputs: Record<string, string>): Promise<string[]> {
  try {
    await withInputs(inputs);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

beforeEach(() => {
  process.env.GITHUB_WORKSPACE = repoRoot;
});
afterEach(() => {
  process.env = { ...saved };
});

describe('build-scan inputs', () => {
  it('reads a build with defaults', async () => {
    const inputs = await withInputs({ image: 'ghcr.io/org/model-server', context });
    expect(inputs).toMatchObject({
      image: 'ghcr.io/org/model-server',
      tags: ['ghcr.io/org/model-server:latest'],
      context,
      builder: 'auto',
      push: true,
      scanBeforePush: true,
      scan: true,
      trivyVersion: '0.67.2',
      trivyReleaseUrl: 'https://github.com/aquasecurity/trivy/releases/download',
      failOn: ['CRITICAL', 'HIGH'],
      ignoreUnfixed: false,
      scanners: ['vuln', 'secret'],
      sarif: true,
      sbomFormat: 'none',
      timeoutMs: 600_000,
    });
  });

  it('reads tags, build args, labels and cache lines', async () => {
    const inputs = await withInputs({
      image: '127.0.0.1:5000/ml/server',
      context,
      tags: 'v1.2\nsha-abc, registry.example.com/other/name:prod',
      'build-args': 'MODEL_VERSION=3\nLIST=a,b',
      labels: 'team=ml\n# comment\nowner = inference',
      'cache-from': 'type=registry,ref=x/cache\ntype=gha',
      'fail-on': 'critical',
      'trivy-version': 'v0.60.0',
    });
    expect(inputs.tags).toEqual([
      '127.0.0.1:5000/ml/server:v1.2',
      '127.0.0.1:5000/ml/server:sha-abc',
      'registry.example.com/other/name:prod',
    ]);
    expect(inputs.buildArgs).toEqual([
      ['MODEL_VERSION', '3'],
      ['LIST', 'a,b'],
    ]);
    expect(inputs.labels).toEqual([
      ['team', 'ml'],
      ['owner', 'inference'],
    ]);
    expect(inputs.cacheFrom).toEqual(['type=registry,ref=x/cache', 'type=gha']);
    expect(inputs.failOn).toEqual(['CRITICAL']);
    expect(inputs.trivyVersion).toBe('0.60.0');
  });

  it('gates a report alone, and fail-on none fails on nothing', async () => {
    const inputs = await withInputs({
      'trivy-report': join(trivyFixtures, 'alpine-310.json'),
      'fail-on': 'none',
    });
    expect(inputs.image).toBeUndefined();
    expect(inputs.report?.findings).toHaveLength(4);
    expect(inputs.failOn).toEqual([]);
  });

  it('reports every problem at once', async () => {
    expect(
      await problems({
        image: 'Ghcr.io/Org/Server:v1',
        context: '/nonexistent',
        tags: 'bad tag!',
        builder: 'kaniko',
        push: 'yes',
        'fail-on': 'CRITICAL,SEVERE',
        scanners: 'vuln,malware',
        'trivy-version': 'latest',
        'trivy-release-url': 'ftp://mirror',
        timeout: 'soon',
        'sbom-format': 'xml',
        platforms: 'amd64',
      }),
    ).toEqual([
      `input 'image': expected an image name without tag, e.g. ghcr.io/org/model-server, got "Ghcr.io/Org/Server:v1"`,
      `input 'tags': expected tags of letters, digits, _, . and - (at most 128), got "bad tag!"`,
      `input 'context': /nonexistent is not a directory`,
      `input 'platforms': expected os/arch[/variant], e.g. linux/amd64, got "amd64"`,
      `input 'builder': expected one of auto, buildx, docker, podman, got "kaniko"`,
      `input 'push': expected true or false, got "yes"`,
      `input 'trivy-version': expected a release such as 0.67.2, got "latest"`,
      `input 'trivy-release-url': expected an http:// or https:// URL, got "ftp://mirror"`,
      `input 'fail-on': expected severities from CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, or none, got "SEVERE"`,
      `input 'scanners': expected some of vuln, secret, misconfig, license, got "malware"`,
      `input 'sbom-format': expected one of none, cyclonedx, spdx-json, got "xml"`,
      `input 'timeout': expected a duration such as 30s, 5m or 1h30m of at least 1s, got "soon"`,
    ]);
  });

  it('rejects combinations that cannot work', async () => {
    expect(await problems({})).toEqual([
      "give 'image' (to build, scan and push an image) or 'trivy-report' (to gate an existing report)",
    ]);
    expect(
      await problems({
        'trivy-report': join(trivyFixtures, 'alpine-310.json'),
        tags: 'v1',
        'sbom-format': 'cyclonedx',
      }),
    ).toEqual([
      "input 'tags' needs 'image': nothing is built without it",
      "input 'sbom-format' needs a Trivy scan: it cannot be made from 'trivy-report' or with scan: false",
    ]);
    expect(
      await problems({
        image: 'a/b',
        context,
        builder: 'docker',
        'cache-to': 'type=gha',
        platforms: 'linux/amd64,linux/arm64',
      }),
    ).toEqual([
      "input 'cache-to' needs builder buildx (builder is docker)",
      'several platforms need builder buildx (builder is docker)',
      expect.stringMatching(/^several platforms cannot be scanned before the push/),
    ]);
    expect(
      await problems({ image: 'a/b', context, platforms: 'linux/amd64,linux/arm64', push: 'false' }),
    ).toEqual([expect.stringMatching(/^several platforms need push: true/)]);
    expect(
      await problems({
        image: 'a/b',
        context,
        platforms: 'linux/amd64,linux/arm64',
        'scan-before-push': 'false',
      }),
    ).toEqual([]);
    expect(await problems({ image: 'a/b', context: trivyFixtures })).toEqual([
      `input 'context': ${trivyFixtures} has no Dockerfile (name one with 'dockerfile')`,
    ]);
  });

  it('reads the report and the exceptions file up front, reporting their problems with the rest', async () => {
    const dir = tempDir('inputs-');
    writeFileSync(join(dir, 'old.json'), '[]');
    writeFileSync(
      join(dir, 'exceptions.yml'),
      '- {id: CVE-1, reason: r, expires: 2026-01-01}\n- {id: CVE-2}\n',
    );
    expect(
      await problems({
        'trivy-report': join(dir, 'old.json'),
        exceptions: join(dir, 'exceptions.yml'),
        'ignore-unfixed': 'maybe',
      }),
    ).toEqual([
      `input 'ignore-unfixed': expected true or false, got "maybe"`,
      `input 'exceptions': ${join(dir, 'exceptions.yml')} entry 1 (CVE-1): expired on 2026-01-01: renew it with a new reason and date, or fix the finding`,
      `input 'exceptions': ${join(dir, 'exceptions.yml')} entry 2 (CVE-2): 'reason' is missing; 'expires' is missing`,
      expect.stringMatching(
        /^input 'trivy-report': .*old\.json is a pre-0\.20 Trivy report \(a bare JSON array\)/,
      ),
    ]);
    expect(await problems({ 'trivy-report': 'missing.json' })).toEqual([
      `input 'trivy-report': ${join(repoRoot, 'missing.json')} does not exist`,
    ]);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'actions', 'build-scan', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs and outputs the code reads and sets', async () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort());
  });

  it('has the defaults the code applies', async () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, i]) => i.default !== undefined)
        .map(([name, i]) => [name, String(i.default)]),
    );
    expect(declared).toEqual(Defaults);
  });

  it('runs the bundle on node24', async () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/build-scan/index.js' });
  });
});

describe('actions/build-scan/README.md', () => {
  const readme = readFileSync(join(repoRoot, 'actions', 'build-scan', 'README.md'), 'utf8');

  it.each([...Object.values(Input), ...Object.values(Output)])('documents %s', (name) => {
    expect(readme).toContain(`| \`${name}\` |`);
  });
});
