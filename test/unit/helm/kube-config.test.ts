import { mkdtempSync, existsSync, statSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  loadKubeConfig,
  parseKubeconfigInput,
  removeKubeconfig,
  writeKubeconfig,
} from '../../../lib/kube-config';

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: c1
    cluster: { server: 'http://127.0.0.1:6443' }
users:
  - name: u1
    user: { token: s3cr3t-token }
contexts:
  - name: one
    context: { cluster: c1, user: u1, namespace: models }
  - name: two
    context: { cluster: c1, user: u1 }
current-context: one
`;
const work = mkdtempSync(join(tmpdir(), 'kube-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kubeconfig input', () => {
  test('content, base64 content, a path, nothing', async () => {
    expect(await parseKubeconfigInput(KUBECONFIG)).toEqual({ kind: 'content', content: KUBECONFIG.trim() });
    expect(await parseKubeconfigInput(Buffer.from(KUBECONFIG).toString('base64'))).toMatchObject({
      kind: 'content',
    });
    const file = join(work, 'config');
    writeFileSync(file, KUBECONFIG);
    expect(await parseKubeconfigInput('config', work)).toEqual({ kind: 'path', path: file });
    expect(await parseKubeconfigInput(file)).toEqual({ kind: 'path', path: file });
    expect(await parseKubeconfigInput(undefined)).toEqual({ kind: 'default' });
    expect(await parseKubeconfigInput('  ')).toEqual({ kind: 'default' });
  });

  test.each([
    ['a missing file', 'nowhere/config', 'does not exist'],
    ['YAML that is not a kubeconfig', 'apiVersion: v1\nkind: Pod\n', 'no clusters list'],
    ['broken YAML', 'apiVersion: v1\nclusters: [\n', 'not valid YAML'],
  ])('rejects %s', async (_name, value, message) => {
    const result = await parseKubeconfigInput(value, work);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problem).toContain(message);
  });

  test('written with mode 0600 under RUNNER_TEMP, removed after', async () => {
    const path = writeKubeconfig(KUBECONFIG, work);
    expect(path.startsWith(work)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe(KUBECONFIG);
    removeKubeconfig(path);
    expect(existsSync(path)).toBe(false);
    removeKubeconfig(path);
  });

  test('context: switched to, or a clear error naming the known ones', async () => {
    const path = writeKubeconfig(KUBECONFIG, work);
    expect((await loadKubeConfig(path)).getCurrentContext()).toBe('one');
    expect((await loadKubeConfig(path, 'two')).getCurrentContext()).toBe('two');
    await expect(loadKubeConfig(path, 'three')).rejects.toThrow(
      "kubeconfig has no context 'three' (contexts: one, two)",
    );
    // The first call loads client-node, which takes seconds on a busy machine.
  }, 60_000);
});
