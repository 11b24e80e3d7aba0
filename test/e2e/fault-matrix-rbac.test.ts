import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { repoRoot, type BundleRun } from '../helpers/run-bundle';
import { chart, podsBecome, REPO, type Cluster } from './deploy-canary.helpers';
import { errorLine, faultMatrix, timed, type RowSpec } from './fault-matrix.helpers';

// Each row is a few short steps on its own emulator (RBAC over TLS); no row waits on a clock. The limit
// leaves room for rbac-least's seven steps on a machine shared with other runs.
const ROW_TIMEOUT_MS = 360_000;

const ns = 'ml';
const base = `image.repository=${REPO}\nreplicaCount=1`;
const rbacYaml = readFileSync(join(repoRoot, 'workflows-examples', 'cluster', 'rbac.yaml'), 'utf8');

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/** rbac.yaml with its Role's rules changed by `edit` (the shipped file when absent). */
function rbacWith(edit?: (rules: Rule[]) => Rule[]): string {
  if (!edit) return rbacYaml;
  return parseAllDocuments(rbacYaml)
    .map((doc) => {
      const object = doc.toJS() as { kind: string; rules?: Rule[] };
      if (object.kind === 'Role') object.rules = edit(object.rules ?? []);
      return stringify(object);
    })
    .join('---\n');
}

/**
 * As the cluster admin: namespace ml, the RBAC objects, a token of the ServiceAccount (TokenRequest, as
 * `kubectl create token` asks for it); returns the environment that makes the actions use that token.
 */
async function asServiceAccount(
  c: Cluster,
  objects: string,
): Promise<{ env: Record<string, string>; token: string }> {
  const kubectl = join(dirname(c.helm), 'kubectl');
  await c.sb.ok(kubectl, ['create', 'namespace', ns]);
  await c.sb.ok(kubectl, ['apply', '-f', '-'], objects);
  const token = (await c.sb.ok(kubectl, ['create', 'token', 'ml-deploy', '-n', ns])).trim();
  return { env: { KUBECONFIG: c.sb.emulator.kubeconfigFor(token, 'kubeconfig-ml-deploy') }, token };
}

/** No step may have met a refusal, nor warned. */
function clean(run: BundleRun): void {
  expect(run.stdout).not.toMatch(/forbidden|unauthorized|::warning::/i);
}

const rows: Record<string, RowSpec> = {
  'rbac-least': {
    emulator: { rbac: true },
    run: async (c) => {
      const release = 'least';
      const { env } = await asServiceAccount(c, rbacWith());
      const common = { release, namespace: ns, chart, set: base };
      const install = await c.action('deploy-canary', { ...common, image: `${REPO}:v1` }, { env });
      expect(install.exitCode, install.stdout).toBe(0);
      expect(install.outputs.result).toBe('installed');
      clean(install);

      const [canary, ms] = await timed(() =>
        c.action('deploy-canary', { ...common, image: `${REPO}:v2`, weight: '10' }, { env }),
      );
      expect(canary.exitCode, canary.stdout).toBe(0);
      expect(canary.outputs['canary-revision']).toBe('2');
      clean(canary);
      await podsBecome(c, release, ['stable v1', 'canary v2'], ns);

      // A later step of the job fails (verify-slo's verdict): the post step removes the canary.
      const post = await c.post(canary, common, env);
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(/cleanup-on-failure: canary removed, revision 3 restores revision 1/);
      clean(post);
      await podsBecome(c, release, ['stable v1'], ns);

      const again = await c.action(
        'deploy-canary',
        { ...common, image: `${REPO}:v2`, weight: '50' },
        { env },
      );
      expect(again.exitCode, again.stdout).toBe(0);
      clean(again);
      const promote = await c.action(
        'deploy-canary',
        {
          ...common,
          image: `${REPO}:v2`,
          action: 'promote',
          'canary-revision': again.outputs['canary-revision']!,
        },
        { env },
      );
      expect(promote.exitCode, promote.stdout).toBe(0);
      expect(promote.outputs.result).toBe('promoted');
      clean(promote);
      await podsBecome(c, release, ['stable v2'], ns);

      // The promote was bad: back past it to v1.
      const rollback = await c.action(
        'rollback',
        { release, namespace: ns, target: 'previous-stable', reason: 'bad promote' },
        { env },
      );
      expect(rollback.exitCode, rollback.stdout).toBe(0);
      expect(rollback.outputs.result).toBe('rolled-back');
      clean(rollback);
      await podsBecome(c, release, ['stable v1'], ns);
      const history = await c.history(release, ns);
      expect(history.map((r) => r.status)).toEqual([
        'superseded',
        'superseded',
        'superseded',
        'superseded',
        'superseded',
        'deployed',
      ]);
      return {
        outcome: `every step passed with the ServiceAccount's token; rollback: restored revision ${rollback.outputs['restored-revision']} (revision ${rollback.outputs.revision})`,
        detectMs: ms,
      };
    },
  },
  'rbac-no-pods-log': {
    emulator: { rbac: true },
    run: async (c) => {
      const release = 'nolog';
      const { env } = await asServiceAccount(
        c,
        rbacWith((rules) => rules.filter((r) => !r.resources.includes('pods/log'))),
      );
      const common = { release, namespace: ns, chart, set: base };
      expect((await c.action('deploy-canary', { ...common, image: `${REPO}:v1` }, { env })).exitCode).toBe(0);
      const [step, ms] = await timed(() =>
        c.action('deploy-canary', { ...common, image: `${REPO}:v2-crashloop` }, { env }),
      );
      // The step fails for the canary's own reason; the log the Role keeps back is one warning beside it.
      expect(step.exitCode, step.stdout).toBe(1);
      expect(errorLine(step.stdout)).toMatch(
        /^pod nolog-inference-service-canary-\S+ container model-server: CrashLoopBackOff: restarted \d+ times?, last exit code 1 \(Error\)$/,
      );
      const warnings = step.stdout.match(/::warning::.*/g) ?? [];
      expect(warnings).toEqual([
        expect.stringMatching(
          /^::warning::the log of pod nolog-inference-service-canary-\S+ could not be read: forbidden: cannot get pods\/log in namespace ml \(add verbs \[get\] on resource pods\/log to the Role\)$/,
        ),
      ]);
      expect(step.summary).toContain('**Rollout failed: CrashLoopBackOff.**');
      expect(step.summary).toMatch(/Warning BackOff/);
      expect(step.summary).not.toContain('Last log lines');
      expect(step.summary).toContain('⚠️ the log of pod');
      const post = await c.post(step, common, env);
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(/cleanup-on-failure: canary removed, revision 3 restores revision 1/);
      clean(post);
      await podsBecome(c, release, ['stable v1'], ns);
      return { outcome: `${errorLine(step.stdout)}; ${warnings[0]}`, detectMs: ms };
    },
  },
  'rbac-no-watch': {
    emulator: { rbac: true },
    run: async (c) => {
      const release = 'nowatch';
      const { env } = await asServiceAccount(
        c,
        rbacWith((rules) =>
          rules.map((r) =>
            r.resources.includes('pods') ? { ...r, verbs: r.verbs.filter((v) => v !== 'watch') } : r,
          ),
        ),
      );
      const common = { release, namespace: ns, chart, set: base };
      // Installed earlier by an admin; the pipeline's canary step runs with the token.
      expect((await c.action('deploy-canary', { ...common, image: `${REPO}:v1` })).exitCode).toBe(0);
      const [step, ms] = await timed(() =>
        c.action('deploy-canary', { ...common, image: `${REPO}:v2` }, { env }),
      );
      expect(step.exitCode, step.stdout).toBe(1);
      const line =
        'forbidden: cannot watch pods in namespace ml (add verbs [watch] on resource pods to the Role)';
      expect(errorLine(step.stdout)).toBe(line);
      expect(step.stdout.match(/::error::/g)).toHaveLength(1);
      // helm had started the canary: the post step rolls it back, and says it could not watch that rollout.
      const post = await c.post(step, common, env);
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout.match(/::warning::.*/g)).toEqual([
        `::warning::cleanup-on-failure: the rollout of stable could not be confirmed: ${line}`,
      ]);
      expect(post.stdout).toMatch(/cleanup-on-failure: canary removed, revision 3 restores revision 1 /);
      await podsBecome(c, release, ['stable v1'], ns);
      expect((await c.history(release, ns)).map((r) => r.status)).toEqual([
        'superseded',
        'superseded',
        'deployed',
      ]);
      return { outcome: errorLine(step.stdout), detectMs: ms };
    },
  },
  'token-expired': {
    emulator: { rbac: true },
    run: async (c) => {
      const release = 'expired';
      const { env, token } = await asServiceAccount(c, rbacWith());
      const common = { release, namespace: ns, chart, set: base };
      expect((await c.action('deploy-canary', { ...common, image: `${REPO}:v1` }, { env })).exitCode).toBe(0);
      const before = await c.history(release, ns);
      c.sb.emulator.expireToken(token);
      const [step, ms] = await timed(() =>
        c.action('deploy-canary', { ...common, image: `${REPO}:v2` }, { env }),
      );
      const line =
        'helm history: unauthorized: the cluster rejected the credentials when trying to use the release in namespace ml (the token is invalid or expired: give a fresh kubeconfig or token)';
      expect(step.exitCode, step.stdout).toBe(1);
      expect(errorLine(step.stdout)).toBe(line);
      expect(step.stdout.match(/::error::/g)).toHaveLength(1);
      const rollback = await c.action('rollback', { release, namespace: ns }, { env });
      expect(rollback.exitCode).toBe(1);
      expect(errorLine(rollback.stdout)).toBe(line);
      // The canary step stopped before helm upgrade: its post step has nothing to undo.
      const post = await c.post(step, common, env);
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).not.toMatch(/::warning::|cleanup-on-failure/);
      expect(await c.history(release, ns)).toEqual(before);
      await podsBecome(c, release, ['stable v1'], ns);
      return { outcome: errorLine(step.stdout), detectMs: ms };
    },
  },
};

faultMatrix('rbac', rows, ROW_TIMEOUT_MS);
