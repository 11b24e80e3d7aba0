import * as core from '@actions/core';
import { setOutputs, type OutputValue } from '../../lib/action';
import { formatDuration } from '../../lib/durations';
import { errorMessage } from '../../lib/errors';
import { GithubDeployment } from '../../lib/github-deployment';
import type { HelmRevision } from '../../lib/helm';
import { materializeKubeconfig, removeKubeconfig } from '../../lib/kube-config';
import { connect, waitForRollout } from '../../lib/release-cluster';
import { escapeMarkdown } from '../../lib/markdown-escape';
import { latestRevision, planRollback, type RollbackPlan } from '../../lib/release-history';
import { rolloutSections, table, type RunReport } from '../../lib/rollout-report';
import type { DeploymentSummary } from '../../lib/rollout-watch';
import { writeSummary } from '../../lib/summary';
import { currentRun } from '../../lib/workflow-run';
import { OUTPUTS, type RollbackInputs } from './inputs';
import { pendingRefusal, readPendingRun } from './pending';
import { previousStable } from './previous-stable';

export async function run(inputs: RollbackInputs): Promise<void> {
  const kubeconfigPath = materializeKubeconfig(inputs.kubeconfig);
  try {
    await rollback(inputs, kubeconfigPath);
  } finally {
    if (inputs.kubeconfig.kind === 'content') removeKubeconfig(kubeconfigPath);
  }
}

interface Report extends RunReport {
  inputs: RollbackInputs;
  plan: RollbackPlan;
  history: HelmRevision[];
  deployments: DeploymentSummary[];
  elapsedMs: number;
}

async function rollback(inputs: RollbackInputs, kubeconfigPath: string | undefined): Promise<void> {
  const started = Date.now();
  const { release, namespace } = inputs;
  const { kubeConfig, helm } = await connect(inputs, kubeconfigPath);
  if (inputs.reason) core.info(`Reason: ${inputs.reason}`);

  const history = await helm.history(release, namespace);
  const pendingRun = await readPendingRun(kubeConfig, namespace, release, history);
  const busy = pendingRefusal(history, { ...inputs, run: currentRun(), nowMs: Date.now(), pendingRun });
  const previous = inputs.target === 'previous-stable' ? previousStable(history) : undefined;
  const plan: RollbackPlan = busy
    ? { action: 'refuse', reason: busy }
    : previous && 'refuse' in previous
      ? { action: 'refuse', reason: previous.refuse }
      : planRollback(history, previous?.revision ?? inputs.toRevision);
  if (previous && 'past' in previous)
    core.info(`target previous-stable: back past revision ${previous.past} to revision ${previous.revision}`);
  const report: Report = { inputs, plan, history, deployments: [], elapsedMs: 0 };
  const outputs: Record<string, OutputValue> = {};
  let github: GithubDeployment | undefined;
  try {
    if (plan.action === 'refuse')
      throw new Error(`Cannot roll back ${release} in ${namespace}: ${plan.reason}`);
    outputs[OUTPUTS.previousRevision] = plan.current.revision;
    if (plan.action === 'none') {
      core.info(`Nothing to do: ${plan.reason}.`);
      report.revision = plan.current.revision;
      Object.assign(outputs, {
        [OUTPUTS.revision]: plan.current.revision,
        [OUTPUTS.restoredRevision]: '',
        [OUTPUTS.result]: 'unchanged',
        [OUTPUTS.status]: plan.current.status,
      });
      return;
    }

    core.info(plan.reason);
    if (inputs.githubToken) {
      github = await GithubDeployment.start(inputs.githubToken, {
        environment: inputs.environment,
        task: 'rollback',
        description: inputs.reason ?? plan.reason,
        payload: {
          release,
          namespace,
          reason: inputs.reason ?? '',
          ...(plan.action === 'rollback' ? { target: plan.target } : {}),
        },
      });
    }

    if (plan.action === 'uninstall') {
      await helm.uninstall(release, namespace, inputs.timeoutMs);
      core.info(`Uninstalled ${release}: it never had a working revision (${plan.recovering}).`);
      report.history = [];
      Object.assign(outputs, {
        [OUTPUTS.revision]: '',
        [OUTPUTS.restoredRevision]: '',
        [OUTPUTS.result]: 'uninstalled',
        [OUTPUTS.status]: 'uninstalled',
      });
    } else {
      await helm.rollback(release, namespace, plan.target, inputs.timeoutMs);
      const after = await helm.history(release, namespace);
      report.history = after;
      report.revision = latestRevision(after)?.revision;
      Object.assign(outputs, {
        [OUTPUTS.revision]: report.revision,
        [OUTPUTS.restoredRevision]: plan.target,
        [OUTPUTS.result]: plan.recovering ? 'recovered' : 'rolled-back',
        [OUTPUTS.status]: latestRevision(after)?.status,
      });
      if (plan.recovering)
        core.info(
          `Recovered from ${plan.recovering}: revision ${report.revision} restores revision ${plan.target}.`,
        );
      report.deployments = await waitForRollout(kubeConfig, inputs, report.revision);
      core.info(`Rolled back to revision ${plan.target} in ${formatDuration(Date.now() - started)}.`);
    }
    await github?.status(
      'success',
      plan.action === 'uninstall' ? 'release uninstalled' : `rolled back to revision ${plan.target}`,
    );
  } catch (error) {
    report.error = error;
    await github?.status('failure', errorMessage(error));
    throw error;
  } finally {
    report.elapsedMs = Date.now() - started;
    setOutputs(outputs);
    await writeSummary((s) => s.addRaw(summaryMarkdown(report), true));
  }
}

export function summaryMarkdown(report: Report): string {
  const { inputs, plan } = report;
  const ok = report.error === undefined;
  const title =
    plan.action === 'refuse'
      ? 'refused'
      : plan.action === 'none'
        ? 'nothing to do'
        : plan.action === 'uninstall'
          ? 'release uninstalled'
          : `${plan.recovering ? `recovered from ${plan.recovering}, ` : ''}${plan.undoing ? `undid failed revision ${plan.undoing}, ` : ''}rolled back to revision ${plan.target}`;
  const lines = [`## rollback: ${title} ${ok ? '✅' : '❌'}`, ''];
  if (!ok) lines.push(`**${escapeMarkdown(errorMessage(report.error))}**`, '');
  else lines.push(`${escapeMarkdown(plan.reason)}.`, '');
  if (inputs.reason) lines.push(`Reason given: ${escapeMarkdown(inputs.reason)}`, '');
  lines.push(
    table(
      ['Release', 'Namespace', 'Previous revision', 'Restored revision', 'Revision now', 'Took'],
      [
        [
          inputs.release,
          inputs.namespace,
          'current' in plan ? plan.current.revision : '',
          plan.action === 'rollback' ? plan.target : '',
          report.revision,
          formatDuration(report.elapsedMs),
        ],
      ],
    ),
    '',
  );
  const from = plan.action === 'rollback' ? Math.min(plan.target, plan.current.revision) : undefined;
  lines.push(...rolloutSections(report, 'Helm history', from));
  return lines.join('\n');
}
