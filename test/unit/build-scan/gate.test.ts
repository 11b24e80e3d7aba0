import { describe, expect, it } from 'vitest';
import { evaluateGate, type GatePolicy } from '../../../actions/build-scan/gate';
import { mergeReports, parseReport, ReportError } from '../../../actions/build-scan/report';
import { expectedFor, fixtureReports } from './expected';

const policy = (over: Partial<GatePolicy> = {}): GatePolicy => ({
  failOn: ['CRITICAL', 'HIGH'],
  ignoreUnfixed: false,
  exceptions: [],
  ...over,
});

const report = (json: unknown) => parseReport(JSON.stringify(json), 'report.json');

describe('gate over every shared Trivy fixture', () => {
  const fixtures = fixtureReports();

  it('has the fixtures the README lists', () => {
    expect(fixtures.map((f) => f.name)).toEqual([
      'alpine-310.json',
      'alpine-39-skip.json',
      'centos-6.json',
      'debian-buster.json',
      'dockerfile.json',
      'fluentd-gems.json',
      'npm-with-suppressed.json',
      'secrets.json',
    ]);
  });

  for (const { name, file, json } of fixtures) {
    for (const p of [
      { failOn: ['CRITICAL', 'HIGH'] },
      { failOn: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] },
      { failOn: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'], ignoreUnfixed: true },
    ]) {
      it(`${name}: fail on ${p.failOn.join(',')}${p.ignoreUnfixed ? ', ignore unfixed' : ''}`, () => {
        const expected = expectedFor(json, p);
        const gate = evaluateGate(parseReport(JSON.stringify(json), file), policy(p as Partial<GatePolicy>));
        expect(gate.vulnerabilities).toEqual(expected.vulnerabilities);
        expect(gate.secrets).toBe(expected.secrets);
        expect(gate.misconfigurations).toBe(expected.misconfigurations);
        expect(gate.failures).toHaveLength(expected.gateFailures);
        expect(gate.verdict).toBe(expected.gate);
      });
    }
  }
});

describe('report reading', () => {
  it('rejects a pre-0.20 report (a bare array) saying so', () => {
    expect(() => parseReport('[{"Target":"x","Vulnerabilities":[]}]', 'old.json')).toThrow(
      /old\.json is a pre-0\.20 Trivy report \(a bare JSON array\)/,
    );
  });

  it.each([
    ['{"SchemaVersion":1,"Results":[]}', /SchemaVersion 1; only SchemaVersion 2/],
    ['not json', /is not JSON/],
    ['"text"', /not a Trivy JSON report/],
    ['{"SchemaVersion":2,"Results":{}}', /Results is not an array/],
  ])('rejects %s', (text, message) => {
    expect(() => parseReport(text, 'r.json')).toThrow(ReportError);
    expect(() => parseReport(text, 'r.json')).toThrow(message);
  });

  it('reads a report whose fields are all missing or of the wrong type', () => {
    const r = report({
      SchemaVersion: 2,
      Results: [
        {},
        null,
        { Vulnerabilities: [{}, null, { Severity: 42, VulnerabilityID: 7 }] },
        { Secrets: [{}] },
        { Misconfigurations: [{}, { Status: 'PASS' }] },
        { Licenses: [{}] },
        { ExperimentalModifiedFindings: [{}, { Finding: null }] },
        { Target: 5, Class: [], Vulnerabilities: 'none' },
      ],
    });
    const gate = evaluateGate(r, policy({ failOn: ['UNKNOWN'] }));
    // Two vulnerabilities without any id, package or version are one finding.
    expect(gate.vulnerabilities).toEqual({ CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 1 });
    expect(gate.secrets).toBe(1);
    expect(gate.misconfigurations).toBe(1);
    expect(gate.licenses).toBe(1);
    expect(gate.suppressed).toHaveLength(2);
    expect(gate.failures).toHaveLength(4);
    expect(gate.verdict).toBe('fail');
  });

  it('reads a report with no Results key (alpine-39-skip) as clean', () => {
    const gate = evaluateGate(report({ SchemaVersion: 2, ArtifactName: 'x' }), policy());
    expect(gate.verdict).toBe('pass');
    expect(gate.failures).toEqual([]);
  });

  it('counts a vulnerability repeated across targets once, keeping every target', () => {
    const v = { VulnerabilityID: 'CVE-1', PkgName: 'openssl', InstalledVersion: '1.0', Severity: 'HIGH' };
    const r = report({
      SchemaVersion: 2,
      Results: [
        { Target: 'a', Class: 'os-pkgs', Vulnerabilities: [v, v] },
        {
          Target: 'b',
          Class: 'lang-pkgs',
          Vulnerabilities: [{ ...v, Severity: 'CRITICAL', Status: 'fixed' }],
        },
        { Target: 'c', Vulnerabilities: [{ ...v, InstalledVersion: '1.1' }] },
      ],
    });
    const gate = evaluateGate(r, policy());
    expect(gate.vulnerabilities.CRITICAL + gate.vulnerabilities.HIGH).toBe(2);
    const merged = r.findings.find((f) => f.installedVersion === '1.0')!;
    expect(merged.targets).toEqual(['a', 'b']);
    expect(merged.severity).toBe('CRITICAL');
    expect(merged.status).toBe('fixed');
  });

  it('merges reports of several platforms the same way', () => {
    const v = { VulnerabilityID: 'CVE-1', PkgName: 'zlib', InstalledVersion: '1', Severity: 'HIGH' };
    const amd = report({ SchemaVersion: 2, Results: [{ Target: 'amd64', Vulnerabilities: [v] }] });
    const arm = report({ SchemaVersion: 2, Results: [{ Target: 'arm64', Vulnerabilities: [v] }] });
    const gate = evaluateGate(mergeReports([amd, arm]), policy());
    expect(gate.failures).toHaveLength(1);
    expect(gate.failures[0]!.targets).toEqual(['amd64', 'arm64']);
  });
});

describe('ignore-unfixed', () => {
  const vuln = (extra: Record<string, string>) => ({
    VulnerabilityID: `CVE-${JSON.stringify(extra)}`,
    PkgName: 'p',
    InstalledVersion: '1',
    Severity: 'HIGH',
    ...extra,
  });
  const r = report({
    SchemaVersion: 2,
    Results: [
      {
        Vulnerabilities: [
          vuln({ Status: 'fixed', FixedVersion: '2' }),
          vuln({ Status: 'affected' }),
          vuln({ Status: 'will_not_fix' }),
          vuln({ Status: 'end_of_life' }),
          // Status is what counts when present: a FixedVersion with another status is not a fix.
          vuln({ Status: 'fix_deferred', FixedVersion: '2' }),
          vuln({ FixedVersion: '2' }),
          vuln({}),
        ],
      },
    ],
  });

  it('drops findings whose Status is not fixed, or without FixedVersion when Status is missing', () => {
    const gate = evaluateGate(r, policy({ ignoreUnfixed: true }));
    expect(gate.failures.map((f) => f.id)).toEqual([
      'CVE-{"Status":"fixed","FixedVersion":"2"}',
      'CVE-{"FixedVersion":"2"}',
    ]);
    expect(gate.unfixed).toHaveLength(5);
    // Counts are before ignore-unfixed.
    expect(gate.vulnerabilities.HIGH).toBe(7);
  });

  it('keeps them all when off', () => {
    expect(evaluateGate(r, policy()).failures).toHaveLength(7);
  });
});

describe('exceptions and suppressed findings', () => {
  const debian = fixtureReports().find((f) => f.name === 'debian-buster.json')!;
  const npm = fixtureReports().find((f) => f.name === 'npm-with-suppressed.json')!;

  it('an exception accepts the finding, and is reported with what it matched', () => {
    const exception = { id: 'CVE-2019-18224', reason: 'libidn2 is not reachable', expires: '2999-01-01' };
    const unused = { id: 'CVE-0000-0000', reason: 'old', expires: '2999-01-01' };
    const gate = evaluateGate(report(debian.json), policy({ exceptions: [exception, unused] }));
    expect(gate.verdict).toBe('pass');
    expect(gate.excepted.map((e) => [e.finding.id, e.exception])).toEqual([['CVE-2019-18224', exception]]);
    expect(gate.unusedExceptions).toEqual([unused]);
    expect(gate.vulnerabilities.CRITICAL).toBe(1);
  });

  it('an exception narrowed to another package does not match', () => {
    const exception = { id: 'CVE-2019-18224', reason: 'r', expires: '2999-01-01', package: 'bash' };
    expect(evaluateGate(report(debian.json), policy({ exceptions: [exception] })).verdict).toBe('fail');
  });

  it('lists ExperimentalModifiedFindings as suppressed and never counts them', () => {
    const gate = evaluateGate(report(npm.json), policy({ failOn: ['LOW'] }));
    expect(gate.suppressed).toEqual([
      expect.objectContaining({
        id: 'CVE-2017-16137',
        status: 'not_affected',
        statement: 'vulnerable_code_not_in_execute_path',
        source: './vex.json',
        pkgName: 'debug',
        severity: 'LOW',
      }),
    ]);
    expect(gate.vulnerabilities).toEqual({ CRITICAL: 0, HIGH: 1, MEDIUM: 0, LOW: 0, UNKNOWN: 0 });
    expect(gate.verdict).toBe('pass');
  });
});
