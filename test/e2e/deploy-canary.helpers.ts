import { dirname, join } from 'node:path';
import { startSandbox, tool, until, type Sandbox, type ToolVersion } from '../integration/kube/helpers';
import { nodeRuntimes, repoRoot, runBundle, type BundleRun } from '../helpers/run-bundle';

/** Each helm major, its kubectl, and a node the bundles run on (helm 4 with node 24, as runs.using says). */
export const clients: Array<[string, ToolVersion, string]> = [
  ['helm 3.17 / node 20', '1.31', nodeRuntimes[Object.keys(nodeRuntimes)[0]!]!],
  ['helm 4.1 / node 24', '1.35', nodeRuntimes.node24!],
];

export const chart = join(repoRoot, 'charts', 'inference-service');
export const REPO = 'registry.local/mnist';

interface K8sObject {
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
}

export interface Cluster {
  sb: Sandbox;
  helm: string;
  /** Runs a bundled action as the runner does, with this cluster's kubeconfig and helm on PATH (`extra.env` adds to them). */
  action(
    name: 'deploy-canary' | 'rollback' | 'verify-slo',
    inputs: Record<string, string>,
    extra?: Partial<Parameters<typeof runBundle>[1]>,
  ): Promise<BundleRun>;
  /** deploy-canary's post step with the state a run saved (`env` adds to the environment as above). */
  post(run: BundleRun, inputs: Record<string, string>, env?: Record<string, string>): Promise<BundleRun>;
  history(
    release: string,
    namespace?: string,
  ): Promise<Array<{ revision: number; status: string; description: string }>>;
  /** Running pods of a release (terminating ones left out), as `track version ready`. */
  pods(
    release: string,
    namespace?: string,
  ): Array<{ name: string; track: string; version: string; image: string; ready: boolean }>;
  deployments(release: string, namespace?: string): Promise<K8sObject[]>;
  get(path: string): Promise<K8sObject | undefined>;
  stop(): Promise<void>;
}

export async function startCluster(
  version: ToolVersion,
  node: string,
  options: Parameters<typeof startSandbox>[0] = {},
): Promise<Cluster> {
  const sb = await startSandbox(options);
  const helm = tool(version, 'helm');
  const env = { ...sb.env, PATH: `${dirname(helm)}:${sb.env.PATH}` };
  return {
    sb,
    helm,
    action: (name, inputs, extra = {}) =>
      runBundle(name, { inputs, node, ...extra, env: { ...env, ...extra.env } }),
    post: (run, inputs, extraEnv = {}) =>
      runBundle('deploy-canary', {
        inputs,
        env: { ...env, ...extraEnv },
        node,
        post: { state: run.state, runnerTemp: run.runnerTemp },
      }),
    history: async (release, namespace = 'default') =>
      sb.json(helm, ['history', release, '-n', namespace, '-o', 'json']),
    pods: (release, namespace = 'default') =>
      sb.emulator
        .pods()
        .filter(
          (p) =>
            p.namespace === namespace &&
            p.labels['app.kubernetes.io/instance'] === release &&
            p.phase !== 'Succeeded',
        )
        .map((p) => ({
          name: p.name,
          track: p.labels.track ?? '',
          version: p.labels.version ?? '',
          image: p.image,
          ready: p.ready,
        })),
    deployments: async (release, namespace = 'default') => {
      const list = await sb.api<{ items: K8sObject[] }>(
        'GET',
        `/apis/apps/v1/namespaces/${namespace}/deployments?labelSelector=app.kubernetes.io/instance%3D${release}`,
      );
      return list.body.items;
    },
    get: async (path) => {
      const res = await sb.api<K8sObject>('GET', path);
      return res.status === 200 ? res.body : undefined;
    },
    stop: () => sb.stop(),
  };
}

/** Waits until the release's pods are exactly `expected` (sorted `track version` lines, all ready). */
export async function podsBecome(
  cluster: Cluster,
  release: string,
  expected: string[],
  namespace = 'default',
): Promise<void> {
  await until(`pods of ${release}: ${expected.join(', ')}`, () => {
    const pods = cluster.pods(release, namespace);
    const now = pods.map((p) => `${p.track} ${p.version}`).sort();
    return pods.every((p) => p.ready) && JSON.stringify(now) === JSON.stringify([...expected].sort());
  });
}

export { until };

/**
 * Starts a helm run in the background (another job's, or one about to be killed) and waits until the
 * release's newest revision is `status` (pending-upgrade, pending-install); `stop()` kills it and waits.
 */
export async function helmUntilPending(
  cluster: Cluster,
  release: string,
  args: string[],
  status: string,
): Promise<{ stop(): Promise<void> }> {
  const child = cluster.sb.spawn(cluster.helm, args);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  try {
    await until(status, async () => {
      const r = await cluster.sb.run(cluster.helm, ['history', release, '-o', 'json']);
      return r.code === 0 && JSON.parse(r.stdout).at(-1)?.status === status;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

/** `helm upgrade` adding a one-pod canary of `tag` to the reference chart's release, waiting up to 5 minutes. */
export function canaryUpgradeArgs(
  release: string,
  chartDir: string,
  tag: string,
  extra: string[] = [],
): string[] {
  return [
    'upgrade',
    release,
    chartDir,
    '--reuse-values',
    '--set',
    'canary.enabled=true',
    '--set',
    `canary.image.tag=${tag}`,
    '--set',
    'canary.replicas=1',
    ...extra,
    '--wait',
    '--timeout',
    '5m',
  ];
}
