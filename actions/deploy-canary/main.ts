import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setOutputs, type OutputValue } from '../../lib/action';
import { formatDuration } from '../../lib/durations';
import { errorMessage } from '../../lib/errors';
import { GithubDeployment } from '../../lib/github-deployment';
import type { HelmRevision } from '../../lib/helm';
import { materializeKubeconfig, removeKubeconfig } from '../../lib/kube-config';
import { escapeMarkdown } from '../../lib/markdown-escape';
import { connect, waitForRollout } from '../../lib/release-cluster';
import { deployedRevision, latestRevision } from '../../lib/release-history';
import { code, rolloutSections, table, type RunReport } from '../../lib/rollout-report';
import type { DeploymentSummary } from '../../lib/rollout-watch';
import { writeSummary } from '../../lib/summary';
import { currentRun, runLabels, withRun } from '../../lib/workflow-run';
import { formatImageRef } from './canary-values';
import { continuityRefusal } from './continuity';
import { OUTPUTS, STATE, type DeployCanaryInputs } from './inputs';
import { planDeploy, type Plan } from './plan';
import { requireVerifiedCanary, verifyCanaryStep } from './canary-check';
import { checkTrafficForManifests, chooseCanarySource, manifestConfig } from './canary-source';
import { preparePostRenderer } from './post-renderer';

export async function run(inputs: DeployCanaryInputs): Promise<void> {
  const kubeconfigPath = materializeKubeconfig(inputs.kubeconfig);
  if (inputs.kubeconfig.kind === 'content') core.saveState(STATE.kubeconfigPath, kubeconfigPath);
  try {
    await deploy(inputs, kubeconfigPath);
  } finally {
    if (inputs.kubeconfig.kind === 'content') removeKubeconfig(kubeconfigPath);
  }
}

interface Report extends RunReport {
  inputs: DeployCanaryInputs;
  plan?: Plan;
  history: HelmRevision[];
  deployments: DeploymentSummary[];
  elapsedMs: number;
}

async function deploy(inputs: DeployCanaryInputs, kubeconfigPath: string | undefined): Promise<void> {
  const started = Date.now();
  const { release, namespace } = inputs;
  const { kubeConfig, helm } = await connect(inputs, kubeconfigPath);
  const [source, history] = await Promise.all([
    chooseCanarySource(helm, inputs.chart, inputs.canaryFrom, inputs.keys),
    helm.history(release, namespace),
  ]);
  core.info(`Canary from ${source.mode}: ${source.reason}`);
  const deployed = deployedRevision(history);
  const values = deployed ? await helm.getValues(release, namespace, deployed.revision) : {};
  let plan: Plan = planDeploy(
    {
      action: inputs.action,
      image: inputs.image,
      weight: inputs.weight,
      baseline: inputs.baseline,
      canaryReplicas: inputs.canaryReplicas,
      userValues: inputs.userValues,
      keys: inputs.keys,
      sha: process.env.GITHUB_SHA ?? '',
      release,
      namespace,
      skipCanary: inputs.skipCanary,
    },
    { history, values },
  );
  const moved =
    inputs.canaryRevision === undefined
      ? undefined
      : continuityRefusal(history, inputs.canaryRevision, `release ${release} in namespace ${namespace}`);
  if (moved) plan = { kind: 'refuse', message: moved };

  const report: Report = { inputs, plan, history, deployments: [], elapsedMs: 0 };
  const outputs: Record<string, OutputValue> = {};
  let github: GithubDeployment | undefined;
  try {
    if (plan.kind === 'refuse') throw new Error(plan.message);
    if (source.mode === 'manifests' && plan.kind !== 'nothing') checkTrafficForManifests(inputs.traffic);
    if (plan.kind === 'nothing') {
      core.info(plan.message);
      Object.assign(outputs, {
        [OUTPUTS.stableRevision]: plan.stableRevision,
        [OUTPUTS.revision]: plan.revision,
        [OUTPUTS.canaryImage]:
          plan.tracks.canaryEnabled && plan.tracks.canaryImage ? formatImageRef(plan.tracks.canaryImage) : '',
        [OUTPUTS.weight]: plan.tracks.canaryEnabled ? plan.tracks.weight : 0,
        [OUTPUTS.status]: deployed?.status,
        [OUTPUTS.result]: inputs.action === 'promote' ? 'already-promoted' : 'unchanged',
      });
      report.revision = plan.revision;
      return;
    }

    core.startGroup(`Plan: ${plan.kind}`);
    for (const line of plan.changes) core.info(line);
    core.info(`stable revision: ${plan.stableRevision ?? 'none yet'}; description: ${plan.description}`);
    core.endGroup();
    outputs[OUTPUTS.stableRevision] = plan.stableRevision;
    // Set now as well: a step cancelled during the rollout still tells a following rollback step where to go.
    if (plan.stableRevision !== undefined) core.setOutput(OUTPUTS.stableRevision, plan.stableRevision);

    if (inputs.githubToken) {
      github = await GithubDeployment.start(inputs.githubToken, {
        environment: inputs.environment,
        task: inputs.action === 'promote' ? 'deploy:promote' : 'deploy:canary',
        description: plan.changes[0] ?? plan.kind,
        payload: {
          release,
          namespace,
          image: formatImageRef(plan.image),
          weight: inputs.weight,
          kind: plan.kind,
        },
        environmentUrl: inputs.environmentUrl,
      });
    }

    const canary = plan.kind === 'start-canary' || plan.kind === 'update-canary';
    const check = {
      release,
      namespace,
      image: formatImageRef(plan.image),
      weight: canary ? inputs.weight : (plan.before.weight ?? 0),
      replicas: canary ? inputs.canaryReplicas : undefined,
      baseline: canary && inputs.baseline,
      traffic: inputs.traffic,
    };
    if (plan.kind === 'promote' && !inputs.skipCanary) await requireVerifiedCanary(kubeConfig, check);
    if (canary && inputs.cleanupOnFailure) {
      // Saved before helm runs: a job cancelled mid-upgrade still gets its canary removed by the post step.
      core.saveState(STATE.canaryStarted, 'true');
      core.saveState(STATE.release, release);
      core.saveState(STATE.namespace, namespace);
      core.saveState(STATE.context, inputs.context ?? '');
      core.saveState(STATE.stableRevision, plan.stableRevision ?? '');
      core.saveState(STATE.canaryImage, formatImageRef(plan.image));
      core.saveState(STATE.cleanup, 'true');
      core.saveState(STATE.timeoutMs, inputs.timeoutMs);
    }

    const valuesFile = join(
      process.env.RUNNER_TEMP || tmpdir(),
      `ml-deploy-values-${randomBytes(6).toString('hex')}.json`,
    );
    const rendering =
      source.mode === 'manifests'
        ? await preparePostRenderer(helm, manifestConfig(plan.values, source, inputs.keys, inputs.workload))
        : undefined;
    writeFileSync(valuesFile, JSON.stringify(plan.values, null, 2), { mode: 0o600 });
    try {
      core.info(`helm upgrade --install ${release} ${inputs.chart.ref} (${plan.description})`);
      await helm.upgradeInstall({
        release,
        namespace,
        chart: inputs.chart.ref,
        chartVersion: inputs.chart.version,
        repo: inputs.chart.repo,
        valuesFiles: [valuesFile],
        description: withRun(plan.description, currentRun()),
        labels: runLabels(currentRun(), (latestRevision(history)?.revision ?? 0) + 1),
        timeoutMs: inputs.timeoutMs,
        postRenderer: rendering?.renderer,
      });
    } finally {
      rmSync(valuesFile, { force: true });
      rendering?.remove();
    }

    const after = await helm.history(release, namespace);
    report.history = after;
    report.revision = latestRevision(after)?.revision;
    Object.assign(outputs, {
      [OUTPUTS.revision]: report.revision,
      [OUTPUTS.canaryRevision]: canary ? report.revision : undefined,
      [OUTPUTS.canaryImage]: canary ? formatImageRef(plan.image) : '',
      [OUTPUTS.weight]: canary ? inputs.weight : 0,
      [OUTPUTS.status]: latestRevision(after)?.status,
      [OUTPUTS.result]:
        plan.kind === 'install' ? 'installed' : plan.kind === 'promote' ? 'promoted' : plan.kind,
    });

    report.deployments = await waitForRollout(kubeConfig, inputs, report.revision);
    if (canary) {
      plan.changes.push(`verified: ${await verifyCanaryStep(kubeConfig, helm, check, inputs.keys, source)}`);
    }
    core.info(`Rollout complete in ${formatDuration(Date.now() - started)}.`);
    await github?.status('success', describeResult(plan, inputs));
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

function describeResult(plan: Plan, inputs: DeployCanaryInputs): string {
  if (plan.kind === 'promote') return `promoted ${formatImageRef(plan.image)}`;
  if (plan.kind === 'install') return `installed ${formatImageRef(plan.image)} as stable`;
  if (plan.kind === 'refuse' || plan.kind === 'nothing') return plan.message;
  return `canary ${formatImageRef(plan.image)} at ${inputs.weight}%`;
}

export function summaryMarkdown(report: Report): string {
  const { inputs, plan } = report;
  const ok = report.error === undefined;
  const what =
    !plan || plan.kind === 'refuse'
      ? 'refused'
      : plan.kind === 'nothing'
        ? 'nothing to do'
        : describeResult(plan, inputs);
  const lines = [`## deploy-canary: ${escapeMarkdown(what)} ${ok ? '✅' : '❌'}`, ''];
  if (!ok) lines.push(`**${escapeMarkdown(errorMessage(report.error))}**`, '');
  if (plan && plan.kind !== 'refuse' && plan.kind !== 'nothing') {
    lines.push(plan.changes.map((c) => `- ${escapeMarkdown(c)}`).join('\n'), '');
  } else if (plan?.kind === 'nothing') {
    lines.push(escapeMarkdown(plan.message), '');
  }
  const stable = plan && 'before' in plan ? plan.before.stableImage : undefined;
  lines.push(
    table(
      [
        'Release',
        'Namespace',
        'Action',
        'Stable image',
        'Canary',
        'Weight',
        'Stable revision',
        'Revision',
        'Took',
      ],
      [
        [
          inputs.release,
          inputs.namespace,
          inputs.action,
          stable ? code(formatImageRef(stable)) : '',
          plan && plan.kind !== 'refuse' && plan.kind !== 'nothing' && plan.kind !== 'install'
            ? code(formatImageRef(plan.image))
            : '',
          plan && (plan.kind === 'start-canary' || plan.kind === 'update-canary') ? `${inputs.weight}%` : '',
          plan && 'stableRevision' in plan ? plan.stableRevision : '',
          report.revision,
          formatDuration(report.elapsedMs),
        ],
      ],
    ),
    '',
  );
  const from =
    plan && 'stableRevision' in plan && plan.stableRevision !== undefined ? plan.stableRevision : undefined;
  lines.push(...rolloutSections(report, 'Helm history of this run', from));
  if (
    !ok &&
    plan &&
    (plan.kind === 'start-canary' || plan.kind === 'update-canary') &&
    inputs.cleanupOnFailure
  ) {
    lines.push(
      `_The post step removes this canary at the end of the job (cleanup-on-failure), rolling back to revision ${plan.stableRevision ?? 'the stable one'}._`,
    );
  }
  return lines.join('\n');
}
