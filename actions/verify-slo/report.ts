import { formatDuration } from '../../lib/durations';
import { codeBlock, escapeMarkdown } from '../../lib/markdown-escape';
import { printableUrl } from '../../lib/printable-url';
import { lineChart } from '../../lib/summary';
import { distributionChart } from './drift-report';
import type { VerifyPlan, VerifyResult } from './verify';
import { describeBudget } from './verify';
import { formatValue } from './sli';

export interface SliResult {
  last?: number;
  worst?: number;
  budget?: number;
  bound?: string;
  pass: number;
  fail: number;
  noData: number;
  error: number;
}

/** The `results` output: per SLI, last and worst values, the budget and the counts. */
export function resultsJson(plan: VerifyPlan, result: VerifyResult): Record<string, SliResult> {
  return Object.fromEntries(
    result.tallies.map((t, i) => {
      const sli = plan.slis[i]!;
      return [
        t.name,
        {
          last: t.last?.value,
          worst: t.worst?.value,
          budget: sli.burnRate?.maxBurnRate ?? sli.budget ?? t.last?.bound,
          bound: describeBudget(sli, plan.referenceTrack),
          pass: t.pass,
          fail: t.fail,
          noData: t.noData,
          error: t.error,
        },
      ];
    }),
  );
}

const BADGE = { pass: '✅ PASS', fail: '❌ FAIL', inconclusive: '⚠️ INCONCLUSIVE' } as const;

/** The job summary in Markdown: verdict, reason, a table and a chart per SLI. */
export function summaryMarkdown(plan: VerifyPlan, result: VerifyResult, prometheusUrl: string): string {
  const out: string[] = [
    `## verify-slo: ${result.cancelled ? '⏹️ CANCELLED' : BADGE[result.verdict]}`,
    '',
    `**Reason:** ${escape(result.reason)}`,
    '',
  ];
  out.push(
    '| SLI | budget | last | worst | pass | fail | no data | error |',
    '|---|---|---|---|---|---|---|---|',
  );
  result.tallies.forEach((t, i) => {
    const sli = plan.slis[i]!;
    const unit = sli.burnRate ? 'number' : sli.unit;
    out.push(
      `| ${escape(t.name)} | ${escape(describeBudget(sli, plan.referenceTrack))} | ${formatValue(t.last?.value, unit)} | ${formatValue(t.worst?.value, unit)} | ${t.pass} | ${t.fail} | ${t.noData} | ${t.error} |`,
    );
  });
  out.push('');
  result.tallies.forEach((t, i) => {
    const sli = plan.slis[i]!;
    const samples = result.samples.filter((s) => s.sli === t.name);
    const scale = sli.unit === 'ratio' && !sli.burnRate ? 100 : sli.unit === 'seconds' ? 1000 : 1;
    const yLabel = sli.burnRate
      ? 'burn rate (x)'
      : sli.unit === 'ratio'
        ? '%'
        : sli.unit === 'seconds'
          ? 'ms'
          : 'value';
    out.push(`### ${escapeMarkdown(t.name)}`, '', codeBlock(result.queries.slis[i]!.canary, 'promql'), '');
    if (samples.some((s) => s.value !== undefined)) {
      out.push(
        lineChart(
          `${t.name}: value (first line) and bound (second line)`,
          samples.map((s) => formatDuration(s.elapsedMs)),
          yLabel,
          [
            { name: 'value', values: samples.map((s) => (s.value === undefined ? NaN : s.value * scale)) },
            { name: 'bound', values: samples.map((s) => (s.bound === undefined ? NaN : s.bound * scale)) },
          ],
        ),
        '',
      );
    } else {
      out.push('_No sample had a value to chart._', '');
    }
    const distribution = result.distributions?.[i];
    if (distribution && distribution.bins.length > 0) {
      out.push(distributionChart(t.name, distribution, plan.referenceTrack ?? 'reference'), '');
      out.push(`**Drift:** ${escape(t.last?.reason ?? 'not judged')}`, '');
    }
  });
  const tested = result.tallies.filter((t) => t.sequential);
  if (tested.length > 0) {
    out.push(
      '<details><summary>Sequential test (last sample)</summary>',
      '',
      ...tested.map((t) => `- ${t.name}: ${escape(t.sequential!.detail)}`),
      '',
      '</details>',
      '',
    );
  }
  out.push(
    '<details><summary>Settings</summary>',
    '',
    `Prometheus ${escape(printableUrl(prometheusUrl))}; duration ${formatDuration(plan.durationMs)}, interval ${formatDuration(plan.intervalMs)}, warm-up ${formatDuration(plan.warmupMs)}, failure limit ${plan.failureLimit} in a row, ${plan.minSamples} passing samples needed${plan.minRequests ? `, at least ${plan.minRequests} requests per sample` : ''}; ${result.samples.length} judgements in ${formatDuration(result.elapsedMs)}.`,
    '',
    '</details>',
  );
  return out.join('\n');
}

const escape = escapeMarkdown;
