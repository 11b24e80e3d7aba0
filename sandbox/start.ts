import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mirroredPods } from './inference/mirror';
import { startInferenceService } from './inference/server';
import { scenarioPods, type PodSource, type SimulatedPod } from './inference/simulator';
import { startKubeEmulator, type EmulatedPod, type KubeEmulator } from './kube';
import type { ClusterOptions } from './kube/flags';
import type { RunningPart } from './part';
import { startPrometheus } from './prometheus/launch';
import { startRegistry } from './registry';
import type { Scenario } from './scenario';

export type SandboxPartName = 'kube' | 'prometheus' | 'registry';
export const SANDBOX_PARTS: readonly SandboxPartName[] = ['kube', 'prometheus', 'registry'];

export interface SandboxOptions {
  scenarios: Scenario[];
  parts: readonly SandboxPartName[];
  stateDir: string;
  /** How the emulated cluster behaves (GPU pool, autoscaler, RBAC, faults). */
  cluster?: ClusterOptions;
  /** Prometheus' scrape interval in milliseconds (1 s by default). */
  scrapeIntervalMs?: number;
}

export interface Sandbox {
  env: Record<string, string>;
  envFile: string;
  /** The Kubernetes API emulator, when the kube part runs. */
  kube?: KubeEmulator;
  stop(): Promise<void>;
}

/**
 * Starts the parts asked for, on free loopback ports, and writes `<stateDir>/env`. With the kube part,
 * every scenario's namespace is created and the simulated inference service serves the metrics of the emulator's ready pods (so one scenario
 * drives both the cluster and the traffic); without it, the pods the scenarios list. On any failure the
 * parts already started are stopped again.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const stateDir = resolve(options.stateDir);
  mkdirSync(stateDir, { recursive: true });
  const running: RunningPart[] = [];
  const stop = async () => {
    for (const part of running.reverse()) await part.stop().catch(() => undefined);
  };
  let kube: KubeEmulator | undefined;
  try {
    if (options.parts.includes('kube')) {
      kube = await startKubeEmulator({
        ...options.cluster,
        stateDir,
        imageBehaviours: Object.assign({}, ...options.scenarios.map((s) => s.images)),
      });
      running.push(kube);
      await createNamespaces(kube, options.scenarios);
    }
    if (options.parts.includes('prometheus')) {
      running.push(...(await startMetrics(options.scenarios, kube, stateDir, options.scrapeIntervalMs)));
    }
    if (options.parts.includes('registry')) running.push(await startRegistry({ stateDir }));
  } catch (error) {
    await stop();
    throw error;
  }
  const env = Object.assign({}, ...running.map((p) => p.env)) as Record<string, string>;
  const envFile = join(stateDir, 'env');
  writeFileSync(
    envFile,
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return { env, envFile, kube, stop };
}

/**
 * The simulated inference service and the Prometheus that scrapes it: with an emulator, metrics for its
 * ready pods by their labels (so one scenario drives both the cluster and the traffic); without, the pods
 * the scenarios list. On a failure what was started is stopped.
 */
export async function startMetrics(
  scenarios: Scenario[],
  kube: KubeEmulator | undefined,
  stateDir: string,
  scrapeIntervalMs?: number,
): Promise<RunningPart[]> {
  const pods: PodSource = kube
    ? () => withMirrors(kube, kube.pods().flatMap(servingPod))
    : () => scenarios.flatMap(scenarioPods);
  const inference = await startInferenceService(scenarios, pods);
  try {
    return [inference, await startPrometheus({ targets: [inference.target], stateDir, scrapeIntervalMs })];
  } catch (error) {
    await inference.stop();
    throw error;
  }
}

/** Each scenario's namespace exists in the emulator, as a platform team would have made it. */
export async function createNamespaces(kube: KubeEmulator, scenarios: Scenario[]): Promise<void> {
  for (const name of new Set(scenarios.map((s) => s.namespace))) {
    const res = await fetch(`${kube.url}/api/v1/namespaces`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }),
    });
    if (res.status !== 201 && res.status !== 409) {
      throw new Error(`could not create namespace ${name} in the emulator: HTTP ${res.status}`);
    }
  }
}

/** A pod of the emulator that receives traffic (running and ready), labelled like the chart's pods. */
function servingPod(pod: EmulatedPod): SimulatedPod[] {
  const release = pod.labels.release ?? pod.labels['app.kubernetes.io/instance'];
  const { track, version } = pod.labels;
  if (!pod.ready || pod.phase !== 'Running' || !release || !track) return [];
  return [{ namespace: pod.namespace, name: pod.name, release, track, version: version ?? '' }];
}

/** Shadow pods receive their share of the traffic the release's HTTPRoutes mirror to them. */
function withMirrors(kube: KubeEmulator, pods: SimulatedPod[]): SimulatedPod[] {
  const routes = kube.objects('HTTPRoute');
  if (routes.length === 0) return pods;
  const labelled = kube.pods().filter((p) => p.ready && p.phase === 'Running');
  const mirrors = mirroredPods(routes, kube.objects('Service'), labelled);
  return pods.map((p) => {
    const mirror = mirrors.get(`${p.namespace}/${p.name}`);
    return mirror ? { ...p, mirror } : p;
  });
}

/** Stops the sandbox and exits on SIGINT or SIGTERM (and on `also`, e.g. a parent closing stdin). */
export function stopOnSignal(sandbox: Sandbox, also?: (stop: () => void) => void): void {
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await sandbox.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  also?.(() => void shutdown());
}
