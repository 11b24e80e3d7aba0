import * as exec from '@actions/exec';
import { runWithDeadline } from './deadline';
import { CommandError } from './errors';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ExecuteOptions {
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
  /** Return the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
  /** Keep stdout out of the log (large JSON, secrets). */
  silent?: boolean;
  /** Kill the process and throw a DeadlineError when it runs longer. */
  timeoutMs?: number;
}

/**
 * One CLI (helm, docker, trivy...) behind one `execute()`. Arguments are always an array: no shell ever
 * sees user text.
 */
export class Cli {
  constructor(
    readonly tool: string,
    private readonly baseEnv: Record<string, string> = {},
  ) {}

  async execute(args: readonly string[], options: ExecuteOptions = {}): Promise<CommandResult> {
    const env = { ...(process.env as Record<string, string>), ...this.baseEnv, ...options.env };
    const result =
      options.timeoutMs === undefined
        ? await exec.getExecOutput(this.tool, [...args], {
            env,
            cwd: options.cwd,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            ignoreReturnCode: true,
            silent: options.silent ?? false,
          })
        : await runWithDeadline(this.tool, args, {
            env,
            cwd: options.cwd,
            input: options.input,
            silent: options.silent ?? false,
            timeoutMs: options.timeoutMs,
          });
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new CommandError(this.tool, args, result.exitCode, result.stderr);
    }
    return result;
  }
}
