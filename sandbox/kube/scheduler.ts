import type { Api } from './api';
import type { Recorder } from './events';
import { byKind } from './resources';
import type { Store } from './store';
import { clone, deepEqual, type Json, type KObject } from './types';

export const gpuResource = 'nvidia.com/gpu';
const schedulerSource = { component: 'default-scheduler' };

const suffixes: Record<string, number> = {
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** A resource quantity ("500m", "2", "512Mi", "1G") as a number of units. */
export function parseQuantity(q: unknown): number {
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(String(q ?? '0').trim());
  if (!m) return 0;
  return Number(m[1]) * (m[2] ? (suffixes[m[2]] ?? 1) : 1);
}

/**
 * What a pod's containers ask for of one resource. A container without a request asks for its limit:
 * for extended resources such as GPUs the limit is the request, as the API server defaults it.
 */
export function podRequest(pod: KObject, resource: string): number {
  const containers: Json[] = pod.spec?.containers ?? [];
  return containers.reduce(
    (n, c) => n + parseQuantity(c.resources?.requests?.[resource] ?? c.resources?.limits?.[resource]),
    0,
  );
}

export function isTerminal(pod: KObject): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Why a pod does not fit a node, as the scheduler's plugins word it; undefined when it fits. */
export function misfit(
  pod: KObject,
  node: KObject,
  gpusInUse: number,
  gpusLimited: boolean,
): string | undefined {
  const labels: Record<string, string> = node.metadata.labels ?? {};
  const selector: Record<string, string> = pod.spec?.nodeSelector ?? {};
  if (Object.entries(selector).some(([k, v]) => labels[k] !== v))
    return "node(s) didn't match Pod's node affinity/selector";
  const allocatable: Record<string, string> = node.status?.allocatable ?? {};
  for (const r of ['cpu', 'memory'])
    if (podRequest(pod, r) > parseQuantity(allocatable[r])) return `Insufficient ${r}`;
  const gpus = podRequest(pod, gpuResource);
  if (gpusLimited && gpus > 0 && gpus > parseQuantity(allocatable[gpuResource]) - gpusInUse)
    return `Insufficient ${gpuResource}`;
  return undefined;
}

/** The FailedScheduling message for the reasons each node gave ("0/3 nodes are available: ..."). */
export function failedSchedulingMessage(reasons: string[]): string {
  const count = (items: string[]): string => {
    const tally = new Map<string, number>();
    for (const r of items) tally.set(r, (tally.get(r) ?? 0) + 1);
    return [...tally.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([r, n]) => `${n} ${r}`)
      .join(', ');
  };
  // Evicting pods cannot help a node whose labels do not match; it might where resources are short.
  const preemption = reasons.map((r) =>
    r.startsWith('Insufficient')
      ? 'No preemption victims found for incoming pod'
      : 'Preemption is not helpful for scheduling',
  );
  const n = reasons.length;
  return `0/${n} nodes are available: ${count(reasons)}. preemption: 0/${n} nodes are available: ${count(preemption)}.`;
}

export interface Unschedulable {
  pod: KObject;
  /** What each node said, one entry per node. */
  reasons: string[];
}

/**
 * The default scheduler: binds each pending pod to the first node it fits (pods that ask for no GPU
 * prefer nodes without one), counting the GPUs that running pods hold, and leaves the others Pending
 * with PodScheduled=False/Unschedulable and a FailedScheduling event. GPUs are counted only when the
 * cluster has a GPU pool; without one, GPU requests are not limited.
 */
export class Scheduler {
  private readonly lastMessage = new Map<string, string>();
  /** When each pending pod entered the queue: the scheduler serves them first in, first out. */
  private readonly queuedAt = new Map<string, number>();
  private queueSeq = 0;

  constructor(
    private readonly api: Api,
    private readonly store: Store,
    private readonly events: Recorder,
    private readonly gpusLimited: boolean,
  ) {}

  /** Binds what fits; returns the pods that fit nowhere, for the autoscaler. */
  sync(): Unschedulable[] {
    const pods = this.store.list(byKind('Pod'));
    const live = new Set(pods.map((p) => p.metadata.uid!));
    for (const uid of this.lastMessage.keys()) if (!live.has(uid)) this.lastMessage.delete(uid);
    for (const uid of this.queuedAt.keys()) if (!live.has(uid)) this.queuedAt.delete(uid);
    const pending = pods.filter((p) => !p.spec?.nodeName && !p.metadata.deletionTimestamp);
    if (!pending.length) return [];
    for (const p of pending)
      if (!this.queuedAt.has(p.metadata.uid!)) this.queuedAt.set(p.metadata.uid!, this.queueSeq++);
    pending.sort((a, b) => this.queuedAt.get(a.metadata.uid!)! - this.queuedAt.get(b.metadata.uid!)!);
    const nodes = this.store.list(byKind('Node'));
    const inUse = new Map<string, number>();
    for (const p of pods)
      if (p.spec?.nodeName && !isTerminal(p))
        inUse.set(p.spec.nodeName, (inUse.get(p.spec.nodeName) ?? 0) + podRequest(p, gpuResource));
    const unschedulable: Unschedulable[] = [];
    for (const pod of pending) {
      const wantsGpu = podRequest(pod, gpuResource) > 0;
      const ordered = [...nodes].sort(
        (a, b) => Number(hasGpu(a) !== wantsGpu) - Number(hasGpu(b) !== wantsGpu),
      );
      const reasons: string[] = [];
      const node = ordered.find((n) => {
        const why = misfit(pod, n, inUse.get(n.metadata.name!) ?? 0, this.gpusLimited);
        if (why) reasons.push(why);
        return !why;
      });
      if (node) {
        inUse.set(node.metadata.name!, (inUse.get(node.metadata.name!) ?? 0) + podRequest(pod, gpuResource));
        this.bind(pod, node.metadata.name!);
        this.queuedAt.delete(pod.metadata.uid!);
      } else {
        this.markUnschedulable(pod, failedSchedulingMessage(reasons));
        unschedulable.push({ pod, reasons });
      }
    }
    return unschedulable;
  }

  private bind(pod: KObject, node: string): void {
    const next = clone(pod);
    next.spec.nodeName = node;
    this.api.update(byKind('Pod'), pod.metadata.namespace, pod.metadata.name!, next, { internal: true });
    this.lastMessage.delete(pod.metadata.uid!);
    this.events.record(
      pod,
      'Normal',
      'Scheduled',
      `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`,
      schedulerSource,
    );
  }

  /** A pod the scheduler cannot place stays Pending with PodScheduled=False, as the real scheduler leaves it. */
  private markUnschedulable(pod: KObject, message: string): void {
    if (this.lastMessage.get(pod.metadata.uid!) !== message)
      this.events.record(pod, 'Warning', 'FailedScheduling', message, schedulerSource);
    this.lastMessage.set(pod.metadata.uid!, message);
    const prev = (pod.status?.conditions ?? []).find((c: Json) => c.type === 'PodScheduled');
    const status = {
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          lastProbeTime: null,
          lastTransitionTime: prev?.lastTransitionTime ?? pod.metadata.creationTimestamp,
          reason: 'Unschedulable',
          message,
        },
      ],
      qosClass: pod.status?.qosClass ?? 'Burstable',
    };
    if (deepEqual(pod.status, status)) return;
    const next = clone(pod);
    next.status = status;
    this.api.update(byKind('Pod'), pod.metadata.namespace, pod.metadata.name!, next, { internal: true });
  }
}

function hasGpu(node: KObject): boolean {
  return parseQuantity(node.status?.allocatable?.[gpuResource]) > 0;
}
