import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKubeEmulator, type KubeEmulator, type KubeEmulatorOptions } from '../../../sandbox/kube/index';
import type { Json } from '../../../sandbox/kube/types';
import { repoRoot } from '../../helpers/run-bundle';

export const versions = ['1.31', '1.35'] as const;
export type ToolVersion = (typeof versions)[number];

export function tool(version: ToolVersion, name: 'kubectl' | 'helm'): string {
  return join(repoRoot, '.tools', `k8s-${version}`, name);
}

export const chartDir = join(repoRoot, 'test', 'fixtures', 'kube-chart');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Sandbox {
  emulator: KubeEmulator;
  dir: string;
  /** Environment for kubectl and helm: the emulator's kubeconfig, and caches in the sandbox's own folder. */
  env: Record<string, string>;
  run(bin: string, args: string[], input?: string): Promise<RunResult>;
  /** Runs and fails with the command's stderr unless it exits 0. */
  ok(bin: string, args: string[], input?: string): Promise<string>;
  json<T = Json>(bin: string, args: string[]): Promise<T>;
  spawn(bin: string, args: string[]): ChildProcess;
  /** A request straight to the emulator's REST API, so checks see the stored state, not a client's view. */
  api<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    contentType?: string,
  ): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

export async function startSandbox(options: Partial<KubeEmulatorOptions> = {}): Promise<Sandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'kube-emulator-'));
  const emulator = await startKubeEmulator({ stateDir: join(dir, 'state'), ...options });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: join(dir, 'home'),
    KUBECONFIG: emulator.kubeconfigPath,
    HELM_CACHE_HOME: join(dir, 'helm', 'cache'),
    HELM_CONFIG_HOME: join(dir, 'helm', 'config'),
    HELM_DATA_HOME: join(dir, 'helm', 'data'),
  };
  const run = (bin: string, args: string[], input?: string): Promise<RunResult> =>
    new Promise((resolve) => {
      const child = execFile(
        bin,
        args,
        { env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  const ok = async (bin: string, args: string[], input?: string): Promise<string> => {
    const r = await run(bin, args, input);
    if (r.code !== 0) throw new Error(`${bin} ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r.stdout;
  };
  return {
    emulator,
    dir,
    env,
    run,
    ok,
    json: async (bin, args) => JSON.parse(await ok(bin, args)),
    spawn: (bin, args) => spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] }),
    async api(method, path, body, contentType = 'application/json') {
      const res = await fetch(`${emulator.url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': contentType },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async stop() {
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `limitMs`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  limitMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`gave up waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Follows a watch URL in the background, collecting its events, until stop(). */
export async function follow(
  url: string,
  onEvent?: (event: Json) => void,
): Promise<{ events: Json[]; stop(): Promise<void> }> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const events: Json[] = [];
  const reading = (async () => {
    const reader = res.body!.getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += Buffer.from(value).toString('utf8');
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const event = JSON.parse(buffer.slice(0, nl));
          buffer = buffer.slice(nl + 1);
          events.push(event);
          onEvent?.(event);
        }
      }
    } catch (e) {
      if (!controller.signal.aborted) throw e;
    }
  })();
  return {
    events,
    async stop() {
      controller.abort();
      await reading;
    },
  };
}
