import type { HelmRevision } from './helm';
import { RolloutFailure, type DeploymentSummary } from './rollout-watch';

/** Markdown pieces shared by the summaries of deploy-canary and rollback. */

function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
}

export function table(header: string[], rows: Array<Array<string | number | undefined>>): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The helm history rows from `fromRevision` on (the revisions this run made, with the one it started from). */
export function historyTable(
  history: readonly HelmRevision[],
  fromRevision?: number,
  highlight?: number,
): string {
  const rows = history
    .filter((r) => fromRevision === undefined || r.revision >= fromRevision)
    .slice(-15)
    .map((r) => [
      r.revision === highlight ? `**${r.revision}**` : r.revision,
      r.status,
      r.chart,
      r.appVersion,
      r.updated.replace(/\.\d+/, ''),
      `\`${r.description}\``,
    ]);
  if (rows.length === 0) return '_No helm history._';
  return table(['Revision', 'Status', 'Chart', 'App version', 'Updated', 'Description'], rows);
}

export function deploymentsTable(deployments: readonly DeploymentSummary[]): string {
  if (deployments.length === 0) return '_No Deployments in the release._';
  return table(
    ['Deployment', 'Track', 'Version', 'Image', 'Available'],
    deployments.map((d) => [
      d.name,
      d.track ?? '',
      d.version ?? '',
      `\`${d.image ?? ''}\``,
      `${d.available}/${d.desired}`,
    ]),
  );
}

function fence(text: string): string {
  const body = text.replace(/```/g, '`\u200b``').trimEnd();
  return ['```text', body, '```'].join('\n');
}

/** The reason of a failed rollout with the pod's Events and log tail. */
export function failureMarkdown(error: unknown): string {
  if (!(error instanceof RolloutFailure)) return '';
  const parts = [`**Rollout failed: ${error.reason}.** ${error.message}`];
  if (error.events.length > 0) parts.push(`Events of pod \`${error.pod}\`:`, fence(error.events.join('\n')));
  if (error.logTail.trim() !== '') parts.push(`Last log lines of \`${error.pod}\`:`, fence(error.logTail));
  return parts.join('\n\n');
}

/** What a release action's run leaves for its summary. */
export interface RunReport {
  error?: unknown;
  deployments: readonly DeploymentSummary[];
  history: readonly HelmRevision[];
  revision?: number;
}

/** The sections both release actions end their summaries with: failure, Deployments, Helm history. */
export function rolloutSections(report: RunReport, historyTitle: string, from: number | undefined): string[] {
  const lines: string[] = [];
  const failure = failureMarkdown(report.error);
  if (failure) lines.push(failure, '');
  if (report.deployments.length > 0)
    lines.push('### Deployments', '', deploymentsTable(report.deployments), '');
  lines.push(`### ${historyTitle}`, '', historyTable(report.history, from, report.revision), '');
  return lines;
}
