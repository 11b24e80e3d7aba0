import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '..');

/** The node binaries bundles are tested on: this machine's node and node 24 (`runs.using: node24`). */
export const nodeRuntimes: Record<string, string> = {
  [`node${process.versions.node.split('.')[0]}`]: process.execPath,
  node24: join(repoRoot, '.tools', 'node24', 'bin', 'node'),
};

/**
 * The folders runs made: kept while the process lives (a post step reuses its main's RUNNER_TEMP, tests
 * read the samples file a run wrote), removed when it exits, so tests and the demo leave nothing behind.
 */
const madeFolders = new Set<string>();

/** Removes the folders of every run so far (test files call it after their last test). */
export function removeRunFolders(): void {
  for (const folder of madeFolders) rmSync(folder, { recursive: true, force: true });
  madeFolders.clear();
}
process.once('exit', removeRunFolders);

export interface BundleRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** RUNNER_TEMP of this run, shared with a following post step. */
  runnerTemp: string;
  /** When a cancelled step got its SIGINT (ms since epoch). */
  cancelledAt?: number;
}

export interface RunBundleOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  node?: string;
  /** Run the action's `post` entry with the state saved by a previous run. */
  post?: { state: Record<string, string>; runnerTemp: string };
  timeoutMs?: number;
  /**
   * Cancel the step after this long as the Actions runner does: SIGINT, SIGTERM 7.5 s later, and 2.5 s
   * after that the whole process tree killed (actions/runner ProcessInvoker, CancelAndKillProcessTree).
   */
  cancelAfterMs?: number;
  /** Cancel the step as above once this settles (a phase the test waits for), if it still runs. */
  cancelWhen?: Promise<unknown>;
  /** Called with each line the action writes to stdout, as it writes it (the demo shows them live). */
  onLine?: (line: string) => void;
}

/** The file the runner starts for an action's step: `runs.main` or `runs.post` of its action.yml. */
export function actionEntry(action: string, step: 'main' | 'post' = 'main', root = repoRoot): string {
  const metadata = join(root, 'actions', action, 'action.yml');
  const runs = (parse(readFileSync(metadata, 'utf8')) as { runs?: Record<string, string> }).runs ?? {};
  const file = runs[step];
  if (!file) throw new Error(`actions/${action}/action.yml has no runs.${step}`);
  return resolve(dirname(metadata), file);
}

/**
 * Runs the action's `runs.main` (or `runs.post`) the way the Actions runner does: inputs as INPUT_* variables, outputs,
 * state and summary through files. Tests and the demo use it; it is the sandbox's stand-in for the runner.
 */
export async function runBundle(action: string, options: RunBundleOptions = {}): Promise<BundleRun> {
  const work = mkdtempSync(join(tmpdir(), `ml-deploy-${action}-`));
  const runnerTemp = options.post?.runnerTemp ?? mkdtempSync(join(tmpdir(), 'runner-temp-'));
  madeFolders.add(work).add(runnerTemp);
  const files = {
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    GITHUB_STATE: join(work, 'state'),
    GITHUB_ENV: join(work, 'env'),
    GITHUB_PATH: join(work, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repoRoot,
    GITHUB_REPOSITORY: 'example/ml-deploy-test',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    ...files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.post?.state ?? {})) env[`STATE_${name}`] = value;

  const entry = actionEntry(action, options.post ? 'post' : 'main');
  // Its own process group, so a cancel can kill the tree (helm and its children) as the runner does.
  const child = spawn(options.node ?? process.execPath, [entry], { env, cwd: work, detached: true });
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    if (!options.onLine) return;
    const lines = (partial + d).split('\n');
    partial = lines.pop()!;
    lines.forEach((line) => options.onLine!(line));
  });
  child.stderr.on('data', (d) => (stderr += d));
  let closed = false;
  let cancelledAt: number | undefined;
  const cancel: NodeJS.Timeout[] = [];
  const startCancel = (afterMs: number) => {
    if (closed) return;
    cancel.push(...cancelLikeTheRunner(child, afterMs, () => (cancelledAt ??= Date.now())));
  };
  if (options.cancelAfterMs !== undefined) startCancel(options.cancelAfterMs);
  options.cancelWhen?.then(
    () => startCancel(0),
    () => undefined,
  );
  const timeout = setTimeout(() => killTree(child), options.timeoutMs ?? 240_000);
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  closed = true;
  clearTimeout(timeout);
  cancel.forEach(clearTimeout);
  if (partial && options.onLine) options.onLine(partial);

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: existsSync(files.GITHUB_STEP_SUMMARY) ? readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') : '',
    runnerTemp,
    cancelledAt,
  };
}

/** The runner's cancel: SIGINT to the step's process, SIGTERM after 7.5 s, the tree killed 2.5 s later. */
function cancelLikeTheRunner(child: ChildProcess, afterMs: number, signalled: () => void): NodeJS.Timeout[] {
  const alive = () => child.exitCode === null && child.signalCode === null;
  return [
    setTimeout(() => {
      if (!alive()) return;
      signalled();
      child.kill('SIGINT');
    }, afterMs),
    setTimeout(() => alive() && child.kill('SIGTERM'), afterMs + 7_500),
    setTimeout(() => killTree(child), afterMs + 10_000),
  ];
}

function killTree(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // The group is gone already.
  }
}

/** Parses the runner's file-command format (`name<<delimiter` blocks, or `name=value` lines). */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}
