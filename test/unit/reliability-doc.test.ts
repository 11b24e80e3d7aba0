import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readResults, renderReliability } from '../../scripts/reliability-doc';
import { FAULT_ROWS } from '../e2e/fault-matrix.rows';
import { repoRoot } from '../helpers/run-bundle';

test('docs/reliability.md is rendered from the last matrix run and lists every row of the matrix', () => {
  const results = readResults();
  const doc = readFileSync(join(repoRoot, 'docs', 'reliability.md'), 'utf8');
  expect(doc).toBe(renderReliability(results));
  for (const row of FAULT_ROWS) {
    expect(doc).toContain(`| ${row.fault} |`);
    for (const helm of ['helm 3.17', 'helm 4.1']) {
      expect(
        results.some((r) => r.id === row.id && r.helm === helm),
        `${row.id} on ${helm}`,
      ).toBe(true);
    }
  }
});
