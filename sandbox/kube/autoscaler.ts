import type { Api } from './api';
import type { Recorder } from './events';
import { gpuNode, gpuNodeGroup, nodeGroupLabel } from './nodes';
import { byKind } from './resources';
import { misfit, type Unschedulable } from './scheduler';
import type { Store } from './store';

export interface GpuPool {
  /** The node group's maximum size. */
  maxNodes: number;
  /** How long a new node takes from the scale-up decision to Ready. */
  scaleUpDelayMs: number;
}

const autoscalerSource = { component: 'cluster-autoscaler' };

interface Upcoming {
  readyAt: number;
  pods: Set<string>;
}

/**
 * cluster-autoscaler for the one GPU node group: a pod the scheduler could not place that would fit a
 * new GPU node triggers a scale-up (a node joins after the delay) while the group is below its maximum;
 * otherwise the pod is told why not. Events are worded as cluster-autoscaler words them.
 */
export class Autoscaler {
  private readonly upcoming: Upcoming[] = [];
  private readonly told = new Map<string, string>();

  constructor(
    private readonly api: Api,
    private readonly store: Store,
    private readonly events: Recorder,
    private readonly pool: GpuPool,
  ) {}

  private groupSize(): number {
    return this.store.list(byKind('Node')).filter((n) => n.metadata.labels?.[nodeGroupLabel] === gpuNodeGroup)
      .length;
  }

  /** Adds the nodes that are due and decides for the pods that fit nowhere; returns when next to run. */
  sync(unschedulable: Unschedulable[], now = Date.now()): number {
    for (const u of this.upcoming.filter((x) => x.readyAt <= now)) {
      this.upcoming.splice(this.upcoming.indexOf(u), 1);
      this.addNode();
    }
    const live = new Set(unschedulable.map((u) => u.pod.metadata.uid!));
    for (const uid of this.told.keys()) if (!live.has(uid)) this.told.delete(uid);
    const waiting = (uid: string): boolean => this.upcoming.some((u) => u.pods.has(uid));
    const size = this.groupSize() + this.upcoming.length;
    const template = gpuNode(size + 1);
    const fits = unschedulable.filter(
      (u) => !waiting(u.pod.metadata.uid!) && !misfit(u.pod, template, 0, true),
    );
    const room = Math.max(0, this.pool.maxNodes - size);
    const added = Math.min(room, fits.length);
    fits.forEach((u, i) => {
      if (i < added) {
        this.upcoming.push({ readyAt: now + this.pool.scaleUpDelayMs, pods: new Set([u.pod.metadata.uid!]) });
        this.tell(
          u,
          'TriggeredScaleUp',
          `pod triggered scale-up: [{${gpuNodeGroup} ${size}->${size + added} (max: ${this.pool.maxNodes})}]`,
        );
      } else this.tell(u, 'NotTriggerScaleUp', "pod didn't trigger scale-up: 1 max node group size reached");
    });
    for (const u of unschedulable) {
      const why = misfit(u.pod, template, 0, true);
      if (why) this.tell(u, 'NotTriggerScaleUp', `pod didn't trigger scale-up: 1 ${why}`);
    }
    return Math.min(Infinity, ...this.upcoming.map((u) => u.readyAt));
  }

  private tell(u: Unschedulable, reason: string, message: string): void {
    const uid = u.pod.metadata.uid!;
    if (this.told.get(uid) === message) return;
    this.told.set(uid, message);
    this.events.record(u.pod, 'Normal', reason, message, autoscalerSource);
  }

  /** A node of the group joins the cluster (named after the highest index in use, plus one). */
  addNode(): void {
    const used = this.store
      .list(byKind('Node'))
      .map((n) => /^gpu-node-(\d+)$/.exec(n.metadata.name!)?.[1])
      .filter((x): x is string => !!x)
      .map(Number);
    this.api.create(byKind('Node'), undefined, gpuNode(Math.max(0, ...used) + 1), { internal: true });
  }
}
