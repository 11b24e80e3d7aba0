import type * as core from '@actions/core';
import { escapeMarkdown } from '../../lib/markdown-escape';
import { daysLeft } from './exceptions';
import type { GatePolicy, GateResult } from './gate';
import { SEVERITIES, type Finding } from './report';

type Summary = typeof core.summary;

export interface SummaryFacts {
  gate?: GateResult;
  policy: GatePolicy;
  /** What was gated: the scanned image, or the report given. */
  source: string;
  image?: string;
  pushed: boolean;
  /** Why nothing was pushed, when it was not. */
  notPushed?: string;
}

const MAX_ROWS = 50;

/** The job summary: verdict, counts, what failed the gate, exceptions applied and when they expire. */
export function buildSummary(summary: Summary, facts: SummaryFacts, today: Date = new Date()): void {
  const { gate, policy } = facts;
  const verdict = gate ? (gate.verdict === 'pass' ? '✅ gate passed' : '❌ gate failed') : 'not scanned';
  summary.addHeading(`build-scan: ${verdict}`, 2);
  const lines: string[] = [`Gated: <code>${esc(facts.source)}</code>`];
  if (facts.image) lines.push(`Image: <code>${esc(facts.image)}</code>${facts.pushed ? ' (pushed)' : ''}`);
  if (facts.notPushed) lines.push(`Not pushed: ${esc(facts.notPushed)}`);
  lines.push(
    `Policy: fail on ${policy.failOn.length ? policy.failOn.join(', ') : 'nothing'}` +
      `${policy.ignoreUnfixed ? ', unfixed vulnerabilities ignored' : ''}`,
  );
  summary.addRaw(lines.join('<br>\n'), true);
  if (!gate) return;

  summary.addHeading('Findings', 3);
  summary.addTable([
    [{ data: 'Vulnerabilities', header: true }, ...SEVERITIES.map((s) => ({ data: s, header: true }))],
    ['unique', ...SEVERITIES.map((s) => String(gate.vulnerabilities[s]))],
  ]);
  summary.addRaw(
    `Secrets: ${gate.secrets} · Misconfigurations (FAIL): ${gate.misconfigurations} · Licenses: ${gate.licenses}` +
      ` · Suppressed by Trivy: ${gate.suppressed.length}` +
      (policy.ignoreUnfixed ? ` · Left out as unfixed: ${gate.unfixed.length}` : ''),
    true,
  );

  if (gate.failures.length) {
    summary.addHeading(`Failed the gate (${gate.failures.length})`, 3);
    summary.addTable([
      ['Severity', 'Finding', 'Package', 'Installed', 'Fixed', 'Where'].map((h) => ({
        data: h,
        header: true,
      })),
      ...gate.failures.slice(0, MAX_ROWS).map(findingRow),
    ]);
    if (gate.failures.length > MAX_ROWS)
      summary.addRaw(`… and ${gate.failures.length - MAX_ROWS} more (see the report file)`, true);
  }

  if (gate.excepted.length || gate.unusedExceptions.length) {
    summary.addHeading('Exceptions', 3);
    summary.addTable([
      ['Exception', 'Package', 'Reason', 'Expires', 'Findings accepted'].map((h) => ({
        data: h,
        header: true,
      })),
      ...policy.exceptions.map((e) => [
        esc(e.id),
        esc(e.package ?? 'any'),
        esc(e.reason),
        `${e.expires} (${plural(daysLeft(e, today), 'day')} left)`,
        String(gate.excepted.filter((x) => x.exception === e).length),
      ]),
    ]);
  }

  if (gate.suppressed.length) {
    summary.addHeading(`Suppressed by Trivy, not counted (${gate.suppressed.length})`, 3);
    summary.addTable([
      ['Finding', 'Package', 'Status', 'Statement', 'Source'].map((h) => ({ data: h, header: true })),
      ...gate.suppressed
        .slice(0, MAX_ROWS)
        .map((s) => [
          esc(s.id),
          esc([s.pkgName, s.installedVersion].filter(Boolean).join(' ')),
          esc(s.status ?? ''),
          esc(s.statement ?? ''),
          esc(s.source ?? ''),
        ]),
    ]);
  }
}

function findingRow(f: Finding): string[] {
  const name =
    f.url && /^https:\/\/[^\s"<>]+$/.test(f.url) ? `<a href="${esc(f.url)}">${esc(f.id)}</a>` : esc(f.id);
  const where = f.targets.map((t) => (f.startLine ? `${t}:${f.startLine}` : t)).join(', ');
  return [
    f.severity,
    `${name}${f.kind === 'vulnerability' ? '' : ` (${f.kind})`}`,
    esc(f.pkgName ?? ''),
    esc(f.installedVersion ?? ''),
    esc(f.fixedVersion ?? (f.kind === 'vulnerability' ? 'no fix' : '')),
    esc(where),
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const esc = escapeMarkdown;
