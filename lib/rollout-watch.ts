import type { CoreV1Api, KubeConfig, Watch } from '@kubernetes/client-node';
import { cancellation, CancelledError } from './cancellation';
import { apiDeadline } from './deadline';
import { formatDuration } from './durations';
import { loadKubeClient } from './kube-client';
import { apiErrorLine, kubeAccessError, type KubeRequest } from './kube-errors';
import { retryLine, retryPauseMs } from './kube-retry';
import { readAutoscalerWord, ScaleUpWait } from './scale-up-wait';

/* Minimal shapes of what we read; list answers (typed, with Dates) and watch events (raw JSON) both fit. */
type Timestamp = Date | string | undefined;
interface Meta {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  generation?: number;
  resourceVersion?: string;
  creationTimestamp?: Timestamp;
  deletionTimestamp?: Timestamp;
}
interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}
interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key?: string; operator?: string; values?: string[] }>;
}
export interface DeploymentLike {
  metadata?: Meta;
  spec?: {
    replicas?: number;
    selector?: LabelSelector;
    template?: { spec?: { containers?: Array<{ image?: string }> } };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    conditions?: Condition[];
  };
}
interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: Timestamp };
  terminated?: { reason?: string; exitCode?: number; message?: string };
}
interface ContainerStatus {
  name?: string;
  ready?: boolean;
  restartCount?: number;
  image?: string;
  state?: ContainerState;
  lastState?: ContainerState;
}
export interface PodLike {
  metadata?: Meta;
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}

export interface DeploymentProgress {
  done: boolean;
  /** Set when the rollout cannot complete (progress deadline exceeded). */
  failed?: string;
  message: string;
}

/** The same reading of a Deployment's status as `kubectl rollout status`. */
export function deploymentProgress(d: DeploymentLike): DeploymentProgress {
  const name = `deployment/${d.metadata?.name ?? '?'}`;
  const generation = d.metadata?.generation ?? 0;
  const status = d.status ?? {};
  if ((status.observedGeneration ?? 0) < generation) {
    return {
      done: false,
      message: `${name}: waiting for the controller to observe generation ${generation}`,
    };
  }
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return {
      done: false,
      failed: `${name} exceeded its progress deadline`,
      message: `${name}: progress deadline exceeded`,
    };
  }
  const desired = d.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const total = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < desired)
    return { done: false, message: `${name}: ${updated} of ${desired} pods updated, ${available} available` };
  if (total > updated)
    return { done: false, message: `${name}: ${total - updated} old pods pending termination` };
  if (available < updated)
    return { done: false, message: `${name}: ${available} of ${updated} updated pods available` };
  return { done: true, message: `${name}: ${available} of ${desired} pods available` };
}

export type FailureReason =
  | 'CrashLoopBackOff'
  | 'ErrImagePull'
  | 'ImagePullBackOff'
  | 'InvalidImageName'
  | 'CreateContainerConfigError'
  | 'CreateContainerError'
  | 'RunContainerError'
  | 'ErrImageNeverPull'
  | 'Unschedulable'
  | 'PodFailed'
  | 'ReadinessNeverPassed'
  | 'ProgressDeadlineExceeded'
  | 'Timeout';

const FATAL_WAITING = new Set<string>([
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
  'ErrImageNeverPull',
]);

export interface PodFailure {
  reason: FailureReason;
  pod: string;
  container?: string;
  message: string;
  /** Read the previous container's log (it crashed). */
  previousLog?: boolean;
}

export function toMs(t: Timestamp): number | undefined {
  if (t === undefined) return undefined;
  const ms = t instanceof Date ? t.getTime() : Date.parse(t);
  return Number.isFinite(ms) ? ms : undefined;
}

function isReady(pod: PodLike): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Every container runs: from here on only the readiness probe keeps the pod from being ready. */
export function allRunning(pod: PodLike): boolean {
  const statuses = pod.status?.containerStatuses ?? [];
  return pod.status?.phase === 'Running' && statuses.length > 0 && statuses.every((s) => s.state?.running);
}

/**
 * Why a pod will not become ready by itself, if it will not. `notReadySinceMs` is when we first saw it
 * running but unready: our own clock, so that a skewed cluster clock cannot fail a pod early.
 */
export function podFailure(
  pod: PodLike,
  options: { nowMs: number; readinessTimeoutMs: number; notReadySinceMs?: number },
): PodFailure | undefined {
  const name = pod.metadata?.name ?? '?';
  if (pod.metadata?.deletionTimestamp) return undefined;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  for (const s of statuses) {
    const reason = s.state?.waiting?.reason;
    if (reason && FATAL_WAITING.has(reason)) {
      const crash = reason === 'CrashLoopBackOff';
      const last = s.lastState?.terminated;
      const detail = crash
        ? `restarted ${s.restartCount ?? 0} times${last ? `, last exit code ${last.exitCode ?? '?'}${last.reason ? ` (${last.reason})` : ''}` : ''}`
        : (s.state?.waiting?.message ?? '');
      return {
        reason: reason as FailureReason,
        pod: name,
        container: s.name,
        message: `pod ${name} container ${s.name ?? '?'}: ${reason}${detail ? `: ${detail}` : ''}`,
        previousLog: crash,
      };
    }
  }
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    return {
      reason: 'Unschedulable',
      pod: name,
      message: `pod ${name} is unschedulable${scheduled.message ? `: ${scheduled.message}` : ''}`,
    };
  }
  if (pod.status?.phase === 'Failed') {
    return {
      reason: 'PodFailed',
      pod: name,
      message: `pod ${name} failed${pod.status.reason ? `: ${pod.status.reason}` : ''}${pod.status.message ? ` ${pod.status.message}` : ''}`,
    };
  }
  if (!isReady(pod) && allRunning(pod) && options.notReadySinceMs !== undefined) {
    const waited = options.nowMs - options.notReadySinceMs;
    if (waited >= options.readinessTimeoutMs) {
      const unready = (pod.status?.containerStatuses ?? []).filter((s) => !s.ready).map((s) => s.name);
      return {
        reason: 'ReadinessNeverPassed',
        pod: name,
        container: unready[0],
        message: `pod ${name} has run for ${Math.round(waited / 1000)}s without passing its readiness probe (container ${unready.join(', ') || '?'})`,
      };
    }
  }
  return undefined;
}

export function matchesSelector(
  labels: Record<string, string> | undefined,
  selector: LabelSelector | undefined,
): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key !== undefined && e.key in l;
    const value = e.key !== undefined ? l[e.key] : undefined;
    switch (e.operator) {
      case 'In':
        if (!has || !e.values?.includes(value!)) return false;
        break;
      case 'NotIn':
        if (has && e.values?.includes(value!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return Object.keys(selector.matchLabels ?? {}).length + (selector.matchExpressions?.length ?? 0) > 0;
}

export function belongsToRelease(d: DeploymentLike, release: string, namespace: string): boolean {
  const a = d.metadata?.annotations ?? {};
  return (
    a['meta.helm.sh/release-name'] === release &&
    (a['meta.helm.sh/release-namespace'] ?? namespace) === namespace
  );
}

export interface DeploymentSummary {
  name: string;
  track?: string;
  version?: string;
  image?: string;
  desired: number;
  available: number;
}

export class RolloutFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly pod?: string,
    readonly events: string[] = [],
    readonly logTail = '',
    /** What RBAC kept from the diagnosis (the log, the Events), one line each naming the missing rule. */
    readonly refused: string[] = [],
  ) {
    super(message);
    this.name = 'RolloutFailure';
  }
}

/** How often a wait without changes says it is still waiting. */
const HEARTBEAT_MS = 30_000;

export interface RolloutWatchOptions {
  kubeConfig: KubeConfig;
  namespace: string;
  /** Deployments annotated by helm as this release's are watched (any chart). */
  release: string;
  timeoutMs: number;
  /** How long a running pod may stay unready before it counts as never becoming ready. */
  readinessTimeoutMs: number;
  onProgress?: (line: string) => void;
  /**
   * With it, an unschedulable pod waits while the cluster autoscaler adds a node, up to this long
   * (lib/scale-up-wait); without it, an unschedulable pod fails the rollout at once.
   */
  unschedulableTimeoutMs?: number;
  /** Deadline of each list and read (default 30 s): a list that never answers is retried, not awaited. */
  apiTimeoutMs?: number;
}

/** Deadline of one list or read of the API. */
const API_TIMEOUT_MS = 30_000;

/**
 * Keeps a namespace's objects of one kind current: a list, then a watch from its resourceVersion. When the
 * watch ends (server timeout, 410 Gone, a 5xx) or the list fails, it starts over after a short pause.
 */
class Mirror<T extends { metadata?: Meta }> {
  readonly items = new Map<string, T>();
  private controller?: AbortController;
  private stopped = false;
  private restarts = 0;
  /** When the list in flight started. */
  private listingSince?: number;
  /** Why the last list or watch failed, for the timeout message. */
  private lastError?: string;

  constructor(
    private readonly watch: Watch,
    private readonly resource: string,
    private readonly namespace: string,
    private readonly list: () => Promise<{ items: T[]; metadata?: { resourceVersion?: string } }>,
    private readonly changed: () => void,
    private readonly failed: (error: unknown) => void,
    /** The API accepted a watch: what the rollout needs while it waits is allowed. */
    private readonly watching: () => void,
    private readonly log: (line: string) => void,
  ) {}

  /** Why nothing has been listed yet: the last failure, else the call that has not answered so far. */
  unanswered(now: number): string {
    if (this.lastError) return this.lastError;
    if (this.listingSince !== undefined)
      return `list ${this.resource}: no answer for ${formatDuration(now - this.listingSince)}`;
    return `list ${this.resource}: not started`;
  }

  private get path(): string {
    const prefix = this.resource === 'deployments' ? '/apis/apps/v1' : '/api/v1';
    return `${prefix}/namespaces/${this.namespace}/${this.resource}`;
  }

  start(): void {
    this.connect().catch((error) => this.retry(error, 'list'));
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  private async connect(): Promise<void> {
    this.listingSince = Date.now();
    let list;
    try {
      list = await this.list();
    } finally {
      this.listingSince = undefined;
    }
    if (this.stopped) return;
    this.restarts = 0;
    this.items.clear();
    for (const item of list.items) this.items.set(item.metadata?.name ?? '', item);
    this.changed();
    let ended = false;
    const controller = await this.watch.watch(
      this.path,
      { resourceVersion: list.metadata?.resourceVersion, allowWatchBookmarks: true },
      (type: string, obj: T) => {
        if (type === 'ERROR') {
          this.controller?.abort();
          return;
        }
        if (type === 'BOOKMARK') return;
        const name = obj?.metadata?.name ?? '';
        if (type === 'DELETED') this.items.delete(name);
        else this.items.set(name, obj);
        this.changed();
      },
      (error: unknown) => {
        ended = true;
        this.retry(error ?? 'the server closed the watch', 'watch');
      },
    );
    // stop() may have come while the watch was connecting.
    if (this.stopped) controller.abort();
    else {
      this.controller = controller;
      if (!ended) this.watching();
    }
  }

  private retry(error: unknown, verb: 'list' | 'watch'): void {
    if (this.stopped) return;
    // RBAC and credentials do not change by waiting: say which rule is missing, at once.
    const access = kubeAccessError(error, { verb, resource: this.resource, namespace: this.namespace });
    if (access) {
      this.failed(access);
      return;
    }
    this.lastError = `${verb} ${this.resource}: ${apiErrorLine(error)}`;
    if (++this.restarts > 20) {
      this.failed(new Error(`watching ${this.path} keeps failing: ${this.lastError}`));
      return;
    }
    const pause = retryPauseMs(error, this.restarts);
    this.log(retryLine(`${verb} ${this.resource}`, error, pause, 'listing again'));
    setTimeout(() => {
      if (!this.stopped) this.start();
    }, pause);
  }
}

/**
 * Waits until every Deployment of the release is rolled out, watching Deployments and Pods through the
 * API (no polling). Rejects as soon as a pod of an unfinished rollout cannot become ready by itself
 * (crash loop, image pull failure, unschedulable, readiness never passing), with the pod's Events and log
 * tail, instead of waiting out the timeout.
 */
export async function watchRollout(options: RolloutWatchOptions): Promise<DeploymentSummary[]> {
  const { kubeConfig: kc, namespace, release } = options;
  const client = await loadKubeClient();
  const apps = kc.makeApiClient(client.AppsV1Api);
  const core = kc.makeApiClient(client.CoreV1Api);
  const watch = new client.Watch(kc);
  const started = Date.now();
  const notReadySince = new Map<string, number>();
  const lastMessages = new Map<string, string>();
  let lastLog = started;
  let lastHeartbeat = started;

  return new Promise<DeploymentSummary[]>((resolve, reject) => {
    let settled = false;
    const stopWatching = () => {
      settled = true;
      clearInterval(timer);
      cancellation.removeEventListener('abort', cancelled);
      deployments.stop();
      pods.stop();
    };
    const finish = (error?: unknown, result?: DeploymentSummary[]) => {
      if (settled) return;
      stopWatching();
      if (error) reject(error);
      else resolve(result!);
    };

    const releaseDeployments = () =>
      [...deployments.items.values()].filter((d) => belongsToRelease(d, release, namespace));

    const evaluate = () => {
      if (settled) return;
      const now = Date.now();
      if (!ready.deployments || !ready.pods) {
        // The timeout holds even while the first lists never answer.
        if (now - started > options.timeoutMs) {
          const unanswered = [deployments, pods]
            .filter((m, i) => !(i === 0 ? ready.deployments : ready.pods))
            .map((m) => m.unanswered(now));
          finish(
            new RolloutFailure(
              'Timeout',
              `the rollout could not be watched within ${Math.round(options.timeoutMs / 1000)}s: the API server did not answer (${unanswered.join('; ')})`,
            ),
          );
        }
        return;
      }
      const current = releaseDeployments();
      const pending: DeploymentLike[] = [];
      for (const d of current) {
        const progress = deploymentProgress(d);
        const name = d.metadata?.name ?? '';
        if (lastMessages.get(name) !== progress.message) {
          lastMessages.set(name, progress.message);
          options.onProgress?.(progress.message);
          lastLog = now;
        }
        if (progress.failed) {
          finish(new RolloutFailure('ProgressDeadlineExceeded', progress.failed));
          return;
        }
        if (!progress.done) pending.push(d);
      }
      if (pending.length === 0) {
        finish(undefined, current.map(summarize));
        return;
      }
      for (const pod of pods.items.values()) {
        if (!pending.some((d) => matchesSelector(pod.metadata?.labels, d.spec?.selector))) continue;
        const name = pod.metadata?.name ?? '';
        if (!isReady(pod) && allRunning(pod)) {
          if (!notReadySince.has(name)) notReadySince.set(name, now);
        } else {
          notReadySince.delete(name);
        }
        let failure = podFailure(pod, {
          nowMs: now,
          readinessTimeoutMs: options.readinessTimeoutMs,
          notReadySinceMs: notReadySince.get(name),
        });
        if (failure?.reason === 'Unschedulable' && scaleUp) {
          const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
          const decision = scaleUp.judge(name, scheduled?.message ?? '', now);
          if (decision.wait) {
            if (decision.progress) {
              options.onProgress?.(decision.progress);
              lastLog = now;
            }
            continue;
          }
          failure = { ...failure, message: decision.message };
        } else {
          scaleUp?.forget(name);
        }
        if (failure) {
          stopWatching();
          diagnose(core, namespace, failure, deadline).then(
            (error) => reject(error),
            () => reject(new RolloutFailure(failure.reason, failure.message, failure.pod)),
          );
          return;
        }
      }
      if (now - started > options.timeoutMs) {
        const waiting = pending.map((d) => deploymentProgress(d).message).join('; ');
        finish(
          new RolloutFailure(
            'Timeout',
            `the rollout did not finish within ${Math.round(options.timeoutMs / 1000)}s: ${waiting}`,
          ),
        );
        return;
      }
      // Pods loading a model get their line every 30 s even while other lines come and go.
      if (now - lastLog >= HEARTBEAT_MS || (notReadySince.size > 0 && now - lastHeartbeat >= HEARTBEAT_MS)) {
        lastLog = now;
        lastHeartbeat = now;
        const loading = [...notReadySince]
          .filter(([pod]) => pods.items.has(pod))
          .map(
            ([pod, since]) =>
              `pod ${pod} running, not ready for ${formatDuration(now - since)} (readiness-timeout leaves ${formatDuration(Math.max(0, options.readinessTimeoutMs - (now - since)))})`,
          );
        options.onProgress?.(
          `still waiting after ${Math.round((now - started) / 1000)}s: ${[...pending.map((d) => deploymentProgress(d).message), ...loading].join('; ')}`,
        );
      }
    };

    // Time alone moves some verdicts (readiness timeout, overall timeout): look again every second.
    const timer = setInterval(evaluate, 1000);
    // Judged only once both watches are accepted, so that a missing watch rule fails every rollout, not
    // only those still running when the first lists answer.
    const ready = { deployments: false, pods: false };
    const deadline = apiDeadline(options.apiTimeoutMs ?? API_TIMEOUT_MS);
    const log = (line: string) => options.onProgress?.(line);
    const scaleUp =
      options.unschedulableTimeoutMs === undefined
        ? undefined
        : new ScaleUpWait({
            unschedulableTimeoutMs: options.unschedulableTimeoutMs,
            readWord: (pod) => readAutoscalerWord(core, namespace, pod, deadline),
          });
    const deployments = new Mirror<DeploymentLike>(
      watch,
      'deployments',
      namespace,
      () => apps.listNamespacedDeployment({ namespace }, deadline) as never,
      evaluate,
      (e) => finish(e),
      () => {
        ready.deployments = true;
        evaluate();
      },
      log,
    );
    const pods = new Mirror<PodLike>(
      watch,
      'pods',
      namespace,
      () => core.listNamespacedPod({ namespace }, deadline) as never,
      evaluate,
      (e) => finish(e),
      () => {
        ready.pods = true;
        evaluate();
      },
      log,
    );
    const cancelled = () => finish(new CancelledError(`while waiting for the rollout of release ${release}`));
    if (cancellation.aborted) return cancelled();
    cancellation.addEventListener('abort', cancelled, { once: true });
    deployments.start();
    pods.start();
  });
}

function summarize(d: DeploymentLike): DeploymentSummary {
  return {
    name: d.metadata?.name ?? '',
    track: d.metadata?.labels?.track,
    version: d.metadata?.labels?.version,
    image: d.spec?.template?.spec?.containers?.[0]?.image,
    desired: d.spec?.replicas ?? 1,
    available: d.status?.availableReplicas ?? 0,
  };
}

/**
 * The failure with the pod's Events and the tail of its (previous) log, each best-effort: a part the Role
 * does not allow is left out and named in `refused`, so a missing rule never hides the failure itself.
 */
async function diagnose(
  core: CoreV1Api,
  namespace: string,
  failure: PodFailure,
  deadline: ReturnType<typeof apiDeadline>,
): Promise<RolloutFailure> {
  const refused: string[] = [];
  const unless =
    <T>(what: string, request: KubeRequest, fallback: T) =>
    (error: unknown) => {
      const access = kubeAccessError(error, request);
      if (access) refused.push(`${what} of pod ${failure.pod} could not be read: ${access.message}`);
      return fallback;
    };
  const [events, logTail] = await Promise.all([
    podEvents(core, namespace, failure.pod, deadline).catch(
      unless('the Events', { verb: 'list', resource: 'events', namespace }, [] as string[]),
    ),
    podLogTail(core, namespace, failure, deadline).catch(
      unless('the log', { verb: 'get', resource: 'pods/log', namespace }, ''),
    ),
  ]);
  return new RolloutFailure(failure.reason, failure.message, failure.pod, events, logTail, refused);
}

async function podEvents(
  core: CoreV1Api,
  namespace: string,
  pod: string,
  deadline: ReturnType<typeof apiDeadline>,
): Promise<string[]> {
  let list;
  try {
    list = await core.listNamespacedEvent(
      { namespace, fieldSelector: `involvedObject.name=${pod}` },
      deadline,
    );
  } catch {
    list = await core.listNamespacedEvent({ namespace }, deadline);
  }
  return list.items
    .filter((e) => e.involvedObject?.name === pod)
    .sort(
      (a, b) =>
        (toMs(a.lastTimestamp ?? a.eventTime) ?? 0) - (toMs(b.lastTimestamp ?? b.eventTime) ?? 0) ||
        Number(a.metadata?.resourceVersion ?? 0) - Number(b.metadata?.resourceVersion ?? 0),
    )
    .slice(-15)
    .map((e) =>
      `${e.type ?? ''} ${e.reason ?? ''}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`.trim(),
    );
}

async function podLogTail(
  core: CoreV1Api,
  namespace: string,
  failure: PodFailure,
  deadline: ReturnType<typeof apiDeadline>,
): Promise<string> {
  const read = (previous: boolean) =>
    core.readNamespacedPodLog(
      {
        name: failure.pod,
        namespace,
        container: failure.container,
        tailLines: 20,
        previous,
      },
      deadline,
    );
  if (failure.previousLog) {
    try {
      return await read(true);
    } catch (error) {
      if (kubeAccessError(error, { verb: 'get', resource: 'pods/log', namespace })) throw error;
      return await read(false);
    }
  }
  return await read(false);
}
