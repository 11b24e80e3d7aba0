import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../../actions/build-scan/gate';
import { parseReport } from '../../../actions/build-scan/report';
import { toSarif } from '../../../actions/build-scan/sarif';
import { trivyFixtures } from './expected';

/* eslint-disable @typescript-eslint/no-explicit-any */
const read = (name: string) => readFileSync(join(trivyFixtures, name), 'utf8');
const policy = { failOn: ['CRITICAL', 'HIGH'] as const, ignoreUnfixed: false, exceptions: [] };

describe('SARIF', () => {
  it("lists what Trivy's own SARIF lists for the same image (alpine-310)", () => {
    const report = parseReport(read('alpine-310.json'), 'alpine-310.json');
    const ours = toSarif(report, evaluateGate(report, { ...policy, failOn: [...policy.failOn] })) as any;
    const trivys = JSON.parse(read('alpine-310.sarif'));
    const pairs = (sarif: any) =>
      sarif.runs[0].results
        .map((r: any) => `${r.ruleId} ${r.locations[0].message.text.split(': ')[1]} ${r.level}`)
        .sort();
    expect(pairs(ours)).toEqual(pairs(trivys));
    const ruleIds = (sarif: any) => sarif.runs[0].tool.driver.rules.map((r: any) => r.id).sort();
    expect(ruleIds(ours)).toEqual(ruleIds(trivys));
    for (const result of ours.runs[0].results) {
      expect(ours.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    const rule = ours.runs[0].tool.driver.rules.find((r: any) => r.id === 'CVE-2019-1549');
    const theirs = trivys.runs[0].tool.driver.rules.find((r: any) => r.id === 'CVE-2019-1549');
    expect(rule.properties['security-severity']).toBe(theirs.properties['security-severity']);
    expect(ours.version).toBe('2.1.0');
  });

  it('lists everything, with exceptions and VEX-suppressed findings as suppressions', () => {
    const report = parseReport(read('npm-with-suppressed.json'), 'npm.json');
    const exception = { id: 'CVE-2017-20165', reason: 'debug colours are off', expires: '2999-12-31' };
    const sarif = toSarif(
      report,
      evaluateGate(report, { ...policy, failOn: ['HIGH'], exceptions: [exception] }),
    ) as any;
    const results = sarif.runs[0].results;
    expect(results.map((r: any) => [r.ruleId, r.suppressions?.[0]?.justification])).toEqual([
      ['CVE-2017-20165', 'debug colours are off (exception until 2999-12-31)'],
      ['CVE-2017-16137', 'not_affected, vulnerable_code_not_in_execute_path, from ./vex.json'],
    ]);
  });

  it('covers secrets and misconfigurations with their lines', () => {
    for (const name of ['secrets.json', 'dockerfile.json']) {
      const report = parseReport(read(name), name);
      const sarif = toSarif(report, evaluateGate(report, { ...policy, failOn: [] })) as any;
      expect(sarif.runs[0].results.length).toBe(report.findings.length);
    }
    const secrets = parseReport(read('secrets.json'), 'secrets.json');
    const sarif = toSarif(secrets, evaluateGate(secrets, { ...policy, failOn: [] })) as any;
    expect(
      sarif.runs[0].results.map((r: any) => [
        r.ruleId,
        r.level,
        r.locations[0].physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ['aws-access-key-id', 'error', 3],
      ['mysecret', 'error', 7],
    ]);
    // The secret itself is never copied into the SARIF.
    expect(JSON.stringify(sarif)).not.toContain('ghp_');
  });
});
