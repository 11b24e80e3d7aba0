/**
 * The workflow run a helm revision was made by, written into its description (` run=<id>.<attempt>`), so
 * that rollback can tell a pending revision its own run left (safe to recover at once) from one another
 * run's helm may still be writing.
 */
export interface WorkflowRun {
  id: string;
  attempt: string;
}

const RUN = /\brun=(\d+)(?:\.(\d+))?/;

/**
 * helm shows `Preparing upgrade` as a pending revision's description until it finishes, so the run is also
 * a label of the release record (its Secret), which rollback reads.
 */
export const RUN_LABEL = 'ml-deploy-run';

/**
 * helm merges a release's labels into every later upgrade, so a `helm upgrade` by hand inherits the run
 * label; the revision it was written for tells an inherited label from one written for this revision.
 */
export const RUN_REVISION_LABEL = 'ml-deploy-run-revision';

/** The labels of the revision `revision` that run `run` is about to write. */
export function runLabels(run: WorkflowRun | undefined, revision: number): Record<string, string> {
  return run ? { [RUN_LABEL]: `${run.id}.${run.attempt}`, [RUN_REVISION_LABEL]: String(revision) } : {};
}

/** The run that wrote revision `revision`, from that revision's labels; none for an inherited label. */
export function runFromLabels(
  labels: Record<string, string> | undefined,
  revision: number,
): WorkflowRun | undefined {
  const text = labels?.[RUN_LABEL];
  if (!text || labels?.[RUN_REVISION_LABEL] !== String(revision)) return undefined;
  return runOf(`run=${text}`);
}

/** The run this process belongs to, from the runner's environment; undefined outside Actions. */
export function currentRun(env: NodeJS.ProcessEnv = process.env): WorkflowRun | undefined {
  const id = env.GITHUB_RUN_ID;
  if (!id || !/^\d+$/.test(id)) return undefined;
  return { id, attempt: /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT! : '1' };
}

export function withRun(description: string, run: WorkflowRun | undefined): string {
  return run ? `${description} run=${run.id}.${run.attempt}` : description;
}

export function runOf(description: string): WorkflowRun | undefined {
  const m = RUN.exec(description);
  return m ? { id: m[1]!, attempt: m[2] ?? '1' } : undefined;
}
