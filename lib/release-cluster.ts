import * as core from '@actions/core';
import type { KubeConfig } from '@kubernetes/client-node';
import { formatDuration } from './durations';
import { ConfigurationError, errorMessage } from './errors';
import { Cli } from './exec';
import { Helm } from './helm';
import { kubeEnv, loadKubeConfig } from './kube-config';
import type { ReleaseTarget } from './release-target';
import { RolloutFailure, watchRollout, type DeploymentSummary } from './rollout-watch';

/** The Kubernetes client config and the helm CLI for a release, with helm's version in the log. */
export async function connect(
  target: ReleaseTarget,
  kubeconfigPath: string | undefined,
): Promise<{ kubeConfig: KubeConfig; helm: Helm }> {
  const helm = new Helm(new Cli('helm', kubeEnv(kubeconfigPath)), target.context);
  // helm (a Go binary that takes a moment to start) answers its version while client-node loads.
  const [config, version] = await Promise.allSettled([
    loadKubeConfig(kubeconfigPath, target.context),
    helm.version(),
  ]);
  if (config.status === 'rejected') {
    throw new ConfigurationError(`input 'kubeconfig'/'context': ${errorMessage(config.reason)}`);
  }
  if (version.status === 'rejected') throw version.reason;
  const kubeConfig = config.value;
  core.info(`helm ${version.value}, release ${target.release} in namespace ${target.namespace}`);
  return { kubeConfig, helm };
}

/** Logs the wait, then watches the release's Deployments until the rollout completes or fails fast. */
export async function waitForRollout(
  kubeConfig: KubeConfig,
  target: ReleaseTarget & { timeoutMs: number; readinessTimeoutMs: number; unschedulableTimeoutMs?: number },
  revision: number | undefined,
): Promise<DeploymentSummary[]> {
  core.info(`Waiting for the rollout of revision ${revision} (timeout ${formatDuration(target.timeoutMs)})`);
  try {
    return await watchRollout({
      kubeConfig,
      namespace: target.namespace,
      release: target.release,
      timeoutMs: target.timeoutMs,
      readinessTimeoutMs: target.readinessTimeoutMs,
      unschedulableTimeoutMs: target.unschedulableTimeoutMs,
      onProgress: (line) => core.info(line),
    });
  } catch (error) {
    // The step fails for the rollout's reason; what RBAC kept from its diagnosis is a warning beside it.
    if (error instanceof RolloutFailure) for (const line of error.refused) core.warning(line);
    throw error;
  }
}
