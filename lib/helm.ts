import * as core from '@actions/core';
import { CommandError, lastLine } from './errors';
import { Cli, type CommandResult, type ExecuteOptions } from './exec';
import { accessErrorFromText, isTransientText } from './kube-errors';
import { parseYaml } from './lazy/yaml';

/** One row of `helm history -o json`. */
export interface HelmRevision {
  revision: number;
  updated: string;
  status: string;
  chart: string;
  appVersion: string;
  description: string;
}

/** The parts of `helm status -o json` we read. */
export interface HelmStatus {
  name: string;
  namespace: string;
  revision: number;
  status: string;
  description: string;
  notes: string;
}

export interface UpgradeOptions {
  release: string;
  namespace: string;
  /** A path, `repo/name`, or an `oci://` reference. */
  chart: string;
  chartVersion?: string;
  /** `--repo`: a chart repository URL for a bare chart name. */
  repo?: string;
  valuesFiles: readonly string[];
  description: string;
  timeoutMs?: number;
  /** Labels of the release record (helm --labels): readable while the revision is still pending. */
  labels?: Record<string, string>;
  /** Flags and environment that make helm post-render the manifests. */
  postRenderer?: PostRenderer;
}

/** The flags that make helm post-render the manifests, and the environment they need. */
export interface PostRenderer {
  args: string[];
  env?: Record<string, string>;
}

export type ValuesTree = Record<string, unknown>;

const NOT_FOUND = /release: not found|release.*not found|no release found/i;

/** Deadline of a helm call that only reads (history, status, get values): an API that hangs ends here. */
export const HELM_READ_DEADLINE_MS = 90_000;
/** Attempts of a read while the API fails transiently: 1 + 2 + 4 + 8 s of pauses. */
const READ_ATTEMPTS = 5;
/** Beyond helm's own --timeout (hooks and waits), what a write may take to talk to the API. */
const HELM_WRITE_MARGIN_MS = 60_000;
/** helm's own default --timeout. */
const HELM_DEFAULT_TIMEOUT_MS = 5 * 60_000;

/**
 * The helm CLI behind one class: every call is an argument array, errors carry the command and the last
 * line of stderr (lib/errors CommandError). Kubernetes access comes from KUBECONFIG in the Cli's
 * environment and `--kube-context` when a context is named.
 */
export class Helm {
  constructor(
    private readonly cli: Cli = new Cli('helm'),
    private readonly context?: string,
  ) {}

  /** `helm history`, oldest first; an empty list when the release does not exist. */
  async history(release: string, namespace: string, max = 256): Promise<HelmRevision[]> {
    const result = await this.read(
      ['history', release, ...this.scope(namespace), '--max', String(max), '-o', 'json'],
      namespace,
      { allowFailure: true },
    );
    if (result.exitCode !== 0) {
      if (NOT_FOUND.test(result.stderr)) return [];
      throw this.failure(['history', release], namespace, result);
    }
    return parseHistory(result.stdout);
  }

  /** `helm status`; undefined when the release does not exist. */
  async status(release: string, namespace: string): Promise<HelmStatus | undefined> {
    const result = await this.read(['status', release, ...this.scope(namespace), '-o', 'json'], namespace, {
      allowFailure: true,
    });
    if (result.exitCode !== 0) {
      if (NOT_FOUND.test(result.stderr)) return undefined;
      throw this.failure(['status', release], namespace, result);
    }
    return parseStatus(result.stdout);
  }

  /** The user-supplied values of a revision (`helm get values -o json`), `{}` when there are none. */
  async getValues(release: string, namespace: string, revision?: number): Promise<ValuesTree> {
    const args = ['get', 'values', release, ...this.scope(namespace), '-o', 'json'];
    if (revision !== undefined) args.push('--revision', String(revision));
    const { stdout } = await this.read(args, namespace);
    const parsed: unknown = JSON.parse(stdout.trim() || 'null');
    if (parsed === null) return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error(`helm get values returned ${stdout.slice(0, 80)}, not a JSON object`);
    }
    return parsed as ValuesTree;
  }

  /**
   * `helm upgrade --install` without `--wait`: the caller watches the rollout itself, so that a crash
   * loop fails the step in seconds instead of at helm's timeout.
   */
  async upgradeInstall(options: UpgradeOptions): Promise<void> {
    const args = ['upgrade', options.release, options.chart, '--install', ...this.scope(options.namespace)];
    if (options.chartVersion) args.push('--version', options.chartVersion);
    if (options.repo) args.push('--repo', options.repo);
    for (const file of options.valuesFiles) args.push('-f', file);
    args.push('--description', options.description);
    const labels = Object.entries(options.labels ?? {});
    if (labels.length) args.push('--labels', labels.map(([k, v]) => `${k}=${v}`).join(','));
    if (options.timeoutMs) args.push('--timeout', `${Math.ceil(options.timeoutMs / 1000)}s`);
    if (options.postRenderer) args.push(...options.postRenderer.args);
    await this.run(args, options.namespace, {
      timeoutMs: writeDeadline(options.timeoutMs),
      env: options.postRenderer?.env,
    });
  }

  /** The chart's default values (`helm show values`), `{}` when it has none. */
  async showValues(chart: string, options: { version?: string; repo?: string } = {}): Promise<ValuesTree> {
    const args = ['show', 'values', chart];
    if (options.version) args.push('--version', options.version);
    if (options.repo) args.push('--repo', options.repo);
    const { stdout } = await this.cli.execute(args, { silent: true, timeoutMs: HELM_READ_DEADLINE_MS });
    const parsed: unknown = await parseYaml(stdout);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ValuesTree) : {};
  }

  /** The manifest helm applied for the deployed revision (`helm get manifest`). */
  async getManifest(release: string, namespace: string): Promise<string> {
    const { stdout } = await this.read(['get', 'manifest', release, ...this.scope(namespace)], namespace);
    return stdout;
  }

  /** Where this helm looks for plugins (`helm env HELM_PLUGINS`). */
  async pluginsDirectory(): Promise<string> {
    const { stdout } = await this.cli.execute(['env', 'HELM_PLUGINS'], {
      silent: true,
      timeoutMs: HELM_READ_DEADLINE_MS,
    });
    return stdout.trim();
  }

  /** `helm rollback` to a revision, without `--wait` (the caller watches the rollout). */
  async rollback(release: string, namespace: string, revision: number, timeoutMs?: number): Promise<void> {
    const args = ['rollback', release, String(revision), ...this.scope(namespace)];
    if (timeoutMs) args.push('--timeout', `${Math.ceil(timeoutMs / 1000)}s`);
    await this.run(args, namespace, { timeoutMs: writeDeadline(timeoutMs) });
  }

  async uninstall(release: string, namespace: string, timeoutMs?: number): Promise<void> {
    const args = ['uninstall', release, ...this.scope(namespace)];
    if (timeoutMs) args.push('--timeout', `${Math.ceil(timeoutMs / 1000)}s`);
    await this.run(args, namespace, { timeoutMs: writeDeadline(timeoutMs) });
  }

  /** `v3.17.3`, `v4.1.4`. */
  async version(): Promise<string> {
    const { stdout } = await this.cli.execute(['version', '--template', '{{.Version}}'], {
      silent: true,
      timeoutMs: HELM_READ_DEADLINE_MS,
    });
    return stdout.trim();
  }

  /**
   * Every helm call has a deadline (reads a fixed one, writes helm's --timeout and a margin), and a refusal
   * by RBAC or an expired token ends in one line naming the rule instead of helm's error chain.
   */
  private async run(args: string[], namespace: string, options: ExecuteOptions = {}): Promise<CommandResult> {
    const result = await this.cli.execute(args, {
      timeoutMs: HELM_READ_DEADLINE_MS,
      ...options,
      allowFailure: true,
    });
    if (result.exitCode !== 0 && !options.allowFailure) throw this.failure(args, namespace, result);
    return result;
  }

  /**
   * A helm call that only reads, retried while the API answers 5xx or 429 or the connection fails (helm
   * retries neither 5xx nor a dropped connection itself): the retry is logged, the last failure thrown.
   */
  private async read(
    args: string[],
    namespace: string,
    options: { allowFailure?: boolean } = {},
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.run(args, namespace, { silent: true, allowFailure: true });
      if (result.exitCode === 0 || attempt >= READ_ATTEMPTS || !isTransientText(result.stderr)) {
        if (result.exitCode !== 0 && !options.allowFailure) throw this.failure(args, namespace, result);
        return result;
      }
      const pauseMs = 1000 * 2 ** (attempt - 1);
      core.info(`helm ${args[0]}: ${lastLine(result.stderr)}; retrying in ${pauseMs / 1000}s`);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }

  private failure(args: string[], namespace: string, result: CommandResult): Error {
    const access = accessErrorFromText(result.stderr, {
      verb: 'use',
      resource: 'the release',
      namespace,
    });
    if (access) return new Error(`helm ${args[0]}: ${access.message}`);
    return new CommandError('helm', args, result.exitCode, result.stderr);
  }

  private scope(namespace: string): string[] {
    return ['--namespace', namespace, ...(this.context ? ['--kube-context', this.context] : [])];
  }
}

function writeDeadline(timeoutMs: number | undefined): number {
  return (timeoutMs ?? HELM_DEFAULT_TIMEOUT_MS) + HELM_WRITE_MARGIN_MS;
}

export function parseHistory(stdout: string): HelmRevision[] {
  const parsed: unknown = JSON.parse(stdout.trim() || '[]');
  if (!Array.isArray(parsed)) throw new Error('helm history -o json did not return a list');
  return parsed
    .map((row: Record<string, unknown>) => ({
      revision: Number(row.revision),
      updated: String(row.updated ?? ''),
      status: String(row.status ?? ''),
      chart: String(row.chart ?? ''),
      appVersion: String(row.app_version ?? row.appVersion ?? ''),
      description: String(row.description ?? ''),
    }))
    .sort((a, b) => a.revision - b.revision);
}

export function parseStatus(stdout: string): HelmStatus {
  const parsed = JSON.parse(stdout) as {
    name?: string;
    namespace?: string;
    version?: number;
    info?: { status?: string; description?: string; notes?: string };
  };
  return {
    name: parsed.name ?? '',
    namespace: parsed.namespace ?? '',
    revision: Number(parsed.version ?? 0),
    status: parsed.info?.status ?? '',
    description: parsed.info?.description ?? '',
    notes: parsed.info?.notes ?? '',
  };
}
