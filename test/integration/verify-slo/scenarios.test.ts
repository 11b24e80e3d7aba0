import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/start';
import { nodeRuntimes, runBundle } from '../../helpers/run-bundle';
import { shippedScenarios, verifyInputs } from '../../helpers/scenarios';

// Every shipped scenario runs at once in one sandbox (each has its own release), so the suite takes
// about one verification's duration.
const scenarios = shippedScenarios();
const timing = { duration: '30s', interval: '2s' };
let sandbox: Sandbox;
let prometheusUrl: string;
const stateDir = mkdtempSync(join(tmpdir(), 'verify-slo-it-'));

beforeAll(async () => {
  sandbox = await startSandbox({ scenarios, parts: ['prometheus'], stateDir });
  prometheusUrl = sandbox.env.PROMETHEUS_URL!;
});

afterAll(async () => {
  await sandbox?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('verify-slo bundle against real Prometheus scraping the simulated service', () => {
  it.concurrent.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    const run = await runBundle('verify-slo', { inputs: verifyInputs(scenario, prometheusUrl, timing) });
    const { verdict, reason, results } = run.outputs;

    expect(verdict, `${scenario.name}: ${reason}\n${run.stdout}`).toBe(scenario.expect);
    expect(run.exitCode).toBe(scenario.expect === 'pass' ? 0 : 1);
    const perSli = JSON.parse(results!) as Record<string, { pass: number; fail: number; noData: number }>;
    const names = Object.keys(perSli);
    expect(names.length).toBeGreaterThan(0);
    if (verdict === 'fail') {
      // The reason names the SLI, its value and the budget it broke.
      expect(reason).toMatch(new RegExp(`^(${names.join('|')})(:| failed)`));
      expect(reason).toMatch(
        /\d(\.\d+)? ?(%|ms|s) (> (budget|bound)|\(\d+\/[\d,]+\) vs budget)|\(budget [\d.]+ ?(%|ms|s)\)/,
      );
    }
    if (verdict === 'inconclusive') {
      // Judged only against a reference, an undecided comparison; otherwise samples without data.
      const comparedOnly = scenario.verify['compare-to'] && !scenario.verify['max-error-rate'];
      expect(reason).toMatch(
        comparedOnly
          ? /^error-rate: [\d.]+ % of [\d,]+ canary requests failed against [\d.]+ % of [\d,]+ baseline requests .*no evidence that it is good$/
          : /without data/,
      );
    }
    if (verdict === 'pass') {
      for (const sli of Object.values(perSli)) expect(sli.fail).toBeLessThan(sli.pass);
    }

    const samples = readFileSync(run.outputs['samples-file']!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(samples.length).toBeGreaterThan(0);
    expect(new Set(samples.map((s) => s.sli))).toEqual(new Set(names));
    expect(run.summary).toContain('## verify-slo:');
    const charted = samples.some((s) => s.value !== undefined);
    expect(run.summary).toContain(charted ? 'xychart-beta' : 'No sample had a value to chart');
    expect(run.stdout).toMatch(/\[1\/15 2s\]/);
  });

  it('runs on node 24, the runtime action.yml declares', async () => {
    const healthy = scenarios.find((s) => s.expect === 'pass' && !s.verify['compare-to'])!;
    const run = await runBundle('verify-slo', {
      node: nodeRuntimes.node24,
      inputs: verifyInputs(healthy, prometheusUrl, { duration: '6s', interval: '2s' }),
    });
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('pass');
    expect(run.exitCode).toBe(0);
  });

  it('fails at once on a PromQL syntax error, naming the SLI, the resolved query and Prometheus’ message', async () => {
    const run = await runBundle('verify-slo', {
      inputs: {
        'prometheus-url': prometheusUrl,
        'error-rate-query': 'sum(rate(http_requests_total{release="{{release}}"}[{{window}}]) /',
        'max-error-rate': '0.01',
        vars: 'release=healthy',
        duration: '10m',
        interval: '30s',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Prometheus rejected the query of error-rate');
    expect(run.stdout).toContain('parse error');
    expect(run.stdout).toContain('Query: sum(rate(http_requests_total{release="healthy"}[1m]) /');
    expect(run.outputs.verdict).toBeUndefined();
    expect(run.stdout).not.toMatch(/\[1\//);
  });

  it('is inconclusive, with the reason, when Prometheus is unreachable', async () => {
    const run = await runBundle('verify-slo', {
      inputs: {
        'prometheus-url': 'http://127.0.0.1:9', // discard port: nothing listens
        'max-error-rate': '0.01',
        vars: 'namespace=ml\nrelease=healthy',
        duration: '6s',
        interval: '2s',
        retries: '1',
        'on-inconclusive': 'neutral',
      },
    });
    expect(run.outputs.verdict).toBe('inconclusive');
    expect(run.outputs.reason).toMatch(/unreachable/);
    expect(run.exitCode).toBe(0);
  });
});
