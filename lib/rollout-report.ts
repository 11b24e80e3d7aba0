import type { HelmRevision } from './helm';
import { codeBlock, escapeMarkdown } from './markdown-escape';
import { RolloutFailure, type DeploymentSummary } from './rollout-watch';

/** Markdown pieces shared by the summaries of deploy-canary and rollback. */

/** Markdown this code wrote around outside text it escaped itself; any other cell is escaped. */
export interface Markup {
  markdown: string;
}

export function markup(markdown: string): Markup {
  return { markdown };
}

/** Outside text as inline code: `<code>` with the text escaped (a backtick span would show the entities). */
export function code(text: string | undefined): Markup {
  return markup(`<code>${escapeMarkdown(text ?? '')}</code>`);
}

export type Cell = string | number | undefined | Markup;

function cell(value: Cell): string {
  return typeof value === 'object' ? value.markdown.replace(/\|/g, '&#124;') : escapeMarkdown(value);
}

export function table(header: string[], rows: Array<Array<Cell>>): string {
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
      r.revision === highlight ? markup(`**${r.revision}**`) : r.revision,
      r.status,
      r.chart,
      r.appVersion,
      r.updated.replace(/\.\d+/, ''),
      code(r.description),
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
      code(d.image),
      `${d.available}/${d.desired}`,
    ]),
  );
}

/** The reason of a failed rollout with the pod's Events and log tail. */
export function failureMarkdown(error: unknown): string {
  if (!(error instanceof RolloutFailure)) return '';
  const pod = escapeMarkdown(error.pod);
  const parts = [`**Rollout failed: ${escapeMarkdown(error.reason)}.** ${escapeMarkdown(error.message)}`];
  if (error.events.length > 0) parts.push(`Events of pod \`${pod}\`:`, codeBlock(error.events.join('\n')));
  if (error.logTail.trim() !== '') parts.push(`Last log lines of \`${pod}\`:`, codeBlock(error.logTail));
  for (const line of error.refused) parts.push(`⚠️ ${escapeMarkdown(line)}`);
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
