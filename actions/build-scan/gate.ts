import type { ExceptionEntry } from './exceptions';
import { emptyCounts, type Finding, type Severity, type SeverityCounts, type TrivyReport } from './report';

export interface GatePolicy {
  /** Severities that fail the gate; empty: nothing fails. */
  failOn: readonly Severity[];
  /** Leave out vulnerabilities without a fix (Status other than `fixed`, or no FixedVersion when Status is missing). */
  ignoreUnfixed: boolean;
  exceptions: readonly ExceptionEntry[];
}

export interface ExceptedFinding {
  finding: Finding;
  exception: ExceptionEntry;
}

export interface GateResult {
  verdict: 'pass' | 'fail';
  /** Unique vulnerabilities by severity, before exceptions and ignore-unfixed. */
  vulnerabilities: SeverityCounts;
  secrets: number;
  /** Misconfigurations with status FAIL. */
  misconfigurations: number;
  licenses: number;
  /** What fails the gate. */
  failures: Finding[];
  /** Findings an exception accepted (at any severity). */
  excepted: ExceptedFinding[];
  /** Vulnerabilities left out by ignore-unfixed. */
  unfixed: Finding[];
  /** Exceptions that matched nothing in the report. */
  unusedExceptions: ExceptionEntry[];
  suppressed: TrivyReport['suppressed'];
}

export function hasFix(finding: Finding): boolean {
  return finding.status !== undefined ? finding.status === 'fixed' : finding.fixedVersion !== undefined;
}

export function matches(exception: ExceptionEntry, finding: Finding): boolean {
  if (exception.id.toUpperCase() !== finding.id.toUpperCase()) return false;
  return exception.package === undefined || exception.package === finding.pkgName;
}

export function evaluateGate(report: TrivyReport, policy: GatePolicy): GateResult {
  const vulnerabilities = emptyCounts();
  let secrets = 0;
  let misconfigurations = 0;
  let licenses = 0;
  const failures: Finding[] = [];
  const excepted: ExceptedFinding[] = [];
  const unfixed: Finding[] = [];
  const used = new Set<ExceptionEntry>();
  const failOn = new Set(policy.failOn);

  for (const finding of report.findings) {
    if (finding.kind === 'vulnerability') vulnerabilities[finding.severity]++;
    else if (finding.kind === 'secret') secrets++;
    else if (finding.kind === 'misconfiguration') misconfigurations++;
    else licenses++;

    const exception = policy.exceptions.find((e) => matches(e, finding));
    if (exception) {
      used.add(exception);
      excepted.push({ finding, exception });
      continue;
    }
    if (finding.kind === 'vulnerability' && policy.ignoreUnfixed && !hasFix(finding)) {
      unfixed.push(finding);
      continue;
    }
    if (failOn.has(finding.severity)) failures.push(finding);
  }

  return {
    verdict: failures.length > 0 ? 'fail' : 'pass',
    vulnerabilities,
    secrets,
    misconfigurations,
    licenses,
    failures,
    excepted,
    unfixed,
    unusedExceptions: policy.exceptions.filter((e) => !used.has(e)),
    suppressed: report.suppressed,
  };
}
