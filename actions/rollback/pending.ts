import type { KubeConfig } from '@kubernetes/client-node';
import { apiDeadline } from '../../lib/deadline';
import { loadKubeClient } from '../../lib/kube-client';
import { formatDuration } from '../../lib/durations';
import type { HelmRevision } from '../../lib/helm';
import { isPending, latestRevision } from '../../lib/release-history';
import { runFromLabels, runOf, type WorkflowRun } from '../../lib/workflow-run';

export interface PendingPolicy {
  /** The run this rollback belongs to. */
  run?: WorkflowRun;
  /** A pending revision older than this is taken as abandoned. */
  pendingTimeoutMs: number;
  force: boolean;
  nowMs: number;
  /** The run label of the pending revision's release record (readPendingRun). */
  pendingRun?: WorkflowRun;
}

/**
 * Whether rollback may recover the release's pending revision. `pending-*` is also what a helm that is
 * still running looks like: recovering it at once is safe only when this workflow run started it (its own
 * helm was cancelled); otherwise only once it is older than pending-timeout, or with force.
 * Returns why rollback must refuse, or undefined when it may go on (or nothing is pending).
 */
export function pendingRefusal(history: readonly HelmRevision[], policy: PendingPolicy): string | undefined {
  const latest = latestRevision(history);
  if (!latest || !isPending(latest.status) || policy.force) return undefined;
  const startedBy = policy.pendingRun ?? runOf(latest.description);
  if (startedBy && policy.run && startedBy.id === policy.run.id) return undefined;
  const updated = Date.parse(latest.updated);
  const ageMs = Number.isFinite(updated) ? Math.max(0, policy.nowMs - updated) : undefined;
  if (ageMs !== undefined && ageMs >= policy.pendingTimeoutMs) return undefined;
  const by = startedBy
    ? `workflow run ${startedBy.id} (attempt ${startedBy.attempt})`
    : 'another helm client';
  const age = ageMs === undefined ? 'of unknown age' : `started ${formatDuration(ageMs)} ago`;
  return (
    `revision ${latest.revision} is ${latest.status} (${latest.description || 'no description'}), ${age} by ${by}: ` +
    `its helm may still be running. Nothing was changed. Wait until it is older than pending-timeout ` +
    `(${formatDuration(policy.pendingTimeoutMs)}), or give force: true if you know that run is gone.`
  );
}

/**
 * The workflow run that started a pending revision, from the label deploy-canary puts on helm's release
 * Secret; undefined when there is none (another client, or helm storing releases elsewhere).
 */
export async function readPendingRun(
  kubeConfig: KubeConfig,
  namespace: string,
  release: string,
  history: readonly HelmRevision[],
): Promise<WorkflowRun | undefined> {
  const latest = latestRevision(history);
  if (!latest || !isPending(latest.status)) return undefined;
  try {
    const secret = await kubeConfig
      .makeApiClient((await loadKubeClient()).CoreV1Api)
      .readNamespacedSecret(
        { name: `sh.helm.release.v1.${release}.v${latest.revision}`, namespace },
        apiDeadline(30_000),
      );
    return runFromLabels(secret.metadata?.labels, latest.revision);
  } catch {
    return undefined;
  }
}
