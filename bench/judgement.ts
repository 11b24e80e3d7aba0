// `npm run bench:judgement -- [--scenarios DIR] [--seeds N] [--quick] [--policies a,b] [--out FILE]`:
// every scenario × seed as its own release in one sandbox, every policy judging every release at once
// against the same real Prometheus. Writes the JSON report and prints it as markdown (bench/README.md).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PrometheusClient } from '../lib/prometheus';
import { startSandbox, type Sandbox } from '../sandbox/start';
import { compressScenario, compressedClock, TIME_FACTOR } from './judgement/compress';
import { parsePolicies, policyPlan, POLICY_NAMES, type Policy } from './judgement/policies';
import { aggregate, markdown, ratios, type RunRecord } from './judgement/report';
import { exposureQuery, judgeRelease } from './judgement/run';
import { loadBenchScenarios, type BenchScenario } from './judgement/scenarios';

/** Real time the canary serves before verification starts, so the first rate windows hold data. */
const LEAD_IN_MS = 15_000;

export interface BenchOptions {
  scenarios: BenchScenario[];
  seeds: number;
  policies: Policy[];
  factor: number;
  log(line: string): void;
  /** Called once the sandbox runs, with its stop(), for a signal handler. */
  onSandbox?(stop: () => Promise<void>): void;
}

interface Release {
  scenario: BenchScenario;
  seed: number;
}

/** Starts the sandbox, judges every release with every policy at once, and stops the sandbox. */
export interface ScrapeHealth {
  /** Scrapes of the simulated service during the run, and how many failed (up == 0). */
  scrapes: number;
  failedScrapes: number;
  maxScrapeSeconds: number;
}

export interface BenchResult {
  runs: RunRecord[];
  scrape: ScrapeHealth;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { factor, policies, log } = options;
  const releases: Release[] = options.scenarios.flatMap((scenario) =>
    Array.from({ length: options.seeds }, (_, i) => ({
      scenario: { ...scenario, release: `${scenario.release}-${i + 1}`, seed: scenario.seed + i },
      seed: scenario.seed + i,
    })),
  );
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-judgement-'));
  const startedAt = Date.now();
  let sandbox: Sandbox | undefined;
  try {
    sandbox = await startSandbox({
      scenarios: releases.map((r) => compressScenario(r.scenario, factor, LEAD_IN_MS)),
      parts: ['prometheus'],
      stateDir,
    });
    options.onSandbox?.(sandbox.stop);
    const url = sandbox.env.PROMETHEUS_URL!;
    const late = Date.now() - (startedAt + LEAD_IN_MS);
    if (late > 0)
      log(`warning: the sandbox took ${late} ms longer than the lead-in; scenario changes come early`);
    else await new Promise((resolve) => setTimeout(resolve, -late));

    const client = new PrometheusClient({ url, timeoutMs: 10_000, retries: 3 });
    const t0 = Date.now();
    const clock = compressedClock(factor, t0);
    log(
      `judging ${releases.length} releases with ${policies.map((p) => p.name).join(', ')} ` +
        `(1 uncompressed minute = ${60 / factor} s)`,
    );
    const runs = await Promise.all(
      releases.flatMap(({ scenario, seed }) =>
        policies.map(async (policy) => {
          const plan = policyPlan(scenario, policy, url, factor);
          const outcome = await judgeRelease(plan, policy, { query: (q) => client.query(q), clock });
          return { scenario, seed, policy, outcome };
        }),
      ),
    );
    // Let Prometheus scrape the last decision moments before counting what the canary served.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const span = `${Date.now() - t0}ms`;
    const scalar = async (q: string) => (await client.query(q)).values[0] ?? NaN;
    const scrape: ScrapeHealth = {
      scrapes: await scalar(`sum(count_over_time(up[${span}]))`),
      failedScrapes: (await scalar(`sum(count_over_time((up == 0)[${span}:1s]))`)) || 0,
      maxScrapeSeconds: await scalar(`max(max_over_time(scrape_duration_seconds[${span}]))`),
    };
    const records = await Promise.all(
      runs.map(async ({ scenario, seed, policy, outcome }): Promise<RunRecord> => {
        const decidedAt = t0 + outcome.decisionMs / factor;
        const served = await client.query(exposureQuery(scenario.namespace, scenario.release, t0, decidedAt));
        return {
          scenario: scenario.name,
          expect: scenario.expect,
          seed,
          policy: policy.name,
          verdict: outcome.verdict,
          reason: outcome.reason,
          decisionSeconds: outcome.decisionMs / 1000,
          exposure: Math.round(served.values[0] ?? 0),
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenarios: { type: 'string', default: 'bench/scenarios' },
      seeds: { type: 'string' },
      quick: { type: 'boolean', default: false },
      policies: { type: 'string', default: POLICY_NAMES.join(',') },
      out: { type: 'string', default: 'bench/results/judgement.json' },
    },
  });
  const seeds = Number(values.seeds ?? (values.quick ? 2 : 20));
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new Error(`--seeds: expected a whole number ≥ 1, got ${values.seeds}`);
  const scenarios = loadBenchScenarios(values.scenarios);
  const policies = parsePolicies(values.policies);
  const started = Date.now();
  const { runs, scrape } = await runBenchmark({
    scenarios,
    seeds,
    policies,
    factor: TIME_FACTOR,
    log: (line) => console.error(line),
    onSandbox: (stop) => {
      const shutdown = () => void stop().finally(() => process.exit(130));
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
  });
  const rows = aggregate(runs);
  const report = { rows, ratios: ratios(rows) };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(
    values.out,
    `${JSON.stringify(
      {
        command: `npm run bench:judgement -- ${process.argv.slice(2).join(' ')}`.trim(),
        date: new Date().toISOString(),
        timeFactor: TIME_FACTOR,
        seeds,
        scrape,
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
      `slowest ${scrape.maxScrapeSeconds.toFixed(3)} s (interval 1 s)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
