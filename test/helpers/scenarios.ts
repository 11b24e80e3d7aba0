import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, type Scenario } from '../../sandbox/scenario';
import { repoRoot } from './run-bundle';

export const scenarioDir = join(repoRoot, 'sandbox', 'scenarios');

export function shippedScenarios(): Array<Scenario & { file: string }> {
  return readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ ...loadScenario(join(scenarioDir, f)), file: f }));
}

/** verify-slo inputs for a scenario: its own `verify` block, with its namespace and release as vars. */
export function verifyInputs(scenario: Scenario, prometheusUrl: string, timing: Record<string, string>) {
  const { vars, ...rest } = scenario.verify;
  return {
    'prometheus-url': prometheusUrl,
    vars: [`namespace=${scenario.namespace}`, `release=${scenario.release}`, vars ?? ''].join('\n'),
    ...timing,
    ...rest,
  };
}
