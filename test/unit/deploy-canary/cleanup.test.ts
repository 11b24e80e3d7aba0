import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { HelmRevision } from '../../../lib/helm';

// helm and the rollout watch stand in for a cluster whose Role lacks watch on pods.
const cluster = vi.hoisted(() => ({
  history: [] as HelmRevision[],
  rollbacks: [] as number[],
  watchError: undefined as Error | undefined,
}));

vi.mock('../../../lib/helm', async (original) => ({
  ...(await original<typeof import('../../../lib/helm')>()),
  Helm: class {
    history = async () => cluster.history;
    getValues = async () => ({});
    rollback = async (_release: string, _namespace: string, revision: number) => {
      cluster.rollbacks.push(revision);
      const row = (n: number, status: string, description: string) => ({
        revision: n,
        status,
        description,
        updated: '',
        chart: 'c-1',
        appVersion: '',
      });
      cluster.history = [
        ...cluster.history.map((r) => (r.status === 'deployed' ? { ...r, status: 'superseded' } : r)),
        row(cluster.history.length + 1, 'deployed', `Rollback to ${revision}`),
      ];
    };
  },
}));
vi.mock('../../../lib/kube-config', async (original) => ({
  ...(await original<typeof import('../../../lib/kube-config')>()),
  loadKubeConfig: async () => ({}),
}));
vi.mock('../../../lib/rollout-watch', async (original) => ({
  ...(await original<typeof import('../../../lib/rollout-watch')>()),
  watchRollout: async () => {
    if (cluster.watchError) throw cluster.watchError;
    return [];
  },
}));

const { cleanup } = await import('../../../actions/deploy-canary/cleanup');

// @actions/core keeps the summary file it first wrote to: one for the file.
const dir = mkdtempSync(join(tmpdir(), 'cleanup-test-'));
const summary = join(dir, 'summary.md');
let out: string[];
beforeEach(() => {
  writeFileSync(summary, '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
  for (const [name, value] of Object.entries({
    'canary-started': 'true',
    release: 'm',
    namespace: 'ml',
    'stable-revision': '1',
    'canary-image': 'r/m:v2',
    'timeout-ms': '60000',
  }))
    vi.stubEnv(`STATE_${name}`, value);
  const row = (revision: number, status: string, description: string) => ({
    revision,
    status,
    description,
    updated: '',
    chart: 'c-1',
    appVersion: '',
  });
  cluster.history = [row(1, 'deployed', 'Install complete'), row(2, 'failed', 'Upgrade "m" failed')];
  cluster.rollbacks = [];
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a rollback whose rollout the Role cannot watch is done, and warned as not confirmed', async () => {
  cluster.watchError = new Error(
    'forbidden: cannot watch pods in namespace ml (add verbs [watch] on resource pods to the Role)',
  );
  await cleanup();
  expect(cluster.rollbacks).toEqual([1]);
  const warnings = out.join('').match(/::warning::.*/g) ?? [];
  expect(warnings).toEqual([
    '::warning::cleanup-on-failure: the rollout of stable could not be confirmed: forbidden: cannot watch pods in namespace ml (add verbs [watch] on resource pods to the Role)',
  ]);
  expect(out.join('')).toMatch(/cleanup-on-failure: canary removed, revision 3 restores revision 1 \(/);
  expect(out.join('')).not.toContain('could not remove the canary');
  const written = readFileSync(summary, 'utf8');
  expect(written).toContain('### deploy-canary cleanup: canary removed');
  expect(written).toContain('Its rollout could not be confirmed: forbidden: cannot watch pods');
});

test('a watched rollback says the canary was removed, without a warning', async () => {
  cluster.watchError = undefined;
  await cleanup();
  expect(cluster.rollbacks).toEqual([1]);
  expect(out.join('')).not.toContain('::warning::');
  expect(out.join('')).toMatch(/cleanup-on-failure: canary removed, revision 3 restores revision 1 \(/);
});
