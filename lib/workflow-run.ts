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

export function runLabels(run: WorkflowRun | undefined): Record<string, string> {
  return run ? { [RUN_LABEL]: `${run.id}.${run.attempt}` } : {};
}

export function parseRun(text: string | undefined): WorkflowRun | undefined {
  return text ? runOf(`run=${text}`) : undefined;
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
