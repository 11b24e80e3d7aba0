import type { KubeConfig } from '@kubernetes/client-node';
import { apiDeadline } from './deadline';
import { loadKubeClient } from './kube-client';
import { kubeAccessError, statusOf } from './kube-errors';
import { belongsToRelease, matchesSelector, type DeploymentLike, type PodLike } from './rollout-watch';

/* The parts of Services, Ingresses and HTTPRoutes the check reads. */
interface Meta {
  name?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  deletionTimestamp?: unknown;
}
export interface ServiceLike {
  metadata?: Meta;
  spec?: { selector?: Record<string, string> };
}
interface IngressBackend {
  service?: { name?: string };
}
export interface IngressLike {
  metadata?: Meta;
  spec?: {
    defaultBackend?: IngressBackend;
    rules?: Array<{ http?: { paths?: Array<{ backend?: IngressBackend }> } }>;
  };
}
export interface HttpRouteLike {
  metadata?: Meta;
  spec?: { rules?: Array<{ backendRefs?: Array<{ name?: string; kind?: string; weight?: number }> }> };
}

/** What the cluster holds in the release's namespace. */
export interface ClusterState {
  deployments: DeploymentLike[];
  pods: PodLike[];
  services: ServiceLike[];
  ingresses: IngressLike[];
  httpRoutes: HttpRouteLike[];
}

export type TrafficMethod = 'replicas' | 'nginx' | 'gateway-api';

export interface CanaryExpectation {
  release: string;
  namespace: string;
  /** The canary image as the step set it. */
  image: string;
  weight: number;
  /** Canary pods the user asked for; without it, what the canary Deployments declare. */
  replicas?: number;
  baseline: boolean;
  /** The method the canary must be reachable by; any of them without it. */
  traffic?: TrafficMethod;
  /** Compares two image references (same repository and tag or digest). */
  sameImage: (a: string, b: string) => boolean;
}

export type CanaryVerification = { verified: true; summary: string } | { verified: false; missing: string[] };

const NGINX_CANARY = 'nginx.ingress.kubernetes.io/canary';
const NGINX_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';

function images(d: DeploymentLike): string[] {
  return (d.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? '');
}

function podImages(p: PodLike & { spec?: { containers?: Array<{ image?: string }> } }): string[] {
  return (p.spec?.containers ?? []).map((c) => c.image ?? '');
}

function ready(p: PodLike): boolean {
  return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) {
  return (
    !!selector &&
    Object.keys(selector).length > 0 &&
    Object.entries(selector).every(([k, v]) => labels?.[k] === v)
  );
}

function trackOf(d: DeploymentLike): string | undefined {
  return (d.spec as { template?: { metadata?: Meta } } | undefined)?.template?.metadata?.labels?.track;
}

/** The objects helm annotated as the release's. */
function ofRelease<T extends { metadata?: Meta }>(items: T[], expect: CanaryExpectation): T[] {
  return items.filter((o) => belongsToRelease(o as DeploymentLike, expect.release, expect.namespace));
}

function describeSelector(selector: Record<string, string> | undefined): string {
  return Object.entries(selector ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/**
 * Whether the canary a step reports really runs: Deployments of the release running the canary image
 * with the canary's pod count, Ready, and reachable the way traffic reaches it (the Service that selects
 * the stable pods selects them too, or a canary Ingress, or a weighted HTTPRoute backend). Pure: the
 * cluster's objects come in.
 */
export function verifyCanary(state: ClusterState, expect: CanaryExpectation): CanaryVerification {
  const { release, image } = expect;
  const mine = <T extends { metadata?: Meta }>(items: T[]) => ofRelease(items, expect);
  const deployments = mine(state.deployments);
  const runsCanary = (d: DeploymentLike) => images(d).some((i) => expect.sameImage(i, image));
  const canary = deployments.filter((d) => runsCanary(d) && trackOf(d) !== 'baseline');
  const missing: string[] = [];

  if (canary.length === 0) {
    const running = deployments.map((d) => `${d.metadata?.name} runs ${images(d).join(', ')}`).join('; ');
    return {
      verified: false,
      missing: [
        `no Deployment of release ${release} runs the canary image ${image} (${running || 'the release has no Deployment'})`,
      ],
    };
  }
  const names = canary.map((d) => d.metadata?.name).join(', ');
  const declared = canary.reduce((n, d) => n + (d.spec?.replicas ?? 1), 0);
  if (expect.replicas !== undefined && declared !== expect.replicas) {
    missing.push(`the canary (${names}) declares ${declared} pods, not the ${expect.replicas} asked for`);
  }
  if (expect.weight > 0 && declared === 0)
    missing.push(`the canary (${names}) has 0 pods at weight ${expect.weight}%`);

  const live = state.pods.filter((p) => !p.metadata?.deletionTimestamp);
  const canaryPods = live.filter(
    (p) =>
      canary.some((d) => matchesSelector(p.metadata?.labels, d.spec?.selector)) &&
      podImages(p).some((i) => expect.sameImage(i, image)),
  );
  const readyPods = canaryPods.filter(ready);
  if (readyPods.length < declared) {
    missing.push(`${readyPods.length} of ${declared} canary pods are Ready`);
  }

  if (expect.baseline && !deployments.some((d) => trackOf(d) === 'baseline')) {
    missing.push(`no baseline Deployment (pods labelled track=baseline) although the step asked for one`);
  }

  let route: string | undefined;
  if (expect.weight > 0 && readyPods.length > 0) {
    route = reachable(state, expect, deployments, canary, readyPods);
    if (!route) {
      const services = mine(state.services)
        .map((s) => `${s.metadata?.name} selects ${describeSelector(s.spec?.selector) || 'nothing'}`)
        .join('; ');
      missing.push(
        `no ${expect.traffic === 'nginx' ? 'canary Ingress' : expect.traffic === 'gateway-api' ? 'HTTPRoute backend' : 'Service that selects the stable pods, canary Ingress or HTTPRoute backend'} of the release sends traffic to the canary pods (${services || 'the release has no Service'})`,
      );
    }
  }
  if (missing.length > 0) return { verified: false, missing };
  return {
    verified: true,
    summary: `canary ${names}: ${readyPods.length} Ready pod${readyPods.length === 1 ? '' : 's'} of ${image}${route ? `, ${route}` : ''}`,
  };
}

function reachable(
  state: ClusterState,
  expect: CanaryExpectation,
  deployments: DeploymentLike[],
  canary: DeploymentLike[],
  canaryPods: PodLike[],
): string | undefined {
  const mine = <T extends { metadata?: Meta }>(items: T[]) => ofRelease(items, expect);
  const services = mine(state.services);
  const selectsCanary = (s: ServiceLike) =>
    canaryPods.every((p) => selects(s.spec?.selector, p.metadata?.labels));
  const byName = (name: string | undefined) => services.find((s) => s.metadata?.name === name);

  if (!expect.traffic || expect.traffic === 'replicas') {
    const stableDeployments = deployments.filter((d) => !canary.includes(d) && trackOf(d) !== 'baseline');
    const stablePods = state.pods.filter(
      (p) =>
        !p.metadata?.deletionTimestamp &&
        !canaryPods.includes(p) &&
        stableDeployments.some((d) => matchesSelector(p.metadata?.labels, d.spec?.selector)) &&
        !podImages(p).some((i) => expect.sameImage(i, expect.image)),
    );
    const shared = services.find(
      (s) => selectsCanary(s) && stablePods.some((p) => selects(s.spec?.selector, p.metadata?.labels)),
    );
    if (shared)
      return `selected with the stable pods by Service ${shared.metadata?.name} (traffic by replica ratio)`;
  }
  if (!expect.traffic || expect.traffic === 'nginx') {
    for (const ingress of mine(state.ingresses)) {
      if (ingress.metadata?.annotations?.[NGINX_CANARY] !== 'true') continue;
      const backends = [
        ingress.spec?.defaultBackend,
        ...(ingress.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend)),
      ];
      const service = backends.map((b) => byName(b?.service?.name)).find((s) => s && selectsCanary(s));
      if (service) {
        const weight = ingress.metadata?.annotations?.[NGINX_WEIGHT] ?? '0';
        return `canary Ingress ${ingress.metadata?.name} sends ${weight}% to Service ${service.metadata?.name}`;
      }
    }
  }
  if (!expect.traffic || expect.traffic === 'gateway-api') {
    for (const route of mine(state.httpRoutes)) {
      for (const rule of route.spec?.rules ?? []) {
        const refs = rule.backendRefs ?? [];
        const total = refs.reduce((n, r) => n + (r.weight ?? 1), 0);
        const ref = refs.find(
          (r) =>
            (r.kind ?? 'Service') === 'Service' &&
            (r.weight ?? 1) > 0 &&
            byName(r.name) &&
            selectsCanary(byName(r.name)!),
        );
        if (ref && total > 0) {
          return `HTTPRoute ${route.metadata?.name} sends ${Math.round(((ref.weight ?? 1) * 100) / total)}% to Service ${ref.name}`;
        }
      }
    }
  }
  return undefined;
}

/** Deadline of each list the check makes. */
const LIST_TIMEOUT_MS = 30_000;

/**
 * Reads what verifyCanary needs from the release's namespace through the Kubernetes API. Each list has a
 * deadline; a refusal ends in one line naming the rule, and only a 404 (a cluster without that API) counts
 * as no routes: a Role that may not list them must not read as an unreachable canary.
 */
export async function readClusterState(kubeConfig: KubeConfig, namespace: string): Promise<ClusterState> {
  const client = await loadKubeClient();
  const apps = kubeConfig.makeApiClient(client.AppsV1Api);
  const core = kubeConfig.makeApiClient(client.CoreV1Api);
  const networking = kubeConfig.makeApiClient(client.NetworkingV1Api);
  const custom = kubeConfig.makeApiClient(client.CustomObjectsApi);
  const deadline = apiDeadline(LIST_TIMEOUT_MS);
  const list = <T>(resource: string, call: Promise<{ items?: T[] }>, optional = false) =>
    call.catch((error: unknown) => {
      if (optional && statusOf(error) === 404) return { items: [] as T[] };
      throw kubeAccessError(error, { verb: 'list', resource, namespace }) ?? error;
    });
  const [deployments, pods, services, ingresses, httpRoutes] = await Promise.all([
    list('deployments', apps.listNamespacedDeployment({ namespace }, deadline)),
    list('pods', core.listNamespacedPod({ namespace }, deadline)),
    list('services', core.listNamespacedService({ namespace }, deadline)),
    list('ingresses', networking.listNamespacedIngress({ namespace }, deadline), true),
    list(
      'httproutes',
      custom.listNamespacedCustomObject(
        { group: 'gateway.networking.k8s.io', version: 'v1', namespace, plural: 'httproutes' },
        deadline,
      ) as Promise<{ items?: HttpRouteLike[] }>,
      true,
    ),
  ]);
  return {
    deployments: (deployments.items ?? []) as DeploymentLike[],
    pods: (pods.items ?? []) as PodLike[],
    services: (services.items ?? []) as ServiceLike[],
    ingresses: (ingresses.items ?? []) as IngressLike[],
    httpRoutes: httpRoutes.items ?? [],
  };
}
