/**
 * Reads Trivy's JSON report (SchemaVersion 2) into findings. Every field may be missing or of the wrong
 * type: such values are read as absent, never trusted. Results are read by the arrays they carry
 * (Vulnerabilities, Secrets, Misconfigurations, Licenses), so every class (os-pkgs, lang-pkgs, secret,
 * config, license, license-file) is covered, including ones without a Class.
 */

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityCounts = Record<Severity, number>;

export type FindingKind = 'vulnerability' | 'secret' | 'misconfiguration' | 'license';

export interface Finding {
  kind: FindingKind;
  /** VulnerabilityID, secret RuleID, misconfiguration ID (or AVDID), or license name. */
  id: string;
  severity: Severity;
  title?: string;
  /** Vulnerabilities and licenses. */
  pkgName?: string;
  installedVersion?: string;
  fixedVersion?: string;
  /** Trivy's vulnerability status: fixed, affected, will_not_fix, end_of_life... */
  status?: string;
  url?: string;
  /** Every target the finding was reported in (a vulnerability repeated across targets is one finding). */
  targets: string[];
  /** Result classes it was reported under. */
  classes: string[];
  startLine?: number;
  /** Highest CVSS v3 score Trivy gave, for SARIF's security-severity. */
  cvss?: number;
}

/** A finding Trivy moved to ExperimentalModifiedFindings (VEX, .trivyignore...): listed, never counted. */
export interface SuppressedFinding {
  type: string;
  id: string;
  status?: string;
  statement?: string;
  source?: string;
  pkgName?: string;
  installedVersion?: string;
  severity: Severity;
  target: string;
}

export interface TrivyReport {
  artifactName?: string;
  artifactType?: string;
  trivyVersion?: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export class ReportError extends Error {
  override name = 'ReportError';
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

export function severityOf(value: unknown): Severity {
  const s = typeof value === 'string' ? value.toUpperCase() : '';
  return (SEVERITIES as readonly string[]).includes(s) ? (s as Severity) : 'UNKNOWN';
}

export function emptyCounts(): SeverityCounts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}

/** Parses the text of a report; `source` names it in error messages. */
export function parseReport(text: string, source: string): TrivyReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportError(`${source} is not JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(data)) {
    throw new ReportError(
      `${source} is a pre-0.20 Trivy report (a bare JSON array): Trivy 0.20 and later write an object with ` +
        'SchemaVersion 2. Re-run the scan with a current Trivy (--format json).',
    );
  }
  if (!isObject(data)) throw new ReportError(`${source} is not a Trivy JSON report (expected an object)`);
  if ('SchemaVersion' in data && data.SchemaVersion !== 2) {
    throw new ReportError(
      `${source} has SchemaVersion ${JSON.stringify(data.SchemaVersion)}; only SchemaVersion 2 is understood`,
    );
  }
  if ('Results' in data && data.Results !== null && !Array.isArray(data.Results)) {
    throw new ReportError(`${source}: Results is not an array`);
  }

  const artifactName = str(data.ArtifactName);
  const findings = new FindingSet();
  const suppressed: SuppressedFinding[] = [];

  for (const result of objects(data.Results)) {
    const target = str(result.Target) ?? artifactName ?? '(unknown target)';
    const cls = str(result.Class) ?? 'unknown';

    for (const v of objects(result.Vulnerabilities)) findings.add(vulnerabilityFinding(v, target, cls));
    for (const s of objects(result.Secrets)) {
      findings.add({
        kind: 'secret',
        id: str(s.RuleID) ?? '(no rule id)',
        severity: severityOf(s.Severity),
        title: str(s.Title) ?? str(s.Category),
        targets: [target],
        classes: [cls],
        startLine: num(s.StartLine),
      });
    }
    for (const m of objects(result.Misconfigurations)) {
      const status = str(m.Status);
      // Trivy writes only failures unless asked for more; a missing status is counted, to be safe.
      if (status !== undefined && status !== 'FAIL') continue;
      const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : {};
      findings.add({
        kind: 'misconfiguration',
        id: str(m.ID) ?? str(m.AVDID) ?? '(no id)',
        severity: severityOf(m.Severity),
        title: str(m.Title) ?? str(m.Message),
        status,
        url: str(m.PrimaryURL),
        targets: [target],
        classes: [cls],
        startLine: num(cause.StartLine),
      });
    }
    for (const l of objects(result.Licenses)) {
      findings.add({
        kind: 'license',
        id: str(l.Name) ?? '(no license name)',
        severity: severityOf(l.Severity),
        title: str(l.Category),
        pkgName: str(l.PkgName),
        url: str(l.Link),
        targets: [str(l.FilePath) ?? target],
        classes: [cls],
      });
    }
    for (const mf of objects(result.ExperimentalModifiedFindings)) {
      const f = isObject(mf.Finding) ? mf.Finding : {};
      suppressed.push({
        type: str(mf.Type) ?? 'unknown',
        id: str(f.VulnerabilityID) ?? str(f.RuleID) ?? str(f.ID) ?? str(f.AVDID) ?? str(f.Name) ?? '(no id)',
        status: str(mf.Status),
        statement: str(mf.Statement),
        source: str(mf.Source),
        pkgName: str(f.PkgName),
        installedVersion: str(f.InstalledVersion),
        severity: severityOf(f.Severity),
        target,
      });
    }
  }

  const trivy = isObject(data.Trivy) ? data.Trivy : {};
  return {
    artifactName,
    artifactType: str(data.ArtifactType),
    trivyVersion: str(trivy.Version),
    findings: findings.list(),
    suppressed,
  };
}

function vulnerabilityFinding(v: Json, target: string, cls: string): Finding {
  return {
    kind: 'vulnerability',
    id: str(v.VulnerabilityID) ?? '(no id)',
    severity: severityOf(v.Severity),
    title: str(v.Title),
    pkgName: str(v.PkgName) ?? str(v.PkgID),
    installedVersion: str(v.InstalledVersion),
    fixedVersion: str(v.FixedVersion),
    status: str(v.Status),
    url: str(v.PrimaryURL) ?? (Array.isArray(v.References) ? str(v.References[0]) : undefined),
    targets: [target],
    classes: [cls],
    cvss: highestCvss(v.CVSS),
  };
}

/**
 * Findings without repeats. A vulnerability is one finding per (VulnerabilityID, PkgName, InstalledVersion)
 * however many targets (or reports) repeat it; its targets are kept, and the highest severity and any fix
 * win. Other findings repeat only when the same rule hits the same target and line.
 */
class FindingSet {
  private readonly byKey = new Map<string, Finding>();

  add(finding: Finding): void {
    const key =
      finding.kind === 'vulnerability'
        ? JSON.stringify([finding.kind, finding.id, finding.pkgName ?? '', finding.installedVersion ?? ''])
        : JSON.stringify([finding.kind, finding.id, finding.pkgName, finding.targets[0], finding.startLine]);
    const seen = this.byKey.get(key);
    this.byKey.set(key, seen ? merge(seen, finding) : finding);
  }

  list(): Finding[] {
    return [...this.byKey.values()];
  }
}

function merge(a: Finding, b: Finding): Finding {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return {
    ...a,
    severity: rank(b.severity) < rank(a.severity) ? b.severity : a.severity,
    fixedVersion: a.fixedVersion ?? b.fixedVersion,
    status: b.status === 'fixed' ? b.status : (a.status ?? b.status),
    title: a.title ?? b.title,
    url: a.url ?? b.url,
    targets: [...new Set([...a.targets, ...b.targets])],
    classes: [...new Set([...a.classes, ...b.classes])],
    cvss: Math.max(a.cvss ?? 0, b.cvss ?? 0) || undefined,
  };
}

/** One report from several (one per scanned platform), with findings merged across them. */
export function mergeReports(reports: readonly TrivyReport[]): TrivyReport {
  if (reports.length === 1) return reports[0]!;
  const findings = new FindingSet();
  for (const report of reports) for (const f of report.findings) findings.add(f);
  return {
    artifactName: reports[0]?.artifactName,
    artifactType: reports[0]?.artifactType,
    trivyVersion: reports[0]?.trivyVersion,
    findings: findings.list(),
    suppressed: reports.flatMap((r) => r.suppressed),
  };
}

function highestCvss(cvss: unknown): number | undefined {
  if (!isObject(cvss)) return undefined;
  const scores = Object.values(cvss)
    .filter(isObject)
    .map((c) => num(c.V3Score) ?? num(c.V40Score))
    .filter((n): n is number => n !== undefined);
  return scores.length ? Math.max(...scores) : undefined;
}
