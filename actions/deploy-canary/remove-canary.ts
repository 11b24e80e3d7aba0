import * as core from '@actions/core';
import { formatDuration } from '../../lib/durations';
import { errorMessage } from '../../lib/errors';
import { Cli } from '../../lib/exec';
import { Helm } from '../../lib/helm';
import { InputReader } from '../../lib/inputs';
import {
  kubeEnv,
  loadKubeConfig,
  materializeKubeconfig,
  parseKubeconfigInput,
  removeKubeconfig,
} from '../../lib/kube-config';
import {
  deployedRevision,
  describeFailedUpgrade,
  failedUpgrade,
  isPending,
  latestRevision,
  planRollback,
} from '../../lib/release-history';
import { escapeMarkdown } from '../../lib/markdown-escape';
import { code, historyTable } from '../../lib/rollout-report';
import { watchRollout } from '../../lib/rollout-watch';
import { writeSummary } from '../../lib/summary';
import { currentRun, runOf } from '../../lib/workflow-run';
import { readPendingRun } from '../rollback/pending';
import { parseImageRef, readTrackState, sameImage } from './canary-values';
import { DEFAULT_UNSCHEDULABLE_TIMEOUT_MS, INPUTS, readValueKeys, STATE } from './inputs';

/** Rolls the release back to the stable revision this run's canary replaced, and reports it. */
export async function removeCanary(): Promise<void> {
  const release = core.getState(STATE.release);
  const namespace = core.getState(STATE.namespace);
  const context = core.getState(STATE.context) || undefined;
  const stableRevision = Number(core.getState(STATE.stableRevision)) || undefined;
  const image = parseImageRef(core.getState(STATE.canaryImage));
  const timeoutMs = Number(core.getState(STATE.timeoutMs)) || 5 * 60_000;
  const reader = new InputReader();
  const keys = readValueKeys(reader);
  // Stable pods that come back may need a node the autoscaler adds, as the canary's did.
  const unschedulableTimeoutMs =
    reader.duration(INPUTS.unschedulableTimeout, { min: 1000 }) ?? DEFAULT_UNSCHEDULABLE_TIMEOUT_MS;

  const source = await parseKubeconfigInput(core.getInput(INPUTS.kubeconfig));
  const path = source.kind === 'invalid' ? undefined : materializeKubeconfig(source);
  try {
    const helm = new Helm(new Cli('helm', kubeEnv(path)), context);
    const history = await helm.history(release, namespace);
    const latest = latestRevision(history);
    const failed = failedUpgrade(history);
    let why: string | undefined;
    const kubeConfig = await loadKubeConfig(path, context);
    // While helm runs, a pending revision's description is helm's own: the run is in its labels.
    const startedBy =
      latest && isPending(latest.status)
        ? (runOf(latest.description) ?? (await readPendingRun(kubeConfig, namespace, release, history)))
        : undefined;
    if (startedBy && startedBy.id !== currentRun()?.id) {
      core.warning(
        `cleanup-on-failure left the release alone: revision ${latest!.revision} is ${latest!.status}, started by workflow run ${startedBy.id}, whose helm may still be running.`,
      );
      return;
    }
    if (latest && isPending(latest.status)) {
      why = `the release was left ${latest.status} at revision ${latest.revision}`;
    } else if (failed) {
      why = `helm upgrade left ${describeFailedUpgrade(history, failed)}`;
    } else {
      const deployed = deployedRevision(history);
      const values = deployed ? await helm.getValues(release, namespace, deployed.revision) : {};
      const tracks = readTrackState(values, keys);
      if (tracks.canaryEnabled && tracks.canaryImage && image && sameImage(tracks.canaryImage, image)) {
        why = `the canary ${core.getState(STATE.canaryImage)} is still running (revision ${deployed?.revision})`;
      }
    }
    if (!why) {
      core.info(
        `cleanup-on-failure: no canary of ${core.getState(STATE.canaryImage)} runs in ${release}; nothing to remove.`,
      );
      await writeSummary((s) =>
        s.addRaw(
          `### deploy-canary cleanup\n\nThe job failed, but no canary of ${code(core.getState(STATE.canaryImage)).markdown} runs any more: nothing to remove.\n`,
          true,
        ),
      );
      return;
    }

    const plan = planRollback(history, stableRevision);
    if (plan.action !== 'rollback') {
      throw new Error(`${why}, but it cannot be rolled back: ${plan.reason}`);
    }
    core.info(`cleanup-on-failure: ${why}; rolling back to revision ${plan.target}.`);
    const started = Date.now();
    await helm.rollback(release, namespace, plan.target, timeoutMs);
    // helm rollback has deleted the canary's objects: a rollout the API does not let us watch is reported,
    // not a reason to fail the cleanup.
    const unconfirmed = await watchRollout({
      kubeConfig,
      namespace,
      release,
      timeoutMs,
      readinessTimeoutMs: timeoutMs,
      unschedulableTimeoutMs,
      onProgress: (line) => core.info(line),
    }).then(
      () => undefined,
      (error: unknown) => errorMessage(error),
    );
    if (unconfirmed)
      core.warning(`cleanup-on-failure: the rollout of stable could not be confirmed: ${unconfirmed}`);
    const after = await helm.history(release, namespace);
    const revision = latestRevision(after)?.revision;
    core.info(
      `cleanup-on-failure: canary removed, revision ${revision} restores revision ${plan.target} (${formatDuration(Date.now() - started)}).`,
    );
    await writeSummary((s) =>
      s.addRaw(
        [
          '### deploy-canary cleanup: canary removed',
          '',
          `The job failed or was cancelled before promote and ${escapeMarkdown(why)}: rolled back to stable revision ${plan.target} (now revision ${revision}), cleanup-on-failure.${unconfirmed ? ` Its rollout could not be confirmed: ${escapeMarkdown(unconfirmed)}` : ''}`,
          '',
          historyTable(after, plan.target, revision),
          '',
        ].join('\n'),
        true,
      ),
    );
  } finally {
    if (source.kind === 'content') removeKubeconfig(path);
  }
}
