import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../../sandbox/scenario';
import { startSandbox, type Sandbox } from '../../../sandbox/start';
import { runBundle } from '../../helpers/run-bundle';
import { scenarioDir, verifyInputs } from '../../helpers/scenarios';

// The drift scenarios run at once in one sandbox (one release each): the bundled verify-slo judges the
// canary's predictions against stable's from the real Prometheus scraping the simulated service.
const dir = join(scenarioDir, 'drift');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => loadScenario(join(dir, f)));
let sandbox: Sandbox;
let stateDir: string;

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'verify-slo-drift-'));
  sandbox = await startSandbox({ scenarios, parts: ['prometheus'], stateDir });
});

afterAll(async () => {
  await sandbox?.stop();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

describe('verify-slo judging prediction drift against real Prometheus', () => {
  it.concurrent.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    const inputs = verifyInputs(scenario, sandbox.env.PROMETHEUS_URL!, { duration: '40s', interval: '2s' });
    const run = await runBundle('verify-slo', { inputs });
    const { verdict, reason } = run.outputs;
    expect(verdict, `${scenario.name}: ${reason}\n${run.stdout}`).toBe(scenario.expect);
    expect(run.exitCode).toBe(scenario.expect === 'pass' ? 0 : 1);
    const results = JSON.parse(run.outputs.results!) as Record<string, { bound: string; last?: number }>;
    expect(Object.keys(results).sort()).toEqual(['error-rate', 'prediction-classes', 'prediction-scores']);
    expect(results['prediction-scores']!.bound).toBe('psi of the score distribution vs stable ≤ 0.1');
    if (verdict === 'fail') {
      // Latency and errors are healthy: the drift is what fails, and the reason says so.
      expect(reason).toMatch(/^prediction-(scores|classes) failed: .*psi [\d.]+ .*above max-drift 0\.1/);
    } else {
      expect(reason).toMatch(/prediction-scores.*psi [\d.e-]+ .*below max-drift 0\.1/);
    }
    expect(run.summary).toContain('prediction-scores: stable (bars) and canary (line), % of predictions');
    expect(run.summary).toContain('**Drift:** psi');
  });
});
