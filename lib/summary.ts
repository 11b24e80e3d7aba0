import * as core from '@actions/core';
import { errorMessage } from './errors';

type Summary = typeof core.summary;

/**
 * Builds and writes the job summary. Without GITHUB_STEP_SUMMARY (a local run) the summary is skipped
 * with a note; a write failure is a warning, never a failed step.
 */
export async function writeSummary(build: (summary: Summary) => void): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  try {
    core.summary.emptyBuffer();
    build(core.summary);
    await core.summary.write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

export interface ChartSeries {
  name: string;
  values: number[];
}

/**
 * A Mermaid `xychart-beta` line chart (GitHub renders it in job summaries). Mermaid draws series without
 * a legend, so the caller names them in the title.
 */
export function lineChart(title: string, xLabels: string[], yLabel: string, series: ChartSeries[]): string {
  const all = series.flatMap((s) => s.values).filter(Number.isFinite);
  const max = all.length ? Math.max(...all) : 1;
  const top = max > 0 ? niceCeil(max * 1.1) : 1;
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title ${JSON.stringify(title)}`,
    `  x-axis [${xLabels.map((l) => JSON.stringify(l)).join(', ')}]`,
    `  y-axis ${JSON.stringify(yLabel)} 0 --> ${top}`,
    ...series.map((s) => `  line [${s.values.map((v) => (Number.isFinite(v) ? round(v) : 0)).join(', ')}]`),
    '```',
  ];
  return lines.join('\n');
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}

function niceCeil(v: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / magnitude) * magnitude;
}
