import type { GateResult } from './gate';
import type { Finding, Severity, SuppressedFinding, TrivyReport } from './report';

/**
 * SARIF 2.1.0 for GitHub code scanning, shaped like Trivy's own (one rule per id, security-severity from
 * CVSS), written from the report so it exists without Trivy too. It lists everything: findings the gate
 * ignored are plain results, findings an exception accepted or Trivy suppressed carry `suppressions`.
 */
export function toSarif(report: TrivyReport, gate: GateResult): object {
  const rules: object[] = [];
  const indexes = new Map<string, number>();
  const ruleIndex = (id: string, make: () => object): number => {
    let index = indexes.get(id);
    if (index === undefined) {
      index = rules.push(make()) - 1;
      indexes.set(id, index);
    }
    return index;
  };
  const exceptions = new Map(gate.excepted.map((e) => [e.finding, e.exception]));

  const results: object[] = report.findings.map((finding) => {
    const exception = exceptions.get(finding);
    return {
      ruleId: finding.id,
      ruleIndex: ruleIndex(finding.id, () => rule(finding)),
      level: level(finding.severity),
      message: { text: message(finding) },
      locations: finding.targets.map((target) => location(finding, target, report)),
      ...(exception
        ? {
            suppressions: [
              {
                kind: 'external',
                status: 'accepted',
                justification: `${exception.reason} (exception until ${exception.expires})`,
              },
            ],
          }
        : {}),
    };
  });
  for (const s of gate.suppressed) {
    results.push({
      ruleId: s.id,
      ruleIndex: ruleIndex(s.id, () => suppressedRule(s)),
      level: level(s.severity),
      message: {
        text: `${s.pkgName ? `Package: ${s.pkgName}\n` : ''}${s.type} ${s.id}, ${s.status ?? 'modified'}`,
      },
      locations: [
        physical(s.target, `${s.target}${s.pkgName ? `: ${s.pkgName}@${s.installedVersion ?? ''}` : ''}`),
      ],
      suppressions: [
        {
          kind: 'external',
          status: 'accepted',
          justification: [s.status, s.statement, s.source && `from ${s.source}`].filter(Boolean).join(', '),
        },
      ],
    });
  }

  return {
    version: '2.1.0',
    $schema:
      'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            fullName: 'Trivy Vulnerability Scanner',
            informationUri: 'https://github.com/aquasecurity/trivy',
            ...(report.trivyVersion ? { version: report.trivyVersion } : {}),
            rules,
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
        ...(report.artifactName ? { properties: { artifactName: report.artifactName } } : {}),
      },
    ],
  };
}

const LEVEL: Record<Severity, string> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};
const SCORE: Record<Severity, string> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: '0.0',
};
const RULE_NAME: Record<Finding['kind'], string> = {
  vulnerability: 'Vulnerability',
  secret: 'Secret',
  misconfiguration: 'Misconfiguration',
  license: 'License',
};

function level(severity: Severity): string {
  return LEVEL[severity];
}

function rule(f: Finding): object {
  const name =
    f.kind === 'vulnerability'
      ? f.classes.includes('os-pkgs')
        ? 'OsPackageVulnerability'
        : 'LanguageSpecificPackageVulnerability'
      : RULE_NAME[f.kind];
  return {
    id: f.id,
    name,
    shortDescription: { text: f.title ?? f.id },
    defaultConfiguration: { level: level(f.severity) },
    ...(f.url ? { helpUri: f.url } : {}),
    help: { text: message(f) },
    properties: {
      'security-severity': f.cvss !== undefined ? f.cvss.toFixed(1) : SCORE[f.severity],
      tags: [f.kind, 'security', f.severity],
      precision: 'very-high',
    },
  };
}

function suppressedRule(s: SuppressedFinding): object {
  return {
    id: s.id,
    name: RULE_NAME.vulnerability,
    shortDescription: { text: s.id },
    defaultConfiguration: { level: level(s.severity) },
    properties: { 'security-severity': SCORE[s.severity], tags: [s.type, 'security', s.severity] },
  };
}

function message(f: Finding): string {
  const lines = [
    f.pkgName && `Package: ${f.pkgName}`,
    f.installedVersion && `Installed Version: ${f.installedVersion}`,
    `${RULE_NAME[f.kind]} ${f.id}`,
    `Severity: ${f.severity}`,
    f.title && f.kind !== 'vulnerability' ? `Title: ${f.title}` : undefined,
    f.kind === 'vulnerability' ? `Fixed Version: ${f.fixedVersion ?? ''}` : undefined,
    f.url && `Link: [${f.id}](${f.url})`,
  ];
  return lines.filter(Boolean).join('\n');
}

function location(f: Finding, target: string, report: TrivyReport): object {
  // Like Trivy: OS packages point at the artifact (the image), everything else at its own target.
  const uri = f.classes.includes('os-pkgs') && report.artifactName ? report.artifactName : target;
  const what = f.pkgName ? `${f.pkgName}@${f.installedVersion ?? ''}` : f.id;
  return physical(uri, `${uri}: ${what}`, f.startLine);
}

function physical(uri: string, text: string, line = 1): object {
  return {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
      region: { startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
    },
    message: { text },
  };
}
