import * as core from '@actions/core';
import { formatDuration } from '../../lib/durations';
import { InputReader } from '../../lib/inputs';
import { printableUrl, urlCredentials } from '../../lib/printable-url';
import type { PrometheusConnection } from '../../lib/prometheus';
import { checkVar, missingVars } from '../../lib/promql-template';
import { driftSlisFromInputs } from './drift-inputs';
import { untrackedRelativeSlis } from './relative-track';
import { defaultWindowMs } from './scrape-interval';
import { DEFAULT_SLACK, parseAmount, type SliSpec } from './sli';
import { expectedSamples, queriesOf } from './queries';
import { SEQUENTIAL_DEFAULTS } from './sequential';
import type { VerifyPlan } from './verify';

export type OnInconclusive = 'fail' | 'pass' | 'neutral';

export interface VerifyConfig {
  connection: PrometheusConnection;
  plan: VerifyPlan;
  onInconclusive: OnInconclusive;
  failOnBreach: boolean;
}

/**
 * Scrapes further apart than Prometheus' 5-minute lookback already make series vanish between them;
 * the cap turns a mistyped value (7d would make {{window}} 28d) into an input error.
 */
const MAX_SCRAPE_INTERVAL_MS = 600_000;
const SELECTOR = 'namespace="{{namespace}}",release="{{release}}",track="{{track}}"';

/** Queries used when only a budget is given; they fit the metrics of charts/inference-service. */
export const DEFAULT_QUERIES = {
  errorRate: `(sum(rate(http_requests_total{${SELECTOR},code=~"5.."}[{{window}}])) or vector(0)) / sum(rate(http_requests_total{${SELECTOR}}[{{window}}]))`,
  latency: (quantile: number) =>
    `histogram_quantile(${quantile}, sum by (le) (rate(http_request_duration_seconds_bucket{${SELECTOR}}[{{window}}])))`,
  requestCount: `sum(increase(http_requests_total{${SELECTOR}}[{{window}}]))`,
  /** Raw counters for the sequential test (summed per series with the reset rule, never rate()). */
  requestsCounter: `http_requests_total{${SELECTOR}}`,
  errorsCounter: `http_requests_total{${SELECTOR},code=~"5.."}`,
  latencyBuckets: `http_request_duration_seconds_bucket{${SELECTOR}}`,
};

/**
 * Reads every input, reports every problem at once (ConfigurationError), and returns the typed config.
 * An slo-file's reader (yaml, zod) loads only when one is given, so an input error comes at once.
 */
export async function getInputs(reader = new InputReader()): Promise<VerifyConfig> {
  const url = reader.url('prometheus-url', { required: true });
  const bearerToken = reader.secret('bearer-token');
  const basicAuth = reader.secret('basic-auth');
  let basic: PrometheusConnection['basicAuth'];
  if (basicAuth !== undefined) {
    const at = basicAuth.indexOf(':');
    if (at <= 0) reader.problem(`input 'basic-auth': expected user:password`);
    else basic = { username: basicAuth.slice(0, at), password: basicAuth.slice(at + 1) };
    if (basic?.password) core.setSecret(basic.password);
  }
  // Credentials in the URL become basic auth, so the URL itself can be printed (without them).
  const fromUrl = url ? urlCredentials(url) : undefined;
  if (fromUrl && basic)
    reader.problem(`input 'prometheus-url' has credentials and basic-auth is set: give one`);
  basic ??= fromUrl;
  const headers = Object.fromEntries(reader.secretPairs('headers', ':'));
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
      reader.problem(`input 'headers': ${JSON.stringify(name.slice(0, 40))} is not a header name`);
    else if (/[\p{Cc}]/u.test(value.replace(/\t/g, '')))
      reader.problem(`input 'headers': the value of ${name} contains a control character`);
  }
  const connection: PrometheusConnection = {
    url: url ? printableUrl(url).replace(/\/+$/, '') : '',
    bearerToken,
    basicAuth: basic,
    headers,
    caCert: reader.optional('ca-cert'),
    insecureSkipTlsVerify: reader.boolean('insecure-skip-tls-verify', false),
    timeoutMs: reader.duration('query-timeout', { min: 1000 }) ?? 10_000,
    retries: reader.number('retries', { min: 0, max: 10, integer: true }) ?? 3,
  };

  const durationMs = reader.duration('duration', { min: 1000 }) ?? 600_000;
  const intervalMs = reader.duration('interval', { min: 1000 }) ?? 30_000;
  const warmupMs = reader.duration('warmup') ?? 0;
  const compareTo = reader.oneOf('compare-to', ['none', 'baseline', 'stable'] as const, 'none');
  const tolerance = reader.number('tolerance', { min: 0, percent: true }) ?? 0.2;
  const comparing = compareTo !== 'none';
  const quantile = reader.number('latency-quantile', { min: 0.5, max: 0.999 }) ?? 0.95;

  const slis: SliSpec[] = [];
  const errorRate = sliFromInputs(reader, {
    name: 'error-rate',
    queryInput: 'error-rate-query',
    budgetInput: 'max-error-rate',
    unit: 'ratio',
    defaultQuery: DEFAULT_QUERIES.errorRate,
    comparing,
    tolerance,
  });
  if (errorRate) slis.push(errorRate);
  const latency = sliFromInputs(reader, {
    name: 'latency',
    queryInput: 'latency-query',
    budgetInput: 'max-latency',
    unit: 'seconds',
    defaultQuery: DEFAULT_QUERIES.latency(quantile),
    comparing,
    tolerance,
  });
  if (latency) slis.push(latency);
  // Counters default to the default queries' metrics; a custom query is counted only with its counters.
  const requestsCounter = reader.optional('requests-counter');
  const errorsCounter = reader.optional('errors-counter');
  const latencyBuckets = reader.optional('latency-buckets');
  const errorCounts =
    errorRate?.query === DEFAULT_QUERIES.errorRate || (requestsCounter && errorsCounter)
      ? {
          requests: requestsCounter ?? DEFAULT_QUERIES.requestsCounter,
          errors: errorsCounter ?? DEFAULT_QUERIES.errorsCounter,
        }
      : undefined;
  const latencyCounts =
    latency?.query === DEFAULT_QUERIES.latency(quantile) || latencyBuckets
      ? (latencyBuckets ?? DEFAULT_QUERIES.latencyBuckets)
      : undefined;
  // The sequential test needs a share budget strictly between 0 and 1, or a reference to compare with.
  const countable = (b: number | undefined, relative: boolean) =>
    b === undefined ? relative : b > 0 && b < 1;
  if (errorRate && errorCounts && countable(errorRate.budget, errorRate.relative !== undefined)) {
    errorRate.sequential = {
      counts: { kind: 'errors', ...errorCounts },
      budget: errorRate.budget,
      slack: DEFAULT_SLACK.ratio,
      label: 'error share',
    };
  }
  if (latency?.budget !== undefined && latency.budget > 0 && latencyCounts) {
    latency.sequential = {
      counts: { kind: 'latency', buckets: latencyCounts, threshold: latency.budget },
      budget: 1 - quantile,
      slack: DEFAULT_SLACK.ratio,
      label: `share slower than ${formatDuration(latency.budget * 1000)}`,
    };
  }
  slis.push(...driftSlisFromInputs(reader, compareTo));
  const sloFile = reader.optional('slo-file');
  if (sloFile) {
    const { readSloFile } = await import('./slo-file');
    const fromFile = readSloFile(reader.path('slo-file', sloFile), { comparing, tolerance });
    fromFile.problems.forEach((p) => reader.problem(p));
    for (const sli of fromFile.slis) {
      if (slis.some((s) => s.name === sli.name))
        reader.problem(`slo-file: the SLI name ${sli.name} is already used by an input`);
      slis.push(sli);
    }
  }
  if (comparing) untrackedRelativeSlis(slis, compareTo).forEach((p) => reader.problem(p));
  if (slis.length === 0 && !sloFile) {
    reader.problem(
      'no SLI to verify: give max-error-rate, max-latency (with or without their queries), prediction-histogram, prediction-classes or slo-file',
    );
  }

  const vars: Record<string, string> = {
    track: 'canary',
    window: formatDuration(defaultWindowMs(intervalMs)),
  };
  const scrapeIntervalMs = reader.duration('scrape-interval', { min: 1000, max: MAX_SCRAPE_INTERVAL_MS });
  const givenVars = reader.pairs('vars');
  for (const [key, value] of givenVars) {
    const checked = checkVar(key, value);
    if ('problem' in checked) reader.problem(`input 'vars': ${checked.problem}`);
    else vars[key] = checked.value;
  }
  const requestCountQuery = reader.optional('request-count-query') ?? DEFAULT_QUERIES.requestCount;
  const minRequests = reader.number('min-requests', { min: 0, integer: true }) ?? 0;
  const templates = [
    ...slis.map((s) => ({ owner: s.name, query: s.query })),
    ...slis.flatMap((s) =>
      queriesOf(s.sequential?.counts).map((query) => ({ owner: `${s.name} counts`, query })),
    ),
    ...(minRequests > 0 ? [{ owner: 'request-count-query', query: requestCountQuery }] : []),
  ];
  for (const { owner, query } of templates) {
    const missing = missingVars(query, vars);
    if (missing.length) {
      reader.problem(
        `${owner}: no value for ${missing.map((m) => `{{${m}}}`).join(', ')}; set it in the vars input (key=value lines)`,
      );
    }
  }

  const samples = expectedSamples({ durationMs, warmupMs, intervalMs });
  if (samples < 1) {
    reader.problem(
      `duration ${formatDuration(durationMs)} leaves no sample after warmup ${formatDuration(warmupMs)} at interval ${formatDuration(intervalMs)}`,
    );
  }
  const failureLimit = reader.number('failure-limit', { min: 1, integer: true }) ?? 3;
  // A bake time: problems that show some minutes after a rollout (warm-up, leaks) get time to show.
  const minDurationMs = reader.duration('min-duration') ?? Math.round(durationMs * 0.4);
  if (minDurationMs > durationMs) {
    reader.problem(
      `input 'min-duration': ${formatDuration(minDurationMs)} is longer than the duration ${formatDuration(durationMs)}`,
    );
  }
  const minSamples =
    reader.number('min-samples', { min: 1, integer: true }) ?? Math.max(1, Math.ceil(samples / 2));
  if (samples >= 1 && minSamples > samples) {
    reader.problem(
      `input 'min-samples': ${minSamples} is more than the ${samples} samples the duration allows`,
    );
  }
  const onInconclusive = reader.oneOf('on-inconclusive', ['fail', 'pass', 'neutral'] as const, 'fail');
  const decision = reader.oneOf('decision', ['sequential', 'fixed'] as const, 'sequential');
  const alpha =
    reader.number('false-rollback-rate', { min: 0.0001, max: 0.2, percent: true }) ??
    SEQUENTIAL_DEFAULTS.alpha;
  const beta =
    reader.number('missed-regression-rate', { min: 0.0001, max: 0.2, percent: true }) ??
    SEQUENTIAL_DEFAULTS.beta;
  const failOnBreach = reader.boolean('fail-on-breach', true);
  reader.finish();

  return {
    connection: { ...connection, maxRetryWaitMs: intervalMs },
    plan: {
      slis,
      vars,
      referenceTrack: comparing ? compareTo : undefined,
      requestCountQuery: minRequests > 0 ? requestCountQuery : undefined,
      minRequests,
      durationMs,
      intervalMs,
      warmupMs,
      scrapeIntervalMs,
      windowGiven: givenVars.some(([key]) => key === 'window'),
      failureLimit,
      minSamples,
      minDurationMs,
      decision,
      alpha,
      beta,
    },
    onInconclusive,
    failOnBreach,
  };
}

interface SliInputs {
  name: string;
  queryInput: string;
  budgetInput: string;
  unit: 'ratio' | 'seconds';
  defaultQuery: string;
  comparing: boolean;
  tolerance: number;
}

function sliFromInputs(reader: InputReader, s: SliInputs): SliSpec | undefined {
  const query = reader.optional(s.queryInput);
  const budgetText = reader.optional(s.budgetInput);
  if (query === undefined && budgetText === undefined) return undefined;
  let budget: number | undefined;
  if (budgetText !== undefined) {
    budget = parseAmount(budgetText, s.unit);
    const expected =
      s.unit === 'ratio'
        ? 'a fraction from 0 to 1 such as 0.01 (or 1%)'
        : 'a latency such as 500ms, 2s or 0.5';
    if (budget === undefined || budget < 0 || (s.unit === 'ratio' && budget > 1)) {
      reader.invalid(s.budgetInput, expected, budgetText);
      budget = undefined;
    }
  } else if (!s.comparing) {
    reader.problem(`input '${s.queryInput}' needs '${s.budgetInput}' or compare-to to judge it against`);
  }
  return {
    name: s.name,
    query: query ?? s.defaultQuery,
    unit: s.unit,
    direction: 'below',
    budget,
    relative: s.comparing ? { tolerance: s.tolerance, slack: DEFAULT_SLACK[s.unit] } : undefined,
  };
}
