import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseScenario, type Scenario } from '../../sandbox/scenario';

const inputs = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));

/** What a benchmark scenario may add to the sandbox's scenario format. */
const benchExtras = z.object({
  /**
   * verify-slo inputs for the policies that judge absolute budgets only (flagger, argo) when `verify`
   * compares against a reference track; by default they take `verify` without its relative inputs.
   */
  absoluteVerify: inputs.optional(),
  /** The canary is a shadow: it serves no user, so its exposure counts as zero. */
  shadow: z.boolean().optional(),
  /**
   * Why the scenario is outside issue 11's ratio targets (exposure ≤ 0.2 × Flagger's on regressions of
   * 2 × the budget or more; time to pass ≤ 0.5 × the fixed window's on healthy canaries). Its ratio is
   * still reported, on a line of its own; a scenario without it counts towards the targets.
   */
  outsideTargets: z.string().optional(),
});

export type BenchScenario = Scenario & {
  expect: NonNullable<Scenario['expect']>;
  absoluteVerify?: Record<string, string>;
  shadow?: boolean;
  outsideTargets?: string;
  file: string;
};

export function parseBenchScenario(text: string, file: string): BenchScenario {
  const scenario = parseScenario(text, file);
  if (!scenario.expect)
    throw new Error(`${file}: a benchmark scenario needs 'expect' (pass, fail or inconclusive)`);
  const extras = benchExtras.safeParse(parse(text));
  if (!extras.success)
    throw new Error(`${file}: ${extras.error.issues[0]?.path.join('.')}: ${extras.error.issues[0]?.message}`);
  const { absoluteVerify, shadow, outsideTargets } = extras.data;
  return { ...scenario, expect: scenario.expect, absoluteVerify, shadow, outsideTargets, file };
}

/** Every *.yaml / *.yml file of a folder, by name; each namespace/release pair must be unique. */
export function loadBenchScenarios(dir: string): BenchScenario[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`no scenario files (*.yaml) in ${dir}`);
  const scenarios = files.map((f) => parseBenchScenario(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
  const seen = new Map<string, string>();
  for (const s of scenarios) {
    const key = `${s.namespace}/${s.release}`;
    const other = seen.get(key);
    if (other) throw new Error(`${s.file} and ${other} both use release ${key}; each scenario needs its own`);
    seen.set(key, s.file);
  }
  return scenarios;
}
