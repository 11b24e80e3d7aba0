import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readResults, renderReliability, type RowResult } from '../../scripts/reliability-doc';
import { repoRoot } from '../helpers/run-bundle';
import { chart as referenceChart, clients, startCluster, type Cluster } from './deploy-canary.helpers';
import { FAULT_ROWS, type FaultGroup } from './fault-matrix.rows';

export interface RowSpec {
  /** Emulator options for this row's own cluster (faults, GPU nodes, RBAC). */
  emulator?: Parameters<typeof startCluster>[2];
  /** Drives the bundled actions through the fault and asserts the end state. */
  run(cluster: Cluster): Promise<{ outcome: string; detectMs: number }>;
}

const resultsDir = join(repoRoot, 'docs', 'reliability');

/**
 * One test per row of `group` and helm major, all concurrent (vitest's maxConcurrency bounds the pool), each
 * on its own emulator. After a complete run the group's results are written and docs/reliability.md rendered.
 */
export function faultMatrix(group: FaultGroup, specs: Record<string, RowSpec>, timeoutMs: number): void {
  const rows = FAULT_ROWS.filter((r) => r.group === group);
  const results: RowResult[] = [];

  afterAll(() => {
    if (results.length !== rows.length * clients.length) return;
    results.sort((a, b) => a.id.localeCompare(b.id) || a.helm.localeCompare(b.helm));
    writeFileSync(join(resultsDir, `${group}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(repoRoot, 'docs', 'reliability.md'), renderReliability(readResults()));
  });

  const cases = rows.flatMap((row) => clients.map((client) => [row.id, client[0], row, client] as const));
  test.concurrent.each(cases)(
    '%s with %s',
    async (_id, _client, row, [helmName, version, node]) => {
      const spec = specs[row.id];
      expect(spec, `no test for row ${row.id}`).toBeDefined();
      const cluster = await startCluster(version, node, spec!.emulator);
      try {
        const { outcome, detectMs } = await spec!.run(cluster);
        results.push({ id: row.id, helm: helmName.split(' /')[0]!, outcome, detectMs });
      } finally {
        await cluster.stop();
      }
    },
    timeoutMs,
  );
}

export async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const value = await run();
  return [value, Date.now() - started];
}

/** The step's `::error::` line, as the runner shows it. */
export function errorLine(stdout: string): string {
  return /::error::(.*)/.exec(stdout)?.[1] ?? '';
}

/**
 * A copy of the reference chart in `dir` with a hook Job (`hook`: pre-upgrade, post-upgrade...) named
 * `name`, rendered when the value `valueKey` names its image; the schema accepts that extra value.
 */
export function chartWithHookJob(dir: string, hook: string, name: string, valueKey: string): string {
  const chart = join(dir, 'chart');
  cpSync(referenceChart, chart, { recursive: true });
  writeFileSync(
    join(chart, 'templates', `${name}-hook.yaml`),
    [
      `{{- if .Values.${valueKey} }}`,
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      `  name: {{ .Release.Name }}-${name}`,
      '  annotations:',
      `    helm.sh/hook: ${hook}`,
      '    helm.sh/hook-delete-policy: before-hook-creation',
      'spec:',
      '  backoffLimit: 0',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      `        - name: ${name}`,
      `          image: {{ .Values.${valueKey} }}`,
      '{{- end }}',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(chart, 'values.schema.json'),
    JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' }),
  );
  return chart;
}
