import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/start';
import { runBundle } from '../helpers/run-bundle';
import { shippedScenarios } from '../helpers/scenarios';

// Production Prometheus scrapes every 30 s (kube-prometheus-stack's ServiceMonitors) or every minute
// (Prometheus' default). The bundled verify-slo runs with the README's example inputs, in real time, against
// the real Prometheus at both intervals. The four runs overlap, so the file takes as long as the slowest.
const SCRAPES = [30, 60] as const;
const scenarios = shippedScenarios().filter((s) => ['healthy-canary', 'error-regression'].includes(s.name));
const sandboxes = new Map<number, Sandbox>();
const stateDirs: string[] = [];

beforeAll(async () => {
  await Promise.all(
    SCRAPES.map(async (seconds) => {
      const stateDir = mkdtempSync(join(tmpdir(), `verify-slo-scrape-${seconds}s-`));
      stateDirs.push(stateDir);
      sandboxes.set(
        seconds,
        await startSandbox({ scenarios, parts: ['prometheus'], stateDir, scrapeIntervalMs: seconds * 1000 }),
      );
    }),
  );
}, 300_000);

afterAll(async () => {
  await Promise.all([...sandboxes.values()].map((s) => s.stop()));
  for (const dir of stateDirs) rmSync(dir, { recursive: true, force: true });
});

/** The README's example inputs. */
const readmeInputs = (url: string, release: string) => ({
  'prometheus-url': url,
  vars: `namespace=ml\nrelease=${release}`,
  'max-error-rate': '1%',
  'max-latency': '300ms',
  duration: '10m',
  interval: '30s',
  warmup: '1m',
});

describe('verify-slo bundle with the README inputs against Prometheus scraping at production intervals', () => {
  const cases = SCRAPES.flatMap((seconds) => scenarios.map((s) => [s.name, seconds, s] as const));

  it.concurrent.each(cases)(
    '%s at a %is scrape',
    async (_, seconds, scenario) => {
      const run = await runBundle('verify-slo', {
        inputs: readmeInputs(sandboxes.get(seconds)!.env.PROMETHEUS_URL!, scenario.release),
        timeoutMs: 12 * 60_000,
      });
      rmSync(run.runnerTemp, { recursive: true, force: true });
      const { verdict, reason } = run.outputs;
      expect(verdict, `${reason}\n${run.stdout}`).toBe(scenario.expect);
      expect(run.exitCode).toBe(scenario.expect === 'pass' ? 0 : 1);
      // The window was sized from the scrape interval learned from the series themselves.
      const window = { 30: '2m', 60: '4m' }[seconds];
      expect(run.stdout).toMatch(
        new RegExp(
          `Window: scrape interval ${seconds === 60 ? '1m' : '30s'} \\(learned from the samples of \\d selectors?\\); \\{\\{window\\}\\} is ${window}`,
        ),
      );
      expect(run.summary).toContain(`[${window}]`);
      if (verdict === 'fail') expect(reason).toMatch(/error-rate/);
      if (verdict === 'pass') {
        // Every rate sample had data: the window holds at least 4 scrapes.
        expect(run.stdout).not.toContain('NO-DATA');
      }
    },
    13 * 60_000,
  );
});
