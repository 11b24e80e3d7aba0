// `npm run bench:judgement -- [--scenarios DIR] [--seeds N] [--quick] [--policies a,b] [--scrape-interval 30s] [--out FILE]`:
// every scenario × seed as its own release in one sandbox, every policy judging every release at once
// against the same real Prometheus. Writes the JSON report and prints it as markdown (bench/README.md).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDuration, parseDuration } from '../lib/durations';
import { PrometheusClient } from '../lib/prometheus';
import { compressScenario, compressedClock, TIME_FACTOR } from './judgement/compress';
import { parsePolicies, policyPlan, POLICY_NAMES, type Policy } from './judgement/policies';
import { aggregate, markdown, ratios, type RunRecord } from './judgement/report';
import { exposureQuery, judgeRelease } from './judgement/run';
import { loadBenchScenarios, type BenchScenario } from './judgement/scenarios';
import { startSandboxProcess, type SandboxProcess } from './judgement/sandbox-process';

/**
 * Real time the canary serves before verification starts, so the first rate windows hold data: 12 s
 * plus 3 real scrape intervals, since the sandbox is ready only once Prometheus has scraped every
 * target (up to an interval after it starts).
 */
function leadInMs(realScrapeMs: number): number {
  return 12_000 + 3 * realScrapeMs;
}
/**
 * Releases start spread evenly over this much real time, so that their preflights and samples do not all
 * hit Prometheus at once: over 3 s, the 20-seed suite's 1,920 preflights (about 11,000 queries) timed out
 * on 2 busy cores for up to a real minute, and every policy then judged late readings.
 */
const SPREAD_MS = 30_000;

export interface BenchOptions {
  scenarios: BenchScenario[];
  seeds: number;
  policies: Policy[];
  factor: number;
  /** Prometheus' scrape interval, uncompressed ms (5 s: the 1 s real scrape at factor 5). */
  scrapeIntervalMs: number;
  log(line: string): void;
  /** Called once the sandbox runs, with its stop(), for a signal handler. */
  onSandbox?(stop: () => Promise<void>): void;
}

interface Release {
  scenario: BenchScenario;
  seed: number;
  /** Real ms from the sandbox's start to this release's verification. */
  leadInMs: number;
}

/** Starts the sandbox, judges every release with every policy at once, and stops the sandbox. */
export interface ScrapeHealth {
  /** Scrapes of the simulated service during the run, and how many failed (up == 0). */
  scrapes: number;
  failedScrapes: number;
  /** Uncompressed seconds after the first release started at which scrapes failed. */
  failedAtSeconds: number[];
  maxScrapeSeconds: number;
}

export interface BenchResult {
  runs: RunRecord[];
  scrape: ScrapeHealth;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { factor, policies, log } = options;
  const count = options.scenarios.length * options.seeds;
  const LEAD_IN_MS = leadInMs(options.scrapeIntervalMs / factor);
  const releases: Release[] = options.scenarios.flatMap((scenario, s) =>
    Array.from({ length: options.seeds }, (_, i) => ({
      scenario: { ...scenario, release: `${scenario.release}-${i + 1}`, seed: scenario.seed + i },
      seed: scenario.seed + i,
      leadInMs: LEAD_IN_MS + Math.round((SPREAD_MS * (s * options.seeds + i)) / count),
    })),
  );
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-judgement-'));
  let sandbox: SandboxProcess | undefined;
  try {
    sandbox = await startSandboxProcess(
      releases.map((r) => compressScenario(r.scenario, factor, r.leadInMs)),
      stateDir,
      options.scrapeIntervalMs / factor,
    );
    options.onSandbox?.(sandbox.stop);
    const { startedAt } = sandbox;
    const url = sandbox.env.PROMETHEUS_URL!;
    const late = Date.now() - (startedAt + LEAD_IN_MS);
    if (late > 0)
      log(`warning: the sandbox took ${late} ms longer than the lead-in; scenario changes come early`);

    const client = new PrometheusClient({ url, timeoutMs: 10_000, retries: 3 });
    log(
      `judging ${releases.length} releases with ${policies.map((p) => p.name).join(', ')} ` +
        `(1 uncompressed minute = ${60 / factor} s)`,
    );
    const runs = await Promise.all(
      releases.map(async ({ scenario, seed, leadInMs }) => {
        // Every policy on a release starts at the same moment; releases start spread over SPREAD_MS.
        const start = startedAt + leadInMs;
        await new Promise((resolve) => setTimeout(resolve, start - Date.now()));
        const clock = compressedClock(factor, start);
        return Promise.all(
          policies.map(async (policy) => {
            const plan = await policyPlan(scenario, policy, url, factor, options.scrapeIntervalMs);
            const outcome = await judgeRelease(plan, policy, {
              query: (q, at) => client.query(q, at),
              clock,
            });
            return { scenario, seed, policy, start, outcome };
          }),
        );
      }),
    );
    // Let Prometheus scrape the last decision moments before counting what the canary served.
    const realScrapeMs = options.scrapeIntervalMs / factor;
    await new Promise((resolve) => setTimeout(resolve, Math.max(2000, 2 * realScrapeMs)));
    const scrape = await scrapeHealth(url, startedAt + LEAD_IN_MS, factor);
    const records = await Promise.all(
      runs.flat().map(async ({ scenario, seed, policy, start, outcome }): Promise<RunRecord> => {
        const decidedAt = start + outcome.decisionMs / factor;
        const served = await client.query(
          exposureQuery(scenario.namespace, scenario.release, start, decidedAt, 2 * realScrapeMs),
        );
        return {
          scenario: scenario.name,
          expect: scenario.expect,
          outsideTargets: scenario.outsideTargets,
          seed,
          policy: policy.name,
          verdict: outcome.verdict,
          reason: outcome.reason,
          decisionSeconds: outcome.decisionMs / 1000,
          // A shadow's requests are copies: no user saw its answers.
          exposure: scenario.shadow ? 0 : Math.round(served.values[0] ?? 0),
          queries: outcome.queries,
        };
      }),
    );
    return { runs: records, scrape };
  } finally {
    await sandbox?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

/** Every scrape of the simulated service since `from` (real ms): how many, which failed, the slowest. */
async function scrapeHealth(url: string, from: number, factor: number): Promise<ScrapeHealth> {
  const range = async (metric: string) => {
    const query = `${metric}[${Date.now() - from}ms]`;
    const res = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query })}`);
    const body = (await res.json()) as { data: { result: Array<{ values: Array<[number, string]> }> } };
    return body.data.result.flatMap((r) => r.values.map(([t, v]) => ({ t: t * 1000, v: Number(v) })));
  };
  const up = await range('up');
  const durations = await range('scrape_duration_seconds');
  const failed = up.filter((s) => s.v === 0);
  return {
    scrapes: up.length,
    failedScrapes: failed.length,
    failedAtSeconds: failed.map((s) => Math.round(((s.t - from) * factor) / 1000)),
    maxScrapeSeconds: Math.max(...durations.map((s) => s.v)),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenarios: { type: 'string', default: 'bench/scenarios' },
      seeds: { type: 'string' },
      quick: { type: 'boolean', default: false },
      policies: { type: 'string', default: POLICY_NAMES.join(',') },
      out: { type: 'string' },
      'scrape-interval': { type: 'string', default: '5s' },
    },
  });
  // Uncompressed, like every time in the benchmark: Prometheus scrapes every interval ÷ TIME_FACTOR.
  const scrapeIntervalMs = parseDuration(values['scrape-interval'], 's');
  if (
    scrapeIntervalMs === undefined ||
    scrapeIntervalMs % (1000 * TIME_FACTOR) !== 0 ||
    scrapeIntervalMs <= 0
  ) {
    throw new Error(
      `--scrape-interval: expected whole multiples of ${TIME_FACTOR}s (uncompressed), got ${values['scrape-interval']}`,
    );
  }
  const seeds = Number(values.seeds ?? (values.quick ? 2 : 20));
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new Error(`--seeds: expected a whole number ≥ 1, got ${values.seeds}`);
  // A quick run never overwrites the committed full-run results.
  const out = values.out ?? `bench/results/judgement${values.quick ? '-quick' : ''}.json`;
  const scenarios = loadBenchScenarios(values.scenarios);
  const policies = parsePolicies(values.policies);
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const { runs, scrape } = await runBenchmark({
    scenarios,
    seeds,
    policies,
    factor: TIME_FACTOR,
    scrapeIntervalMs,
    log: (line) => console.error(line),
    onSandbox: (stop) => {
      const shutdown = () => void stop().finally(() => process.exit(130));
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
  });
  const rows = aggregate(runs);
  const report = { rows, ratios: ratios(rows) };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        command: [
          'npm run bench:judgement',
          ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
        ].join(' '),
        date: new Date().toISOString(),
        timeFactor: TIME_FACTOR,
        scrapeIntervalSeconds: scrapeIntervalMs / 1000,
        seeds,
        scrape,
        // Other work on the machine competes with Prometheus and the simulator: 1-minute load averages.
        load: { atStart: loadAtStart, atEnd: loadavg()[0] },
        wallSeconds: Math.round((Date.now() - started) / 1000),
        ...report,
        runs,
      },
      null,
      2,
    )}\n`,
  );
  console.log(markdown(report));
  console.log(
    `- data: ${scrape.scrapes} scrapes of the simulated service, ${scrape.failedScrapes} failed, ` +
      `slowest ${scrape.maxScrapeSeconds.toFixed(3)} s (scrape interval ${formatDuration(scrapeIntervalMs)} uncompressed, ` +
      `${formatDuration(scrapeIntervalMs / TIME_FACTOR)} real)` +
      (scrape.failedScrapes ? `; failed at ${scrape.failedAtSeconds.join(', ')} s (uncompressed)` : ''),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
