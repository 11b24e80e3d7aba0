import type { CoreV1Api } from '@kubernetes/client-node';
import type { apiDeadline } from './deadline';
import { formatDuration } from './durations';

/**
 * An unschedulable pod is the normal state for minutes while cluster-autoscaler adds a node (a GPU pool
 * scaling from zero). This decides, per pod, from the autoscaler's Events on it: wait while it said
 * `TriggeredScaleUp`; fail at once with its words on `NotTriggerScaleUp`; fail when no autoscaler spoke
 * within a grace period, or when the pod stayed unschedulable longer than unschedulable-timeout.
 */

/** cluster-autoscaler scans every 10 s: without a word from it after this, none is coming. */
export const AUTOSCALER_GRACE_MS = 30_000;
/** How often the Events of a waiting pod are read again. */
const EVENTS_POLL_MS = 3_000;
/** How often a waiting pod is reported while nothing changes. */
export const PROGRESS_MS = 30_000;

export interface AutoscalerWord {
  reason: 'TriggeredScaleUp' | 'NotTriggerScaleUp';
  message: string;
}

export type ScaleUpDecision = { wait: true; progress?: string } | { wait: false; message: string };

interface PodWait {
  since: number;
  word?: AutoscalerWord;
  lastPoll: number;
  lastProgress: number;
  polling: boolean;
}

export interface ScaleUpOptions {
  unschedulableTimeoutMs: number;
  graceMs?: number;
  /** Reads the autoscaler's newest word on a pod (its Events); undefined when it said nothing. */
  readWord: (pod: string) => Promise<AutoscalerWord | undefined>;
}

export class ScaleUpWait {
  private readonly pods = new Map<string, PodWait>();

  constructor(private readonly options: ScaleUpOptions) {}

  /** The decision for an unschedulable pod now; `schedulerMessage` is its PodScheduled message. */
  judge(pod: string, schedulerMessage: string, now: number): ScaleUpDecision {
    let state = this.pods.get(pod);
    if (!state) {
      state = { since: now, lastPoll: Number.NEGATIVE_INFINITY, lastProgress: now, polling: false };
      this.pods.set(pod, state);
    }
    if (!state.polling && now - state.lastPoll >= EVENTS_POLL_MS) this.poll(pod, state, now);
    const waited = now - state.since;
    const scheduler = schedulerMessage ? ` (${schedulerMessage})` : '';
    if (state.word?.reason === 'NotTriggerScaleUp') {
      return {
        wait: false,
        message: `pod ${pod} is unschedulable${scheduler} and the cluster autoscaler will not add a node: ${state.word.message}`,
      };
    }
    if (!state.word && waited >= (this.options.graceMs ?? AUTOSCALER_GRACE_MS)) {
      return {
        wait: false,
        message: `pod ${pod} is unschedulable${scheduler} and no cluster autoscaler started a scale-up within ${formatDuration(waited)}`,
      };
    }
    if (waited >= this.options.unschedulableTimeoutMs) {
      return {
        wait: false,
        message: `pod ${pod} stayed unschedulable for ${formatDuration(waited)}, longer than unschedulable-timeout${scheduler}${state.word ? `; the autoscaler said: ${state.word.message}` : ''}`,
      };
    }
    if (now - state.lastProgress < PROGRESS_MS) return { wait: true };
    state.lastProgress = now;
    const left = formatDuration(this.options.unschedulableTimeoutMs - waited);
    return {
      wait: true,
      progress: state.word
        ? `pod ${pod} unschedulable for ${formatDuration(waited)}${scheduler}: cluster scale-up in progress (${state.word.message}); waiting up to ${left} more`
        : `pod ${pod} unschedulable for ${formatDuration(waited)}${scheduler}: waiting for the cluster autoscaler`,
    };
  }

  /** The pod is schedulable again (a node joined) or gone. */
  forget(pod: string): void {
    this.pods.delete(pod);
  }

  private poll(pod: string, state: PodWait, now: number): void {
    state.polling = true;
    state.lastPoll = now;
    this.options
      .readWord(pod)
      .then(
        (word) => {
          if (word) state.word = word;
        },
        () => undefined,
      )
      .finally(() => {
        state.polling = false;
      });
  }
}

/** The autoscaler's newest TriggeredScaleUp/NotTriggerScaleUp Event on a pod. */
export async function readAutoscalerWord(
  core: CoreV1Api,
  namespace: string,
  pod: string,
  deadline: ReturnType<typeof apiDeadline>,
): Promise<AutoscalerWord | undefined> {
  const list = await core.listNamespacedEvent(
    { namespace, fieldSelector: `involvedObject.name=${pod}` },
    deadline,
  );
  const words = list.items
    .filter(
      (e) =>
        e.involvedObject?.name === pod &&
        (e.reason === 'TriggeredScaleUp' || e.reason === 'NotTriggerScaleUp'),
    )
    .sort((a, b) => Number(a.metadata?.resourceVersion ?? 0) - Number(b.metadata?.resourceVersion ?? 0));
  const last = words.at(-1);
  return last ? { reason: last.reason as AutoscalerWord['reason'], message: last.message ?? '' } : undefined;
}
