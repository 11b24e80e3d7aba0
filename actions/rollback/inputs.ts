import { InputReader } from '../../lib/inputs';
import { readReleaseTarget, type ReleaseTarget } from '../../lib/release-target';

export const INPUTS = {
  release: 'release',
  namespace: 'namespace',
  toRevision: 'to-revision',
  target: 'target',
  pendingTimeout: 'pending-timeout',
  force: 'force',
  reason: 'reason',
  kubeconfig: 'kubeconfig',
  context: 'context',
  timeout: 'timeout',
  readinessTimeout: 'readiness-timeout',
  unschedulableTimeout: 'unschedulable-timeout',
  githubToken: 'github-token',
  environment: 'environment',
} as const;

export const OUTPUTS = {
  revision: 'revision',
  previousRevision: 'previous-revision',
  restoredRevision: 'restored-revision',
  result: 'result',
  status: 'status',
} as const;

export const DEFAULT_TIMEOUT_MS = 20 * 60_000;
/** Model servers load weights for minutes before their first Ready. */
export const DEFAULT_READINESS_TIMEOUT_MS = 15 * 60_000;
/** A GPU node from a scale-from-zero pool takes minutes to join. */
export const DEFAULT_UNSCHEDULABLE_TIMEOUT_MS = 10 * 60_000;
/** Longer than deploy-canary's default timeout and its helm margin: a helm this old is gone. */
export const DEFAULT_PENDING_TIMEOUT_MS = 15 * 60_000;

export interface RollbackInputs extends ReleaseTarget {
  toRevision?: number;
  target: 'stable' | 'previous-stable';
  pendingTimeoutMs: number;
  force: boolean;
  reason?: string;
  timeoutMs: number;
  readinessTimeoutMs: number;
  unschedulableTimeoutMs: number;
  githubToken?: string;
  environment: string;
}

export async function getInputs(reader = new InputReader()): Promise<RollbackInputs> {
  const target = await readReleaseTarget(reader);
  const { release } = target;
  const toRevision = reader.number(INPUTS.toRevision, { min: 1, integer: true });
  const rollbackTarget = reader.oneOf(INPUTS.target, ['stable', 'previous-stable'] as const, 'stable');
  if (rollbackTarget !== 'stable' && toRevision !== undefined) {
    reader.problem(`inputs '${INPUTS.target}' and '${INPUTS.toRevision}' exclude each other: give one`);
  }
  const pendingTimeoutMs =
    reader.duration(INPUTS.pendingTimeout, { min: 1000 }) ?? DEFAULT_PENDING_TIMEOUT_MS;
  const force = reader.boolean(INPUTS.force, false);
  const reason = reader.line(INPUTS.reason, 1000);
  const timeoutMs = reader.duration(INPUTS.timeout, { min: 1000 }) ?? DEFAULT_TIMEOUT_MS;
  const readinessTimeoutMs =
    reader.duration(INPUTS.readinessTimeout, { min: 1000 }) ?? DEFAULT_READINESS_TIMEOUT_MS;
  const unschedulableTimeoutMs =
    reader.duration(INPUTS.unschedulableTimeout, { min: 1000 }) ?? DEFAULT_UNSCHEDULABLE_TIMEOUT_MS;
  const githubToken = reader.secret(INPUTS.githubToken);
  const environment = reader.string(INPUTS.environment, release);
  reader.finish();
  return {
    ...target,
    toRevision,
    target: rollbackTarget,
    pendingTimeoutMs,
    force,
    reason,
    timeoutMs,
    readinessTimeoutMs,
    unschedulableTimeoutMs,
    githubToken,
    environment,
  };
}
