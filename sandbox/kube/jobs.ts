import { randomSuffix, type Api } from './api';
import type { Recorder } from './events';
import { byKind } from './resources';
import { isTerminal } from './scheduler';
import type { Store } from './store';
import { clone, deepEqual, nowIso, type Json, type KObject } from './types';

const jobSource = { component: 'job-controller' };

function controlledBy(pod: KObject, job: KObject): boolean {
  return (pod.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === job.metadata.uid);
}

function condition(type: string, reason: string, message: string, now: string): Json {
  return { type, status: 'True', lastProbeTime: now, lastTransitionTime: now, reason, message };
}

/**
 * The Job controller: runs a Job's pods (`parallelism` at a time, until `completions` succeeded),
 * replaces failed ones until more than `backoffLimit` have failed, and reports `active`, `succeeded`,
 * `failed`, `startTime`, `completionTime` and the `Complete` / `Failed` conditions (after
 * `SuccessCriteriaMet` / `FailureTarget`, as Kubernetes 1.31+ writes them) that helm and kubectl wait on.
 */
export class JobController {
  constructor(
    private readonly api: Api,
    private readonly store: Store,
    private readonly events: Recorder,
  ) {}

  sync(): void {
    for (const job of this.store.list(byKind('Job'))) {
      if (job.metadata.deletionTimestamp || job.spec?.suspend) continue;
      this.syncJob(job);
    }
  }

  private syncJob(job: KObject): void {
    const ns = job.metadata.namespace;
    const pods = this.store.list(byKind('Pod'), ns).filter((p) => controlledBy(p, job));
    const active = pods.filter((p) => !isTerminal(p) && !p.metadata.deletionTimestamp);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
    const parallelism = job.spec?.parallelism ?? 1;
    const completions = job.spec?.completions ?? parallelism;
    const backoffLimit = job.spec?.backoffLimit ?? 6;
    const conditions: Json[] = clone(job.status?.conditions ?? []);
    const finished = conditions.some(
      (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
    );
    const now = nowIso();
    let completionTime = job.status?.completionTime;

    if (!finished) {
      if (succeeded >= completions) {
        conditions.push(
          condition(
            'SuccessCriteriaMet',
            'CompletionsReached',
            'Reached expected number of succeeded pods',
            now,
          ),
          condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', now),
        );
        completionTime = now;
        this.events.record(job, 'Normal', 'Completed', 'Job completed', jobSource);
      } else if (failed > backoffLimit) {
        const message = 'Job has reached the specified backoff limit';
        conditions.push(
          condition('FailureTarget', 'BackoffLimitExceeded', message, now),
          condition('Failed', 'BackoffLimitExceeded', message, now),
        );
        for (const p of active) this.api.delete(byKind('Pod'), ns, p.metadata.name!);
        active.length = 0;
        this.events.record(job, 'Warning', 'BackoffLimitExceeded', message, jobSource);
      } else {
        const wanted = Math.min(parallelism, completions - succeeded) - active.length;
        for (let i = 0; i < wanted; i++) active.push(this.createPod(job));
      }
    }

    const status: Json = {
      ...(job.status?.startTime || active.length ? { startTime: job.status?.startTime ?? now } : {}),
      ...(completionTime ? { completionTime } : {}),
      ...(active.length ? { active: active.length } : {}),
      ...(succeeded ? { succeeded } : {}),
      ...(failed ? { failed } : {}),
      ready: active.filter((p) =>
        (p.status?.conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True'),
      ).length,
      terminating: pods.filter((p) => p.metadata.deletionTimestamp).length,
      uncountedTerminatedPods: {},
      ...(conditions.length ? { conditions } : {}),
    };
    if (deepEqual(job.status ?? {}, status)) return;
    const next = clone(job);
    next.status = status;
    this.api.update(byKind('Job'), ns, job.metadata.name!, next, { internal: true, subresource: 'status' });
  }

  private createPod(job: KObject): KObject {
    const t = job.spec?.template ?? {};
    const ns = job.metadata.namespace;
    const name = `${job.metadata.name}-${randomSuffix()}`;
    const uid = job.metadata.uid!;
    const pod = this.api.create(
      byKind('Pod'),
      ns,
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name,
          namespace: ns,
          labels: {
            ...(t.metadata?.labels ?? {}),
            'batch.kubernetes.io/controller-uid': uid,
            'batch.kubernetes.io/job-name': job.metadata.name!,
            'controller-uid': uid,
            'job-name': job.metadata.name!,
          },
          annotations: t.metadata?.annotations,
          ownerReferences: [
            {
              apiVersion: 'batch/v1',
              kind: 'Job',
              name: job.metadata.name!,
              uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        spec: { restartPolicy: 'Never', ...clone(t.spec) },
      },
      { internal: true },
    );
    this.events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, jobSource);
    return pod;
  }
}
