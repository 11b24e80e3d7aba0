import axios, { AxiosError, type AxiosInstance } from 'axios';
import axiosRetry from 'axios-retry';
import { readFileSync, existsSync } from 'node:fs';
import { Agent } from 'node:https';
import { retryPolicy } from './prometheus-retry';

export interface PrometheusConnection {
  url: string;
  bearerToken?: string;
  basicAuth?: { username: string; password: string };
  headers?: Record<string, string>;
  /** PEM text or a path to a PEM file. */
  caCert?: string;
  insecureSkipTlsVerify?: boolean;
  timeoutMs: number;
  retries: number;
  /** First retry delay; doubles on each retry (with jitter). */
  retryDelayMs?: number;
  /** Longest a query may spend waiting between retries (e.g. the sampling interval); unlimited if unset. */
  maxRetryWaitMs?: number;
}

export interface Series {
  labels: Record<string, string>;
  value: number;
}

export interface QueryValue {
  /** One value per series (empty: no data). NaN and ±Infinity are passed through for the caller to judge. */
  values: number[];
  /** The same values with their series' labels (empty labels for a scalar). */
  series: Series[];
  /** Prometheus' warnings and infos about the query. */
  warnings: string[];
}

export type PrometheusErrorKind = 'bad-query' | 'rejected' | 'unavailable';

/**
 * `bad-query`: Prometheus refused the PromQL (400/422, its own message in `detail`); `rejected`: another
 * 4xx (auth, not found), not retried; `unavailable`: network, timeout, 5xx, 408 or 429 after the retries.
 */
export class PrometheusError extends Error {
  constructor(
    readonly kind: PrometheusErrorKind,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(detail);
    this.name = 'PrometheusError';
  }
}

interface ApiBody {
  status?: string;
  errorType?: string;
  error?: string;
  warnings?: string[];
  infos?: string[];
  data?: { resultType?: string; result?: unknown };
}

/** Instant queries over the HTTP API, with auth, TLS options, a timeout and retries with backoff. */
export class PrometheusClient {
  private readonly http: AxiosInstance;
  queries = 0;

  constructor(private readonly connection: PrometheusConnection) {
    const headers: Record<string, string> = { ...connection.headers };
    if (connection.bearerToken) headers.Authorization = `Bearer ${connection.bearerToken}`;
    const ca = connection.caCert
      ? existsSync(connection.caCert)
        ? readFileSync(connection.caCert, 'utf8')
        : connection.caCert
      : undefined;
    this.http = axios.create({
      baseURL: connection.url.replace(/\/+$/, ''),
      timeout: connection.timeoutMs,
      headers,
      auth: connection.basicAuth,
      httpsAgent:
        ca || connection.insecureSkipTlsVerify
          ? new Agent({ ca, rejectUnauthorized: !connection.insecureSkipTlsVerify })
          : undefined,
    });
    // Every request carries its own retry policy (retryPolicy), with the deadline of that query.
    axiosRetry(this.http);
  }

  /**
   * `at` (epoch ms): evaluate at that moment rather than whenever Prometheus gets to the query, so that
   * readings asked for together are of one moment, retries included.
   */
  async query(promql: string, at?: number): Promise<QueryValue> {
    const body = await this.instantQuery(promql, at);
    const series = extractSeries(body.data);
    return {
      values: series.map((x) => x.value),
      series,
      warnings: [...(body.warnings ?? []), ...(body.infos ?? [])],
    };
  }

  /**
   * The timestamps (epoch ms) of the raw samples a range selector such as `up{job="x"}[5m]` holds, one
   * list per series: how often those series are scraped. Not retried: its caller asks again before the
   * next sample, and retries (up to an interval each, one selector after another) would delay the samples.
   */
  async sampleTimes(selector: string): Promise<number[][]> {
    const body = await this.instantQuery(selector, undefined, 0);
    if (body.data?.resultType !== 'matrix') {
      throw new PrometheusError('bad-query', `${selector} is not a range selector`);
    }
    return ((body.data.result ?? []) as Array<{ values?: Array<[number, string]> }>).map((r) =>
      (r.values ?? []).map(([t]) => t * 1000),
    );
  }

  private async instantQuery(
    promql: string,
    at?: number,
    retries = this.connection.retries,
  ): Promise<ApiBody> {
    this.queries += 1;
    const timeout = `${Math.ceil(this.connection.timeoutMs / 1000)}s`;
    let body: ApiBody;
    try {
      const response = await this.http.post<ApiBody>(
        '/api/v1/query',
        new URLSearchParams({
          query: promql,
          timeout,
          ...(at === undefined ? {} : { time: (at / 1000).toFixed(3) }),
        }),
        {
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          'axios-retry': retryPolicy(
            retries,
            this.connection.retryDelayMs ?? 250,
            Date.now() + (this.connection.maxRetryWaitMs ?? Infinity),
          ),
        },
      );
      body = response.data;
    } catch (error) {
      throw toPrometheusError(error as AxiosError, this.connection);
    }
    if (body?.status !== 'success') {
      throw new PrometheusError(
        'rejected',
        `Prometheus answered without success: ${body?.error ?? 'not a query API answer'}`,
      );
    }
    return body;
  }
}

function toPrometheusError(error: AxiosError, connection: PrometheusConnection): PrometheusError {
  const status = error.response?.status;
  const detail = (error.response?.data as ApiBody | undefined)?.error;
  if (status === undefined) {
    const what = error.code === 'ECONNABORTED' ? `timed out after ${connection.timeoutMs} ms` : error.message;
    return new PrometheusError('unavailable', `Prometheus ${connection.url} unreachable: ${what}`);
  }
  if (status === 400 || status === 422)
    return new PrometheusError('bad-query', detail ?? `HTTP ${status}`, status);
  const kind = status >= 500 || status === 408 || status === 429 ? 'unavailable' : 'rejected';
  return new PrometheusError(
    kind,
    `Prometheus answered HTTP ${status}${detail ? `: ${detail}` : ''}`,
    status,
  );
}

/** Prometheus sample values are strings, with `NaN`, `+Inf` and `-Inf` spelled its own way. */
export function parseSampleValue(text: unknown): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return typeof text === 'string' ? Number(text) : NaN;
}

function extractSeries(data: ApiBody['data']): Series[] {
  const type = data?.resultType;
  if (type === 'scalar') {
    return [{ labels: {}, value: parseSampleValue((data?.result as [number, string] | undefined)?.[1]) }];
  }
  if (type === 'vector') {
    return ((data?.result ?? []) as Array<{ metric?: Record<string, string>; value?: [number, string] }>).map(
      (r) => ({ labels: r.metric ?? {}, value: parseSampleValue(r.value?.[1]) }),
    );
  }
  throw new PrometheusError(
    'bad-query',
    `the query returns a ${type ?? 'missing'} result; an instant vector or scalar is needed (drop the range selector or wrap it in a function such as rate())`,
  );
}
