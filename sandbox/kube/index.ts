import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import type { RunningPart } from '../part';
import { Authorizer } from './authorizer';
import { Autoscaler } from './autoscaler';
import type { Faults } from './faults';
import { Controllers } from './controllers';
import { Recorder } from './events';
import { JobController } from './jobs';
import { Kubelet, type Behaviour } from './kubelet';
import { defaultNode, gpuNode } from './nodes';
import { byKind } from './resources';
import { Scheduler } from './scheduler';
import { KubeServer } from './server';
import { Store } from './store';
import { selfSignedCertificate } from './tls';
import { adminToken } from './tokens';
import type { KObject } from './types';

export interface EmulatedPod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  image: string;
  phase: string;
  ready: boolean;
  restartCount: number;
}

export interface KubeEmulator extends RunningPart {
  /** Plain HTTP: a request without a token is the admin's. */
  url: string;
  /** The URL the kubeconfig names: with `rbac`, an HTTPS one (kubectl and helm send tokens only over TLS). */
  serverUrl: string;
  kubeconfigPath: string;
  /** Writes a kubeconfig like the admin's but with `token` as its user (mode 0600); returns its path. */
  kubeconfigFor(token: string, name: string): string;
  /**
   * Ends the lifetime of a token `kubectl create token` issued, as if its expirationTimestamp had passed
   * (a TokenRequest lasts at least 10 minutes); from then on it is refused with 401. Throws for a token the
   * emulator did not issue.
   */
  expireToken(token: string): void;
  /** Replaces the injected faults (undefined: none), e.g. to fault one phase of a test only. */
  setFaults(faults: Faults | undefined): void;
  pods(): EmulatedPod[];
  /** Copies of the stored objects of a kind (e.g. the HTTPRoutes the sandbox's traffic follows). */
  objects(kind: string): KObject[];
  onChange(listener: () => void): () => void;
}

export interface KubeEmulatorOptions {
  stateDir: string;
  port?: number;
  readyDelayMs?: number;
  imageBehaviours?: Record<string, Behaviour>;
  /** Injected faults (see faults.ts); `setFaults` changes them while running. */
  faults?: Faults;
  /** GPU nodes at start (one `nvidia.com/gpu` each). Absent: GPU requests are not limited. */
  gpuNodes?: number;
  /** The GPU node group's maximum size, up to which the autoscaler adds nodes (default: gpuNodes). */
  gpuMaxNodes?: number;
  /** How long a scale-up takes until the new node is Ready (default 90 s). */
  scaleUpDelayMs?: number;
  /** Authenticate bearer tokens and authorise every request by RBAC (the kubeconfig stays the admin's). */
  rbac?: boolean;
}

export type { Behaviour, Faults };

const systemNamespaces = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/**
 * Starts the Kubernetes API emulator on a loopback port and writes a kubeconfig for it (context
 * `sandbox`). Set KUBE_EMULATOR_LOG to a file path to log every request (method, path, Accept,
 * Content-Type, User-Agent), which is how what the clients send was found out.
 */
export async function startKubeEmulator(options: KubeEmulatorOptions): Promise<KubeEmulator> {
  const store = new Store();
  const stateDir = resolve(options.stateDir);
  mkdirSync(stateDir, { recursive: true });
  const parts: { kubelet?: Kubelet } = {};
  const server = new KubeServer(
    store,
    { podLog: (pod, container, previous) => parts.kubelet?.log(pod, container, previous) ?? '' },
    options.faults,
  );
  const logFile = process.env.KUBE_EMULATOR_LOG;
  if (logFile) server.requestLog = (line) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
  const api = server.api;
  if (options.rbac) server.authorizer = new Authorizer(store);
  for (const ns of systemNamespaces)
    api.create(
      byKind('Namespace'),
      undefined,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
      { internal: true },
    );
  api.create(byKind('Node'), undefined, defaultNode(), { internal: true });
  for (let i = 1; i <= (options.gpuNodes ?? 0); i++)
    api.create(byKind('Node'), undefined, gpuNode(i), { internal: true });
  api.create(
    byKind('ServiceAccount'),
    'default',
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default' } },
    { internal: true },
  );
  api.create(
    byKind('Service'),
    'default',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { ports: [{ name: 'https', port: 443, targetPort: 6443 }] },
    },
    { internal: true },
  );

  const recorder = new Recorder(api);
  const controllers = new Controllers(api, store, recorder);
  const jobs = new JobController(api, store, recorder);
  const gpusLimited = options.gpuNodes !== undefined;
  const scheduler = new Scheduler(api, store, recorder, gpusLimited);
  const autoscaler = gpusLimited
    ? new Autoscaler(api, store, recorder, {
        maxNodes: Math.max(options.gpuMaxNodes ?? 0, options.gpuNodes ?? 0),
        scaleUpDelayMs: options.scaleUpDelayMs ?? 90_000,
      })
    : undefined;
  const kubelet = new Kubelet(
    api,
    store,
    recorder,
    options.readyDelayMs ?? 300,
    options.imageBehaviours ?? {},
  );
  parts.kubelet = kubelet;

  // Reconcile after changes (coalesced), when a pod transition is due, and once a second for deadlines.
  let scheduled = false;
  let running = false;
  let stopped = false;
  let wake: NodeJS.Timeout | undefined;
  const reconcile = (): void => {
    scheduled = false;
    if (stopped || running) return;
    running = true;
    try {
      for (let i = 0; i < 10; i++) {
        const before = store.resourceVersion;
        controllers.sync();
        jobs.sync();
        const unschedulable = scheduler.sync();
        const scaleUp = autoscaler?.sync(unschedulable) ?? Infinity;
        const next = Math.min(kubelet.sync(), scaleUp);
        if (wake) clearTimeout(wake);
        wake = next === Infinity ? undefined : setTimeout(schedule, Math.max(0, next - Date.now()) + 1);
        if (store.resourceVersion === before) break;
      }
    } catch (e) {
      // A bug in a controller must not take the API server down with it; the next tick retries.
      console.error(`kube emulator: reconcile failed: ${(e as Error)?.stack ?? String(e)}`);
    } finally {
      running = false;
    }
  };
  const schedule = (): void => {
    if (scheduled || stopped) return;
    scheduled = true;
    setImmediate(reconcile);
  };
  const watched = new Set(['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Node', 'Job']);
  const listeners = new Set<() => void>();
  let notify = false;
  const unsubscribe = store.subscribe((e) => {
    if (watched.has(e.rt.kind)) schedule();
    if (e.rt.kind === 'Pod' && !notify) {
      notify = true;
      queueMicrotask(() => {
        notify = false;
        for (const l of [...listeners]) l();
      });
    }
  });
  const ticker = setInterval(schedule, 1000);

  const port = await server.listen(options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  const tls = options.rbac ? await selfSignedCertificate(stateDir) : undefined;
  const serverUrl = tls ? `https://127.0.0.1:${await server.listenTls(0, tls)}` : url;
  // @kubernetes/client-node 1.x refuses plain http unless the cluster says insecure-skip-tls-verify.
  const cluster = tls
    ? { server: serverUrl, 'certificate-authority-data': tls.cert.toString('base64') }
    : { server: url, 'insecure-skip-tls-verify': true };
  const kubeconfigFor = (token: string, name: string): string => {
    const path = join(stateDir, name);
    const kubeconfig = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'sandbox', cluster }],
      users: [{ name: 'sandbox', user: { token } }],
      contexts: [{ name: 'sandbox', context: { cluster: 'sandbox', user: 'sandbox', namespace: 'default' } }],
      'current-context': 'sandbox',
      preferences: {},
    };
    writeFileSync(path, YAML.stringify(kubeconfig), { mode: 0o600 });
    return path;
  };
  const kubeconfigPath = kubeconfigFor(adminToken, 'kubeconfig');
  schedule();

  return {
    name: 'kube',
    url,
    serverUrl,
    kubeconfigPath,
    kubeconfigFor,
    expireToken(token) {
      if (!server.tokens.expire(token)) throw new Error('expireToken: the emulator did not issue this token');
    },
    setFaults: (faults) => server.faults.set(faults),
    env: { KUBECONFIG: kubeconfigPath },
    pods: () =>
      store.peek(byKind('Pod')).map((p) => ({
        namespace: p.metadata.namespace!,
        name: p.metadata.name!,
        labels: { ...(p.metadata.labels ?? {}) },
        image: p.spec?.containers?.[0]?.image ?? '',
        phase: p.status?.phase ?? 'Pending',
        ready: (p.status?.conditions ?? []).some(
          (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
        ),
        restartCount: (p.status?.containerStatuses ?? []).reduce(
          (n: number, c: { restartCount?: number }) => n + (c.restartCount ?? 0),
          0,
        ),
      })),
    objects: (kind) => store.list(byKind(kind)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      stopped = true;
      clearInterval(ticker);
      if (wake) clearTimeout(wake);
      unsubscribe();
      listeners.clear();
      await server.close();
    },
  };
}
