import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readWorkflow, stepScript } from '../../helpers/workflow-checks';

const dir = mkdtempSync(join(tmpdir(), 'workflow-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a step's script as the runner runs a `run:` step on Linux: a file given to bash with -eo pipefail. */
function runStep(file: string, jobId: string, stepName: string, env: Record<string, string>) {
  const script = join(dir, `${jobId}.sh`);
  writeFileSync(script, stepScript(parse(readWorkflow(file)), jobId, stepName));
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout };
}

describe('manual-release.yml: the image tag and weight check', () => {
  const check = (tag: string, weight = '10') =>
    runStep(
      'workflows-examples/manual-release.yml',
      'validate',
      'Image tag is explicit, weight is a percentage',
      {
        IMAGE_TAG: tag,
        WEIGHT: weight,
      },
    );

  it.each(['v1.4.2', '3f2a9c1e', '2026-11-22_build.7', 'A', 'x'.repeat(128), 'latest-gpu'])(
    'accepts tag %s',
    (tag) => {
      expect(check(tag)).toEqual({ status: 0, stdout: '' });
    },
  );

  it.each(['latest', 'LATEST', 'Latest'])('refuses %s', (tag) => {
    expect(check(tag)).toEqual({
      status: 1,
      stdout: expect.stringContaining('::error title=image-tag::latest is refused'),
    });
  });

  it.each([
    '',
    'ghcr.io/org/model-server:v1',
    'model-server:v1',
    'v1@sha256:0123',
    'v1 .2',
    '-v1',
    '.v1',
    'x'.repeat(129),
    'v1\nlatest',
    'v1;id',
  ])('refuses %j, which is not a plain tag', (tag) => {
    expect(check(tag)).toEqual({
      status: 1,
      stdout: expect.stringContaining('::error title=image-tag::not a plain image tag'),
    });
  });

  it('never runs a tag as code (it reaches the script through env:)', () => {
    const marker = join(dir, 'injected');
    expect(check(`$(touch ${marker})`).status).toBe(1);
    expect(check(`\`touch ${marker}\``).status).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(['1', '10', '100'])('accepts weight %s', (weight) => {
    expect(check('v1', weight).status).toBe(0);
  });

  it.each(['0', '101', '', 'ten', '10%', '-5', '010', '08', '1e2'])('refuses weight %j', (weight) => {
    expect(check('v1', weight)).toEqual({
      status: 1,
      stdout: expect.stringContaining('::error title=weight::'),
    });
  });

  it('reports a bad tag and a bad weight together', () => {
    const { status, stdout } = check('latest', '0');
    expect(status).toBe(1);
    expect(stdout).toMatch(/title=image-tag::[\s\S]*title=weight::/);
  });
});

describe('rollback.yml: the release, namespace and revision check', () => {
  const check = (release: string, namespace = 'ml-serving', toRevision = '') =>
    runStep(
      'workflows-examples/rollback.yml',
      'validate',
      'Release, namespace and revision are well-formed',
      {
        RELEASE: release,
        NAMESPACE: namespace,
        TO_REVISION: toRevision,
      },
    );

  it.each([
    ['model-server', 'ml-serving', ''],
    ['a', 'b', '7'],
    ['x'.repeat(53), 'y'.repeat(63), '120'],
  ])('accepts release %s, namespace %s, revision %j', (release, namespace, revision) => {
    expect(check(release, namespace, revision)).toEqual({ status: 0, stdout: '' });
  });

  it.each(['Model-Server', 'model_server', '-model', 'model-', 'x'.repeat(54), '', 'a;id'])(
    'refuses release %j',
    (release) => {
      expect(check(release)).toEqual({
        status: 1,
        stdout: expect.stringContaining('::error title=release::'),
      });
    },
  );

  it.each(['ML', 'y'.repeat(64), 'ns.with.dots'])('refuses namespace %j', (namespace) => {
    expect(check('model-server', namespace)).toEqual({
      status: 1,
      stdout: expect.stringContaining('::error title=namespace::'),
    });
  });

  it.each(['0', '-1', '3a', '01', ' 3'])('refuses revision %j', (revision) => {
    expect(check('model-server', 'ml-serving', revision)).toEqual({
      status: 1,
      stdout: expect.stringContaining('::error title=to-revision::'),
    });
  });
});

describe('reusable-canary.yml: the weights check (what makes fromJSON of the weights safe)', () => {
  const check = (weights: string) =>
    runStep(
      'workflows-examples/reusable-canary.yml',
      'canary',
      'Weights are one to three increasing percentages',
      {
        WEIGHTS: weights,
      },
    );

  it.each(['10,25,50', '10', '5,100', '1,2,3'])('accepts %s', (weights) => {
    expect(check(weights)).toEqual({ status: 0, stdout: '' });
  });

  it.each(['', '10, 25', '10,25,50,75', '010', '0,10', '[10]', '10,25]', '1e1'])(
    'refuses the form %j',
    (weights) => {
      expect(check(weights)).toEqual({ status: 1, stdout: expect.stringContaining('comma-separated') });
    },
  );

  it.each(['50,25', '10,10', '10,101'])('refuses %s, which does not increase within 1-100', (weights) => {
    expect(check(weights)).toEqual({ status: 1, stdout: expect.stringContaining('must increase') });
  });
});
