import type { DriftSnapshot } from './drift-track';

/**
 * Both tracks' distributions side by side as a Mermaid `xychart-beta`: the reference as bars, the canary
 * as a line over them, each as % of its predictions (Mermaid draws no legend, so the title says which).
 */
export function distributionChart(name: string, snapshot: DriftSnapshot, referenceTrack: string): string {
  const percent = (counts: number[]) => {
    const total = counts.reduce((s, c) => s + c, 0);
    return counts.map((c) => (total > 0 ? Number(((100 * c) / total).toPrecision(3)) : 0));
  };
  const reference = percent(snapshot.reference);
  const canary = percent(snapshot.canary);
  const top = Math.max(1, Math.ceil(Math.max(...reference, ...canary) * 1.1));
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${JSON.stringify(`${name}: ${referenceTrack} (bars) and canary (line), % of predictions`)}`,
    `  x-axis [${snapshot.bins.map((b) => JSON.stringify(b)).join(', ')}]`,
    `  y-axis "%" 0 --> ${top}`,
    `  bar [${reference.join(', ')}]`,
    `  line [${canary.join(', ')}]`,
    '```',
  ].join('\n');
}
