import { describe, expect, test } from 'vitest';
import { CommandError } from '../../../lib/errors';
import { Cli, type CommandResult, type ExecuteOptions } from '../../../lib/exec';
import { Helm, parseHistory } from '../../../lib/helm';
import { isReleaseName } from '../../../lib/release-name';

/** A Cli that records argument lists and answers from a script instead of running helm. */
class FakeCli extends Cli {
  readonly calls: string[][] = [];
  constructor(private readonly answer: (args: string[]) => Partial<CommandResult>) {
    super('helm');
  }
  override async execute(args: readonly string[], options: ExecuteOptions = {}): Promise<CommandResult> {
    this.calls.push([...args]);
    const result = { stdout: '', stderr: '', exitCode: 0, ...this.answer([...args]) };
    if (result.exitCode !== 0 && !options.allowFailure)
      throw new CommandError('helm', args, result.exitCode, result.stderr);
    return result;
  }
}

const HISTORY = JSON.stringify([
  {
    revision: 2,
    updated: '2026-01-01T00:01:00Z',
    status: 'deployed',
    chart: 'inference-service-0.1.0',
    app_version: '1.0.0',
    description: 'ml-deploy canary abc weight=10',
  },
  {
    revision: 1,
    updated: '2026-01-01T00:00:00Z',
    status: 'superseded',
    chart: 'inference-service-0.1.0',
    app_version: '1.0.0',
    description: 'Install complete',
  },
]);

describe('Helm', () => {
  test('history: sorted oldest first, fields renamed; a missing release is an empty history', async () => {
    const cli = new FakeCli((args) =>
      args[1] === 'mnist' ? { stdout: HISTORY } : { exitCode: 1, stderr: 'Error: release: not found\n' },
    );
    const helm = new Helm(cli, 'prod');
    expect((await helm.history('mnist', 'models')).map((r) => [r.revision, r.status, r.appVersion])).toEqual([
      [1, 'superseded', '1.0.0'],
      [2, 'deployed', '1.0.0'],
    ]);
    expect(await helm.history('other', 'models')).toEqual([]);
    expect(cli.calls[0]).toEqual([
      'history',
      'mnist',
      '--namespace',
      'models',
      '--kube-context',
      'prod',
      '--max',
      '256',
      '-o',
      'json',
    ]);
  });

  test('history: other errors carry the command and the last stderr line', async () => {
    const helm = new Helm(
      new FakeCli(() => ({
        exitCode: 1,
        stderr: 'some detail\nError: Kubernetes cluster unreachable: connection refused\n',
      })),
    );
    await expect(helm.history('mnist', 'models')).rejects.toThrow(
      'helm history failed (exit 1): Error: Kubernetes cluster unreachable: connection refused',
    );
  });

  test('history: a 5xx answer is retried (helm does not), a refusal is not', async () => {
    let calls = 0;
    const cli = new FakeCli((args) =>
      args[1] === 'denied'
        ? { exitCode: 1, stderr: 'Error: secrets is forbidden: User "u" cannot list resource "secrets"\n' }
        : ++calls === 1
          ? { exitCode: 1, stderr: 'Error: query: failed to query with labels: Internal error occurred\n' }
          : { stdout: HISTORY },
    );
    const helm = new Helm(cli);
    expect(await helm.history('mnist', 'models')).toHaveLength(2);
    expect(calls).toBe(2);
    await expect(helm.history('denied', 'models')).rejects.toThrow(/^helm history: forbidden/);
    expect(cli.calls.filter((c) => c[1] === 'denied')).toHaveLength(1);
  });

  test('getValues: null is {}, a revision is passed', async () => {
    const cli = new FakeCli((args) => ({
      stdout: args.includes('--revision') ? '{"image":{"tag":"v1"}}' : 'null\n',
    }));
    const helm = new Helm(cli);
    expect(await helm.getValues('mnist', 'models')).toEqual({});
    expect(await helm.getValues('mnist', 'models', 3)).toEqual({ image: { tag: 'v1' } });
    expect(cli.calls[1]).toEqual([
      'get',
      'values',
      'mnist',
      '--namespace',
      'models',
      '-o',
      'json',
      '--revision',
      '3',
    ]);
  });

  test('status', async () => {
    const helm = new Helm(
      new FakeCli(() => ({
        stdout: JSON.stringify({
          name: 'mnist',
          namespace: 'models',
          version: 4,
          info: { status: 'pending-upgrade', description: 'Preparing upgrade' },
        }),
      })),
    );
    expect(await helm.status('mnist', 'models')).toMatchObject({
      revision: 4,
      status: 'pending-upgrade',
      description: 'Preparing upgrade',
    });
  });

  test.each([
    [
      'local chart',
      {
        release: 'mnist',
        namespace: 'models',
        chart: '/w/charts/inference-service',
        valuesFiles: ['/tmp/v.json'],
        description: 'ml-deploy canary abc weight=10 image=r/m:v2',
        timeoutMs: 600_000,
      },
      [
        'upgrade',
        'mnist',
        '/w/charts/inference-service',
        '--install',
        '--namespace',
        'models',
        '-f',
        '/tmp/v.json',
        '--description',
        'ml-deploy canary abc weight=10 image=r/m:v2',
        '--timeout',
        '600s',
      ],
    ],
    [
      'repository chart with version and repo',
      {
        release: 'mnist',
        namespace: 'models',
        chart: 'inference-service',
        chartVersion: '0.1.0',
        repo: 'https://charts.example.com/',
        valuesFiles: ['/a.json', '/b.json'],
        description: 'd',
      },
      [
        'upgrade',
        'mnist',
        'inference-service',
        '--install',
        '--namespace',
        'models',
        '--version',
        '0.1.0',
        '--repo',
        'https://charts.example.com/',
        '-f',
        '/a.json',
        '-f',
        '/b.json',
        '--description',
        'd',
      ],
    ],
  ])('upgradeInstall: %s', async (_name, options, expected) => {
    const cli = new FakeCli(() => ({}));
    await new Helm(cli).upgradeInstall(options);
    expect(cli.calls[0]).toEqual(expected);
    expect(cli.calls[0]).not.toContain('--reuse-values');
  });

  test('rollback and uninstall', async () => {
    const cli = new FakeCli(() => ({}));
    const helm = new Helm(cli, 'ctx');
    await helm.rollback('mnist', 'models', 3, 90_500);
    await helm.uninstall('mnist', 'models');
    expect(cli.calls).toEqual([
      ['rollback', 'mnist', '3', '--namespace', 'models', '--kube-context', 'ctx', '--timeout', '91s'],
      ['uninstall', 'mnist', '--namespace', 'models', '--kube-context', 'ctx'],
    ]);
  });

  test('upgrade failure message', async () => {
    const helm = new Helm(
      new FakeCli(() => ({
        exitCode: 1,
        stderr: 'Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\n',
      })),
    );
    const error = await helm
      .upgradeInstall({ release: 'm', namespace: 'n', chart: 'c', valuesFiles: [], description: 'd' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error.message).toBe(
      'helm upgrade failed (exit 1): Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress',
    );
  });

  test('parseHistory accepts empty output', () => {
    expect(parseHistory('')).toEqual([]);
  });

  test.each([
    ['mnist', true],
    ['mnist-canary.v2', true],
    ['Mnist', false],
    ['-mnist', false],
    ['a'.repeat(53), true],
    ['a'.repeat(54), false],
  ])('release name %s', (name, ok) => {
    expect(isReleaseName(name)).toBe(ok);
  });
});
