import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDuration } from '../../lib/durations';
import { freePort } from '../free-port';
import type { RunningPart } from '../part';

export interface PrometheusServer extends RunningPart {
  url: string;
}

export interface PrometheusOptions {
  /** host:port targets to scrape (their own labels are kept: honor_labels). */
  targets: string[];
  stateDir: string;
  /** Scrape (and rule evaluation) interval in milliseconds; 1 s by default. Production uses 30 s or 60 s. */
  scrapeIntervalMs?: number;
  binary?: string;
}

/** How long start-up may take before Prometheus answers; the first scrape may come a whole interval later. */
const READY_TIMEOUT_MS = 30_000;

/**
 * Starts the real Prometheus on a free loopback port with a temporary TSDB, scraping the targets at the
 * given interval, and resolves once it is ready and has scraped every target once.
 */
export async function startPrometheus(options: PrometheusOptions): Promise<PrometheusServer> {
  mkdirSync(options.stateDir, { recursive: true });
  const dir = mkdtempSync(join(options.stateDir, 'prometheus-'));
  const intervalMs = options.scrapeIntervalMs ?? 1000;
  if (!(intervalMs >= 1000 && intervalMs % 1000 === 0)) {
    throw new Error(`scrape interval must be whole seconds, at least 1s (got ${intervalMs} ms)`);
  }
  const interval = formatDuration(intervalMs);
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      `  scrape_interval: ${interval}`,
      `  evaluation_interval: ${interval}`,
      'scrape_configs:',
      '  - job_name: inference',
      '    honor_labels: true',
      '    static_configs:',
      `      - targets: [${options.targets.map((t) => JSON.stringify(t)).join(', ')}]`,
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    options.binary ?? 'prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=1d',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitFor(
      async () => (await fetch(`${url}/-/ready`)).ok,
      READY_TIMEOUT_MS,
      () => child.exitCode !== null,
    );
    await waitFor(
      async () => {
        const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent('up')}`);
        const body = (await res.json()) as { data?: { result?: unknown[] } };
        return (body.data?.result?.length ?? 0) >= options.targets.length;
      },
      // Prometheus spreads first scrapes over one interval (a per-target offset), so wait that long too.
      READY_TIMEOUT_MS + 2 * intervalMs,
      () => child.exitCode !== null,
    );
  } catch (error) {
    await stop();
    throw new Error(`Prometheus did not start: ${(error as Error).message}\n${log}`);
  }
  return { name: 'prometheus', url, env: { PROMETHEUS_URL: url }, stop };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, dead: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (dead()) throw new Error('the process exited');
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready after ${timeoutMs / 1000}s`);
}
