import { InputReader } from '../../lib/inputs';
import { readReleaseTarget, type ReleaseTarget } from '../../lib/release-target';

export const INPUTS = {
  release: 'release',
  namespace: 'namespace',
  toRevision: 'to-revision',
  reason: 'reason',
  kubeconfig: 'kubeconfig',
  context: 'context',
  timeout: 'timeout',
  readinessTimeout: 'readiness-timeout',
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

export const DEFAULT_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_READINESS_TIMEOUT_MS = 2 * 60_000;

export interface RollbackInputs extends ReleaseTarget {
  toRevision?: number;
  reason?: string;
  timeoutMs: number;
  readinessTimeoutMs: number;
  githubToken?: string;
  environment: string;
}

export function getInputs(reader = new InputReader()): RollbackInputs {
  const target = readReleaseTarget(reader);
  const { release } = target;
  const toRevision = reader.number(INPUTS.toRevision, { min: 1, integer: true });
  const reason = reader.line(INPUTS.reason, 1000);
  const timeoutMs = reader.duration(INPUTS.timeout, { min: 1000 }) ?? DEFAULT_TIMEOUT_MS;
  const readinessTimeoutMs =
    reader.duration(INPUTS.readinessTimeout, { min: 1000 }) ?? DEFAULT_READINESS_TIMEOUT_MS;
  const githubToken = reader.secret(INPUTS.githubToken);
  const environment = reader.string(INPUTS.environment, release);
  reader.finish();
  return {
    ...target,
    toRevision,
    reason,
    timeoutMs,
    readinessTimeoutMs,
    githubToken,
    environment,
  };
}
