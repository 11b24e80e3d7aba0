import * as core from '@actions/core';
import { errorMessage } from '../../lib/errors';
import { removeKubeconfig } from '../../lib/kube-config';
import { STATE } from './inputs';

/**
 * Runs when the job failed or was cancelled (`post-if` in action.yml). If this step started or moved a
 * canary and that canary still runs (nobody promoted or rolled it back), roll the release back to the
 * stable revision. Failures here are warnings: the job has already failed.
 */
export async function cleanup(): Promise<void> {
  const leftover = core.getState(STATE.kubeconfigPath);
  try {
    if (core.getState(STATE.canaryStarted) !== 'true') return;
    // Only a canary to remove needs helm, the Kubernetes client and the report.
    const { removeCanary } = await import('./remove-canary');
    await removeCanary();
  } catch (error) {
    core.warning(`cleanup-on-failure could not remove the canary: ${errorMessage(error)}`);
  } finally {
    removeKubeconfig(leftover || undefined);
  }
}
