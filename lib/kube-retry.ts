import { formatDuration } from './durations';
import {
  apiErrorLine,
  isTransient,
  kubeAccessError,
  retryAfterMs,
  statusOf,
  type KubeRequest,
} from './kube-errors';

/** The longest pause between two attempts, even when Retry-After asks for more. */
export const MAX_RETRY_PAUSE_MS = 30_000;

/**
 * How long to wait before attempt `attempt + 1` (1-based): Retry-After when the answer gives one, else a
 * backoff growing from 250 ms to 5 s.
 */
export function retryPauseMs(error: unknown, attempt: number): number {
  const backoff = Math.min(5000, 250 * 2 ** (attempt - 1));
  // A watch refused with 429 does not show us its Retry-After: wait the API server's usual second.
  const asked = retryAfterMs(error) ?? (statusOf(error) === 429 ? Math.max(1000, backoff) : undefined);
  return Math.min(MAX_RETRY_PAUSE_MS, asked ?? backoff);
}

/** The log line of a retried call: `list pods: 429 Too many requests; retrying in 2s as Retry-After says`. */
export function retryLine(what: string, error: unknown, pauseMs: number, again = 'retrying'): string {
  const asked = retryAfterMs(error) !== undefined ? ' as Retry-After says' : '';
  return `${what}: ${apiErrorLine(error)}; ${again} in ${formatDuration(pauseMs)}${asked}`;
}

export interface RetryOptions {
  /** What the call does, for the refusal and the log line. */
  request: KubeRequest;
  /** Attempts in all (default 20: over a minute of backoff, more when Retry-After asks for it). */
  attempts?: number;
  log: (line: string) => void;
}

/**
 * Calls the API until it answers: transient failures (5xx, 429, no answer) are retried with a logged
 * pause; a refusal (401/403) ends in its one line at once; other errors and the last failure are thrown.
 */
export async function retryTransient<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { request } = options;
  const attempts = options.attempts ?? 20;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const access = kubeAccessError(error, request);
      if (access) throw access;
      if (!isTransient(error) || attempt >= attempts) {
        throw new Error(`${request.verb} ${request.resource}: ${apiErrorLine(error)}`, { cause: error });
      }
      const pause = retryPauseMs(error, attempt);
      options.log(retryLine(`${request.verb} ${request.resource}`, error, pause));
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
