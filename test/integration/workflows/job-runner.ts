import type { BundleRun } from '../../../sandbox/runner';
import { evaluateTemplate, loadOwnActions, ownActionName, stepRuns } from '../../helpers/workflow-checks';

export interface StepRecord {
  id?: string;
  name: string;
  uses: string;
  outcome: 'success' | 'failure' | 'cancelled' | 'skipped';
  /** The inputs our action was given, after evaluation and action.yml defaults. */
  inputs?: Record<string, string>;
  run?: BundleRun;
}

export interface JobRunOptions {
  /** Contexts the job's expressions read (env, secrets, vars, github, needs, inputs); steps and job are kept here. */
  context: Record<string, unknown>;
  /** Runs one of our bundled actions with these inputs; `cancelAfterMs` cancels it as the runner does (SIGINT, SIGTERM, kill). */
  runAction(action: string, inputs: Record<string, string>, cancelAfterMs?: number): Promise<BundleRun>;
  /** Replaces inputs of the steps of one action (e.g. shorter verification windows). */
  overrides?: Record<string, Record<string, string>>;
  /** Cancels the run this long after the step with this id starts. */
  cancel?: { stepId: string; afterMs: number };
  /** Runs an action's post step with the state its run saved. */
  runPost?(action: string, run: BundleRun, inputs: Record<string, string>): Promise<BundleRun>;
}

export interface JobRun {
  steps: StepRecord[];
  /** Post steps that ran (deploy-canary's, when the job failed or was cancelled), last step first. */
  posts: Array<{ id?: string; run: BundleRun }>;
}

type Mapping = Record<string, unknown>;
const mapping = (value: unknown): Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Mapping) : {};

/**
 * Runs the steps of one job of a workflow the way the runner orders them: each `if:` evaluated with the
 * status functions, `with:` evaluated and completed with the action's defaults, outputs and outcomes fed
 * to later steps. Our actions run from their bundles; other actions (checkout) have nothing to do here.
 */
export async function runJob(workflow: unknown, jobId: string, options: JobRunOptions): Promise<JobRun> {
  const actions = loadOwnActions();
  const job = mapping(mapping(mapping(workflow).jobs)[jobId]);
  const steps: Mapping = {};
  const status = { failed: false, cancelled: false };
  const records: StepRecord[] = [];
  for (const step of (Array.isArray(job.steps) ? job.steps : []).map(mapping)) {
    const id = typeof step.id === 'string' ? step.id : undefined;
    const uses = String(step.uses ?? '');
    const name = String(step.name ?? uses);
    if (uses === '') throw new Error(`step ${name}: only uses: steps are run here`);
    const context = {
      ...options.context,
      steps,
      job: { status: status.cancelled ? 'cancelled' : status.failed ? 'failure' : 'success' },
    };
    if (!stepRuns(step.if, context, status)) {
      records.push({ id, name, uses, outcome: 'skipped' });
      if (id) steps[id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
      continue;
    }
    const action = ownActionName(uses);
    if (action === undefined) {
      records.push({ id, name, uses, outcome: 'success' });
      continue;
    }
    const given = mapping(step.with);
    const inputs: Record<string, string> = {};
    for (const [input, spec] of Object.entries(actions.get(action)?.inputs ?? {})) {
      const value = input in given ? evaluateTemplate(String(given[input]), context) : spec.default;
      if (value !== undefined) inputs[input] = value;
    }
    Object.assign(inputs, options.overrides?.[action]);
    const cancelAfterMs = options.cancel?.stepId === id ? options.cancel?.afterMs : undefined;
    const run = await options.runAction(action, inputs, cancelAfterMs);
    const outcome = cancelAfterMs !== undefined ? 'cancelled' : run.exitCode === 0 ? 'success' : 'failure';
    if (outcome === 'cancelled') status.cancelled = true;
    if (outcome === 'failure') status.failed = true;
    records.push({ id, name, uses, outcome, inputs, run });
    if (id) steps[id] = { outcome, conclusion: outcome, outputs: run.outputs };
  }
  // deploy-canary's post-if is failure() || cancelled(); posts run in reverse order of their steps.
  const posts: JobRun['posts'] = [];
  if ((status.failed || status.cancelled) && options.runPost) {
    for (const record of [...records].reverse()) {
      if (ownActionName(record.uses) !== 'deploy-canary' || !record.run || !record.inputs) continue;
      posts.push({ id: record.id, run: await options.runPost('deploy-canary', record.run, record.inputs) });
    }
  }
  return { steps: records, posts };
}
