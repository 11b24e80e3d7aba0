import { spawn } from 'node:child_process';
import type { ConfigurationOptions, RequestContext, ResponseContext } from '@kubernetes/client-node';
// The deep path keeps the rest of client-node out of the bundle (see kube-client.ts).
import { Observable } from '@kubernetes/client-node/dist/gen/rxjsStub.js';
import { cancellation, CancelledError } from './cancellation';
import { formatDuration } from './durations';
import { lastLine } from './errors';

/** A call that did not answer in time: the process was killed, or the request aborted. */
export class DeadlineError extends Error {
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
  ) {
    super(`${what} did not finish within ${formatDuration(timeoutMs)}`);
    this.name = 'DeadlineError';
  }
}

export interface DeadlineRunOptions {
  env: Record<string, string>;
  cwd?: string;
  input?: string;
  silent: boolean;
  timeoutMs: number;
}

/** After SIGTERM, how long a CLI gets to write its state (helm marks nothing, but kubectl flushes) before SIGKILL. */
const KILL_GRACE_MS = 5_000;

/**
 * Runs a CLI as @actions/exec would (the `[command]` line, output streamed unless silent), but kills it at
 * its deadline: @actions/exec has no way to stop a process that hangs on an API that never answers. When
 * the job is cancelled the CLI is interrupted as a terminal would (helm then records its revision failed),
 * and killed if it does not stop within the grace.
 */
export function runWithDeadline(
  tool: string,
  args: readonly string[],
  options: DeadlineRunOptions,
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  if (cancellation.aborted) return Promise.reject(new CancelledError(`before ${tool} ${args[0] ?? ''}`));
  if (!options.silent) process.stdout.write(`[command]${tool} ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args], { env: options.env, cwd: options.cwd, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    let expired = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!options.silent) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!options.silent) process.stderr.write(chunk);
    });
    let killer: NodeJS.Timeout | undefined;
    const stop = (signal: NodeJS.Signals) => {
      child.kill(signal);
      killer ??= setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => {
      expired = true;
      stop('SIGTERM');
    }, options.timeoutMs);
    const interrupt = () => stop('SIGINT');
    cancellation.addEventListener('abort', interrupt, { once: true });
    const settle = () => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      cancellation.removeEventListener('abort', interrupt);
    };
    child.on('error', (error) => {
      settle();
      reject(error);
    });
    child.on('close', (code, signal) => {
      settle();
      const command = `${tool} ${args[0] ?? ''}`;
      if (cancellation.aborted) {
        const how = signal === 'SIGKILL' ? 'killed' : `stopped: ${lastLine(stderr) || `exit ${code}`}`;
        reject(new CancelledError(`during ${command} (${how})`));
      } else if (expired) reject(new DeadlineError(command, options.timeoutMs));
      else resolve({ stdout, stderr, exitCode: code ?? 1 });
    });
    // A process that exits without reading its input closes the pipe: nothing to report.
    child.stdin.on('error', () => undefined);
    if (options.input === undefined) child.stdin.end();
    else child.stdin.end(options.input);
  });
}

/** client-node request options that abort a request (answer and body) not done within `timeoutMs`. */
export function apiDeadline(timeoutMs: number): ConfigurationOptions {
  return {
    middleware: [
      {
        pre: (context: RequestContext) => {
          context.setSignal(AbortSignal.timeout(timeoutMs));
          return new Observable(Promise.resolve(context));
        },
        post: (context: ResponseContext) => new Observable(Promise.resolve(context)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

/** Whether an error is a request aborted by `apiDeadline`. */
export function isAborted(error: unknown): boolean {
  const name = (error as { name?: string; type?: string } | undefined)?.name;
  const type = (error as { type?: string } | undefined)?.type;
  return name === 'AbortError' || name === 'TimeoutError' || type === 'aborted';
}
