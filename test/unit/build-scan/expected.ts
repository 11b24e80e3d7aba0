import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/run-bundle';

export const trivyFixtures = join(repoRoot, 'test', 'fixtures', 'trivy');

/** Every Trivy JSON report in test/fixtures/trivy. */
export function fixtureReports(): Array<{ name: string; file: string; json: Record<string, unknown> }> {
  return readdirSync(trivyFixtures)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(trivyFixtures, name);
      return { name, file, json: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
    });
}

export interface Expected {
  vulnerabilities: Record<string, number>;
  secrets: number;
  misconfigurations: number;
  gateFailures: number;
  gate: 'pass' | 'fail';
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * What the gate should say about a report, worked out here straight from Trivy's JSON, independently of
 * the action's code: unique (VulnerabilityID, PkgName, InstalledVersion), ExperimentalModifiedFindings
 * never counted, misconfigurations only when FAIL.
 */
export function expectedFor(
  json: any,
  policy: { failOn?: string[]; ignoreUnfixed?: boolean; exceptionIds?: string[] } = {},
): Expected {
  const failOn = policy.failOn ?? ['CRITICAL', 'HIGH'];
  const excepted = new Set(policy.exceptionIds ?? []);
  const vulns = new Map<string, any>();
  let secrets = 0;
  let misconfigurations = 0;
  let gateFailures = 0;
  for (const result of json.Results ?? []) {
    for (const v of result.Vulnerabilities ?? []) {
      const key = `${v.VulnerabilityID}|${v.PkgName}|${v.InstalledVersion}`;
      if (!vulns.has(key)) vulns.set(key, v);
    }
    for (const s of result.Secrets ?? []) {
      secrets++;
      if (failOn.includes(s.Severity) && !excepted.has(s.RuleID)) gateFailures++;
    }
    for (const m of result.Misconfigurations ?? []) {
      if (m.Status !== 'FAIL') continue;
      misconfigurations++;
      if (failOn.includes(m.Severity) && !excepted.has(m.ID)) gateFailures++;
    }
  }
  const vulnerabilities = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 } as Record<string, number>;
  for (const v of vulns.values()) {
    const severity: string = v.Severity ?? 'UNKNOWN';
    vulnerabilities[severity] = (vulnerabilities[severity] ?? 0) + 1;
    const fixed = v.Status !== undefined ? v.Status === 'fixed' : v.FixedVersion !== undefined;
    if (excepted.has(v.VulnerabilityID)) continue;
    if (policy.ignoreUnfixed && !fixed) continue;
    if (failOn.includes(v.Severity)) gateFailures++;
  }
  return {
    vulnerabilities,
    secrets,
    misconfigurations,
    gateFailures,
    gate: gateFailures > 0 ? 'fail' : 'pass',
  };
}
