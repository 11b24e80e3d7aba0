import * as core from '@actions/core';
import type { KubeConfig } from '@kubernetes/client-node';
import { formatDuration } from './durations';
import { ConfigurationError, errorMessage } from './errors';
import { Cli } from './exec';
import { Helm, isReleaseName } from './helm';
import type { InputReader } from './inputs';
import { kubeEnv, loadKubeConfig, readKubeconfigInput, type KubeconfigSource } from './kube-config';
import { RolloutFailure, watchRollout, type DeploymentSummary } from './rollout-watch';

/** The Helm release an action works on, and how to reach its cluster. */
export interface ReleaseTarget {
  release: string;
  namespace: string;
  kubeconfig: KubeconfigSource;
  context?: string;
}

/** Reads the inputs every action on a release shares: release, namespace, kubeconfig and context. */
export function readReleaseTarget(reader: InputReader): ReleaseTarget {
  const release = reader.required('release');
  if (release !== '' && !isReleaseName(release)) {
    reader.invalid(
      'release',
      'a helm release name (lower case letters, digits, - and ., at most 53)',
      release,
    );
  }
  const namespace = reader.dnsLabel('namespace', 'default');
  const kubeconfig = readKubeconfigInput(reader);
  const context = reader.line('context', 253);
  return { release, namespace, kubeconfig, context };
}

/** The Kubernetes client config and the helm CLI for a release, with helm's version in the log. */
export async function connect(
  target: ReleaseTarget,
  kubeconfigPath: string | undefined,
): Promise<{ kubeConfig: KubeConfig; helm: Helm }> {
  let kubeConfig: KubeConfig;
  try {
    kubeConfig = await loadKubeConfig(kubeconfigPath, target.context);
  } catch (error) {
    throw new ConfigurationError(`input 'kubeconfig'/'context': ${errorMessage(error)}`);
  }
  const helm = new Helm(new Cli('helm', kubeEnv(kubeconfigPath)), target.context);
  core.info(`helm ${await helm.version()}, release ${target.release} in namespace ${target.namespace}`);
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
