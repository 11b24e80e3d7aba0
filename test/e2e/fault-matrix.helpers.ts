import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readResults, renderReliability, type RowResult } from '../../scripts/reliability-doc';
import { repoRoot } from '../helpers/run-bundle';
import { clients, startCluster, type Cluster } from './deploy-canary.helpers';
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
