// Stands in for `@actions/exec` in the bundle (tsconfig.json `paths`): @actions/core imports it for its
// platform details, so every step would load child_process, assert and fs/promises before reading an
// input. Both its functions are async, so @actions/exec is a chunk of its own, loaded on the first call.
import type { ExecOptions, ExecOutput } from '../../node_modules/@actions/exec/lib/exec.js';

export type { ExecListeners, ExecOptions, ExecOutput } from '../../node_modules/@actions/exec/lib/exec.js';

const load = () => import('../../node_modules/@actions/exec/lib/exec.js');

export async function exec(commandLine: string, args?: string[], options?: ExecOptions): Promise<number> {
  return (await load()).exec(commandLine, args, options);
}

export async function getExecOutput(
  commandLine: string,
  args?: string[],
  options?: ExecOptions,
): Promise<ExecOutput> {
  return (await load()).getExecOutput(commandLine, args, options);
}
