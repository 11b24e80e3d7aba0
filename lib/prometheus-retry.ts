import type { AxiosError } from 'axios';
import { exponentialDelay, isNetworkError, retryAfter, type IAxiosRetryConfig } from 'axios-retry';

/**
 * 429 (rate limited, as Mimir, Thanos, Grafana Cloud and Amazon Managed Prometheus answer) and 408
 * (request timeout) say "not now", not "wrong request": they are retried like network errors and 5xx.
 */
export function isTransient(error: AxiosError): boolean {
  const status = error.response?.status ?? 0;
  return (
    isNetworkError(error) ||
    error.code === 'ECONNABORTED' ||
    error.code === 'ETIMEDOUT' ||
    status === 408 ||
    status === 429 ||
    status >= 500
  );
}

/**
 * The retry rule of one query: transient failures are retried with exponential backoff, never sooner
 * than the server's `Retry-After` (seconds or an HTTP date), and only while the wait ends before
 * `deadline` (epoch ms): a query that cannot be answered in time gives up, so the caller keeps its cadence.
 */
export function retryPolicy(
  retries: number,
  firstDelayMs: number,
  deadline: number,
  now: () => number = Date.now,
): IAxiosRetryConfig {
  return {
    retries,
    shouldResetTimeout: true,
    retryCondition: (error) => isTransient(error) && now() + retryAfter(error) <= deadline,
    retryDelay: (count, error) =>
      Math.max(retryAfter(error), Math.min(exponentialDelay(count, error, firstDelayMs), deadline - now())),
  };
}
