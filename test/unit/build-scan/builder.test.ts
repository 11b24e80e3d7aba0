import { describe, expect, it } from 'vitest';
import {
  BuildxBuilder,
  DockerBuilder,
  ociLabels,
  parsePushDigest,
  PodmanBuilder,
  type BuildRequest,
} from '../../../actions/build-scan/builder';
import { Cli } from '../../../lib/exec';

const files = { iidfile: '/t/iid', metadata: '/t/meta.json' };
const base: BuildRequest = {
  tags: ['r.io/a/b:v1', 'r.io/a/b:latest'],
  context: '/src',
  buildArgs: [],
  labels: [],
  platforms: [],
  cacheFrom: [],
  cacheTo: [],
};
const full: BuildRequest = {
  ...base,
  dockerfile: '/src/Dockerfile.gpu',
  target: 'server',
  buildArgs: [['MODEL', 'v3']],
  labels: [['team', 'ml']],
  platforms: ['linux/amd64'],
  cacheFrom: ['type=gha'],
  cacheTo: ['type=gha,mode=max'],
};

/** The build arguments without the OCI labels from the GitHub context (tested below: they carry the time). */
function args(
  builder: { buildArgs: (r: BuildRequest, f: typeof files, push: boolean) => string[] },
  request: BuildRequest,
  push = false,
) {
  const out = builder.buildArgs(request, files, push);
  const kept: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '--label' && out[i + 1]!.startsWith('org.opencontainers.image.')) {
      i++;
      continue;
    }
    kept.push(out[i]!);
  }
  return kept;
}

const cli = new Cli('unused');

describe('build arguments', () => {
  it.each([
    [
      'docker',
      new DockerBuilder(cli, '/t'),
      base,
      false,
      ['build', '--iidfile', '/t/iid', '--tag', 'r.io/a/b:v1', '--tag', 'r.io/a/b:latest', '/src'],
    ],
    [
      'docker, every option',
      new DockerBuilder(cli, '/t'),
      { ...full, cacheTo: [] },
      false,
      [
        'build',
        '--file',
        '/src/Dockerfile.gpu',
        '--target',
        'server',
        '--build-arg',
        'MODEL=v3',
        '--label',
        'team=ml',
        '--cache-from',
        'type=gha',
        '--platform',
        'linux/amd64',
        '--iidfile',
        '/t/iid',
        '--tag',
        'r.io/a/b:v1',
        '--tag',
        'r.io/a/b:latest',
        '/src',
      ],
    ],
    [
      'buildx, loading to scan',
      new BuildxBuilder(cli, '/t'),
      full,
      false,
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile.gpu',
        '--target',
        'server',
        '--build-arg',
        'MODEL=v3',
        '--label',
        'team=ml',
        '--cache-from',
        'type=gha',
        '--cache-to',
        'type=gha,mode=max',
        '--platform',
        'linux/amd64',
        '--iidfile',
        '/t/iid',
        '--metadata-file',
        '/t/meta.json',
        '--load',
        '--tag',
        'r.io/a/b:v1',
        '--tag',
        'r.io/a/b:latest',
        '/src',
      ],
    ],
    [
      'buildx, several platforms pushed',
      new BuildxBuilder(cli, '/t'),
      { ...base, platforms: ['linux/amd64', 'linux/arm64'] },
      true,
      [
        'buildx',
        'build',
        '--platform',
        'linux/amd64,linux/arm64',
        '--iidfile',
        '/t/iid',
        '--metadata-file',
        '/t/meta.json',
        '--push',
        '--tag',
        'r.io/a/b:v1',
        '--tag',
        'r.io/a/b:latest',
        '/src',
      ],
    ],
    [
      'podman',
      new PodmanBuilder(cli, '/t'),
      { ...base, target: 't' },
      false,
      [
        'build',
        '--target',
        't',
        '--iidfile',
        '/t/iid',
        '--tag',
        'r.io/a/b:v1',
        '--tag',
        'r.io/a/b:latest',
        '/src',
      ],
    ],
  ])('%s', (_name, builder, request, push, expected) => {
    expect(args(builder, request, push)).toEqual(expected);
  });
});

describe('OCI labels and push output', () => {
  it('labels source, revision and creation time from the GitHub context', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    expect(
      ociLabels(
        { GITHUB_REPOSITORY: 'org/repo', GITHUB_SHA: 'abc', GITHUB_SERVER_URL: 'https://ghe.example' },
        now,
      ),
    ).toEqual([
      ['org.opencontainers.image.source', 'https://ghe.example/org/repo'],
      ['org.opencontainers.image.revision', 'abc'],
      ['org.opencontainers.image.created', '2026-01-02T03:04:05.000Z'],
    ]);
    expect(ociLabels({}, now)).toEqual([['org.opencontainers.image.created', '2026-01-02T03:04:05.000Z']]);
  });

  it('reads the digest docker push prints', () => {
    const digest = `sha256:${'ab'.repeat(32)}`;
    expect(parsePushDigest(`The push refers to repository [r/a]\nv1: digest: ${digest} size: 420\n`)).toBe(
      digest,
    );
    expect(parsePushDigest('Everything up-to-date')).toBeUndefined();
  });
});
