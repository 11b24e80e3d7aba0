// The buildx paths through the bundle. This machine has no buildx plugin (and podman's API is no BuildKit),
// so a stand-in `docker` answers `buildx version` and `buildx build` the way buildx does (--iidfile,
// --metadata-file with containerimage.digest) and logs its arguments; Trivy is the stand-in too.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBundle } from '../helpers/run-bundle';
import { pathWithoutTrivy, standInTrivyDir } from '../integration/build-scan/trivy-release';
import { trivyFixtures } from '../unit/build-scan/expected';
import { tempDir } from '../helpers/temp-dir';

const INDEX_DIGEST = `sha256:${'a1'.repeat(32)}`;
const STANDIN_DOCKER = `#!/bin/sh
echo "$*" >> "$STANDIN_DOCKER_LOG"
if [ "$1 $2" = "buildx version" ]; then echo "github.com/docker/buildx v0.0.0-standin"; exit 0; fi
if [ "$1 $2" = "buildx build" ]; then
  push=
  while [ $# -gt 0 ]; do
    case "$1" in
      --metadata-file) metadata="$2" ;;
      --iidfile) iidfile="$2" ;;
      --push) push=1 ;;
    esac
    shift
  done
  if [ -n "$push" ]; then
    echo "$INDEX_DIGEST" > "$iidfile"
    printf '{"containerimage.digest": "%s"}' "$INDEX_DIGEST" > "$metadata"
  else
    echo "sha256:${'b2'.repeat(32)}" > "$iidfile"
  fi
  exit 0
fi
if [ "$1 $2" = "image inspect" ]; then echo "sha256:${'b2'.repeat(32)}"; exit 0; fi
if [ "$1" = "push" ]; then echo "$2: digest: sha256:${'c3'.repeat(32)} size: 1"; exit 0; fi
exit 1
`;

function setup() {
  const dir = tempDir('standin-docker-');
  writeFileSync(join(dir, 'docker'), STANDIN_DOCKER);
  chmodSync(join(dir, 'docker'), 0o755);
  const logs = { docker: join(dir, 'docker.log'), trivy: join(dir, 'trivy.log') };
  const env = {
    PATH: [dir, standInTrivyDir(), pathWithoutTrivy()].join(delimiter),
    INDEX_DIGEST,
    STANDIN_DOCKER_LOG: logs.docker,
    STANDIN_TRIVY_LOG: logs.trivy,
    STANDIN_TRIVY_REPORT: join(trivyFixtures, 'fluentd-gems.json'),
  };
  const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n');
  return { env, docker: () => lines(logs.docker), trivy: () => lines(logs.trivy) };
}

const inputs = {
  image: 'registry.example/ml/server',
  tags: 'v1',
  context: join(repoRoot, 'test', 'fixtures', 'images', 'model-server'),
};

describe('build-scan bundle with buildx', () => {
  it('several platforms: buildx pushes, then each platform is scanned from the registry by digest', async () => {
    const { env, docker, trivy } = setup();
    const run = await runBundle('build-scan', {
      env,
      inputs: {
        ...inputs,
        platforms: 'linux/amd64,linux/arm64',
        'scan-before-push': 'false',
        'fail-on': 'none',
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('builder: buildx (auto)');
    expect(docker()[1]).toMatch(
      /^buildx build .*--platform linux\/amd64,linux\/arm64 .*--push --tag registry\.example\/ml\/server:v1 /,
    );
    expect(docker()).toHaveLength(2);
    expect(trivy()).toEqual([
      expect.stringMatching(
        `--image-src remote --platform linux/amd64 registry.example/ml/server@${INDEX_DIGEST}$`,
      ),
      expect.stringMatching(
        `--image-src remote --platform linux/arm64 registry.example/ml/server@${INDEX_DIGEST}$`,
      ),
    ]);
    expect(run.outputs.digest).toBe(INDEX_DIGEST);
    expect(run.outputs.image).toBe(`registry.example/ml/server@${INDEX_DIGEST}`);
    expect(run.outputs['report-file']!.split('\n')).toEqual([
      expect.stringMatching(/trivy-1\.json$/),
      expect.stringMatching(/trivy-2\.json$/),
    ]);
    // The same report for both platforms: each vulnerability still counts once.
    expect(JSON.parse(run.outputs.vulnerabilities!)).toEqual({
      CRITICAL: 1,
      HIGH: 1,
      MEDIUM: 0,
      LOW: 0,
      UNKNOWN: 0,
    });
  });

  it('one platform with scan-before-push: loads, scans the local image, and pushes after the gate', async () => {
    const { env, docker, trivy } = setup();
    env.STANDIN_TRIVY_REPORT = join(trivyFixtures, 'alpine-310.json');
    const run = await runBundle('build-scan', {
      env,
      inputs: { ...inputs, 'cache-to': 'type=gha,mode=max' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(docker()[1]).toMatch(
      /^buildx build .*--cache-to type=gha,mode=max .*--load --tag registry\.example\/ml\/server:v1 /,
    );
    expect(docker().slice(2)).toEqual([
      'image inspect --format {{.Id}} registry.example/ml/server:v1',
      'push registry.example/ml/server:v1',
    ]);
    expect(trivy()).toEqual([expect.stringMatching(/--image-src docker registry\.example\/ml\/server:v1$/)]);
    expect(run.outputs.digest).toBe(`sha256:${'c3'.repeat(32)}`);
  });

  it('several platforms cannot be gated before the push: rejected before anything runs', async () => {
    const { env } = setup();
    const run = await runBundle('build-scan', {
      env,
      inputs: { ...inputs, platforms: 'linux/amd64,linux/arm64' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::Invalid configuration, nothing was changed. several platforms cannot be scanned before the push',
    );
  });
});
