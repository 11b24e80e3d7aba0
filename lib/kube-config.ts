import * as core from '@actions/core';
import type { KubeConfig } from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from './errors';
import type { InputReader } from './inputs';
import { loadKubeClient } from './kube-client';
import { parseYaml } from './lazy/yaml';
import { workspacePath } from './workspace-path';

/** Where the Kubernetes credentials come from: the input's content, a file the input names, or the default. */
export type KubeconfigSource =
  { kind: 'content'; content: string } | { kind: 'path'; path: string } | { kind: 'default' };

/**
 * Reads the `kubeconfig` input: YAML content (also base64-encoded, as secrets often hold it), or the path
 * of a file; nothing means the runner's default (KUBECONFIG or ~/.kube/config). The secrets of a valid
 * kubeconfig are masked here, before anything else runs, so no later message can show them. Returns a
 * problem message instead of throwing, so callers can report it with the other input problems.
 */
export async function parseKubeconfigInput(
  value: string | undefined,
  workspace = process.env.GITHUB_WORKSPACE ?? process.cwd(),
): Promise<KubeconfigSource | { kind: 'invalid'; problem: string }> {
  if (value === undefined || value.trim() === '') return { kind: 'default' };
  const text = value.trim();
  if (!text.includes('\n') && !text.startsWith('{') && !text.startsWith('apiVersion')) {
    const inside = workspacePath(text, workspace);
    if ('problem' in inside) return { kind: 'invalid', problem: `input 'kubeconfig': ${inside.problem}` };
    const path = inside.path;
    if (existsSync(path) && statSync(path).isFile()) {
      const problem = await checkAndMask(readFileSync(path, 'utf8'));
      return problem
        ? { kind: 'invalid', problem: `input 'kubeconfig': ${path}: ${problem}` }
        : { kind: 'path', path };
    }
    const decoded =
      /^[A-Za-z0-9+/=\s]+$/.test(text) && text.length > 40
        ? Buffer.from(text, 'base64').toString('utf8')
        : '';
    if (decoded.includes('clusters')) {
      core.setSecret(text);
      const problem = await checkAndMask(decoded);
      return problem
        ? { kind: 'invalid', problem: `input 'kubeconfig' (base64): ${problem}` }
        : { kind: 'content', content: decoded };
    }
    return {
      kind: 'invalid',
      problem: `input 'kubeconfig': expected kubeconfig YAML (or base64 of it) or the path of a file, but ${path} does not exist`,
    };
  }
  const problem = await checkAndMask(text);
  return problem
    ? { kind: 'invalid', problem: `input 'kubeconfig': ${problem}` }
    : { kind: 'content', content: text };
}

/** What is wrong with kubeconfig content, or undefined once its secrets are masked. */
async function checkAndMask(content: string): Promise<string | undefined> {
  let doc: unknown;
  try {
    doc = await parseYaml(content);
  } catch (error) {
    return `not valid YAML (${errorMessage(error).split('\n')[0]})`;
  }
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { clusters?: unknown }).clusters)) {
    return 'not a kubeconfig (no clusters list)';
  }
  for (const secret of secretsOf(doc)) core.setSecret(secret);
  return undefined;
}

/**
 * The secrets inside kubeconfig content: tokens, client keys, passwords, every auth-provider config value
 * and every exec env value. Each is masked as written and, for `*-data`, decoded line by line too.
 */
export async function kubeconfigSecrets(content: string): Promise<string[]> {
  return secretsOf(await parseYaml(content));
}

function secretsOf(parsed: unknown): string[] {
  const doc = parsed as { users?: Array<{ user?: Record<string, unknown> }> } | null;
  const out: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') out.push(value.trim());
  };
  for (const entry of doc?.users ?? []) {
    const user = entry?.user ?? {};
    for (const key of ['token', 'client-key-data', 'client-certificate-data', 'password']) add(user[key]);
    const keyData = user['client-key-data'];
    if (typeof keyData === 'string') {
      for (const line of Buffer.from(keyData, 'base64').toString('utf8').split('\n')) {
        if (!/^-----|^\s*$/.test(line)) add(line);
      }
    }
    const provider = user['auth-provider'] as { config?: Record<string, unknown> } | undefined;
    for (const value of Object.values(provider?.config ?? {})) add(value);
    const execEnv = (user.exec as { env?: Array<{ value?: unknown }> } | undefined)?.env;
    for (const item of Array.isArray(execEnv) ? execEnv : []) add(item?.value);
  }
  return out;
}

/** Writes kubeconfig content under RUNNER_TEMP, readable by the owner only. */
export function writeKubeconfig(content: string, dir = process.env.RUNNER_TEMP || tmpdir()): string {
  const path = join(dir, `ml-deploy-kubeconfig-${randomBytes(6).toString('hex')}`);
  writeFileSync(path, content, { mode: 0o600 });
  return path;
}

export function removeKubeconfig(path: string | undefined): void {
  if (!path) return;
  try {
    rmSync(path, { force: true });
  } catch (error) {
    core.warning(`Could not remove the kubeconfig ${path}: ${errorMessage(error)}`);
  }
}

/**
 * The kubeconfig file to use (undefined: the default), after writing content to disk when needed. The
 * source comes from parseKubeconfigInput, which masked its secrets.
 */
export function materializeKubeconfig(source: KubeconfigSource): string | undefined {
  if (source.kind === 'content') return writeKubeconfig(source.content);
  return source.kind === 'path' ? source.path : undefined;
}

/**
 * A client-node KubeConfig from the file (or the default), switched to `context` when named. Throws a clear
 * message when the context does not exist.
 */
export async function loadKubeConfig(path: string | undefined, context?: string): Promise<KubeConfig> {
  const kc = new (await loadKubeClient()).KubeConfig();
  if (path) kc.loadFromFile(path);
  else kc.loadFromDefault();
  if (context) {
    if (!kc.getContextObject(context)) {
      const known = kc.getContexts().map((c) => c.name);
      throw new Error(`kubeconfig has no context '${context}' (contexts: ${known.join(', ') || 'none'})`);
    }
    kc.setCurrentContext(context);
  }
  if (!kc.getCurrentCluster())
    throw new Error('kubeconfig has no current cluster (set context, or current-context)');
  return kc;
}

/** The environment helm and kubectl need for the same credentials. */
export function kubeEnv(path: string | undefined): Record<string, string> {
  return path ? { KUBECONFIG: path } : {};
}

/** Reads the `kubeconfig` input through an InputReader, reporting a bad value with the other problems. */
export async function readKubeconfigInput(reader: InputReader): Promise<KubeconfigSource> {
  const source = await parseKubeconfigInput(reader.optional('kubeconfig'));
  if (source.kind === 'invalid') {
    reader.problem(source.problem);
    return { kind: 'default' };
  }
  return source;
}
