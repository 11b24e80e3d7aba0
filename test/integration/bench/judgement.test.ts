import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report, RunRecord } from '../../../bench/judgement/report';
import { repoRoot } from '../../helpers/run-bundle';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'bench-judgement-it-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench:judgement --quick', () => {
  it('judges one scenario with two policies on the real Prometheus and reports well-formed rows', async () => {
    const scenarios = join(work, 'scenarios');
    mkdirSync(scenarios);
    copyFileSync(join(repoRoot, 'bench/scenarios/errors-10x.yaml'), join(scenarios, 'errors-10x.yaml'));
    const out = join(work, 'judgement.json');
    // On timeout execFile sends SIGTERM, on which the benchmark stops its sandbox.
    const { stdout } = await run(
      join(repoRoot, 'node_modules/.bin/tsx'),
      [
        'bench/judgement.ts',
        '--quick',
        '--scenarios',
        scenarios,
        '--seeds',
        '1',
        '--policies',
        'ours,argo',
        '--out',
        out,
      ],
      { cwd: repoRoot, timeout: 180_000 },
    );

    const report = JSON.parse(readFileSync(out, 'utf8')) as Report & { runs: RunRecord[]; seeds: number };
    expect(report.seeds).toBe(1);
    expect(report.rows.map((r) => [r.scenario, r.policy])).toEqual([
      ['errors-10x', 'ours'],
      ['errors-10x', 'argo'],
    ]);
    for (const row of report.rows) {
      expect(row).toMatchObject({
        expect: 'fail',
        seeds: 1,
        wrongVerdicts: 0,
        falseRollbacks: 0,
        unsafePasses: 0,
        verdicts: { pass: 0, fail: 1, inconclusive: 0, error: 0 },
      });
      // A 10 % error rate is caught within the first minutes, with canary requests served meanwhile.
      expect(row.medianDecisionSeconds).toBeGreaterThan(0);
      expect(row.medianDecisionSeconds).toBeLessThanOrEqual(300);
      expect(row.p90DecisionSeconds).toBe(row.medianDecisionSeconds);
      expect(row.medianExposure).toBeGreaterThan(0);
      expect(row.queriesPerRun).toBeGreaterThan(0);
    }
    expect(report.runs.map((r) => [r.policy, r.verdict])).toEqual([
      ['ours', 'fail'],
      ['argo', 'fail'],
    ]);
    expect(report.runs.find((r) => r.policy === 'argo')!.reason).toMatch(/failed \(1\) > failureLimit \(0\)/);
    expect(report.ratios).toEqual([
      { scenario: 'errors-10x', expect: 'fail', oursPromoted: 0, falseRollbacks: { ours: 0, argo: 0 } },
    ]);
    expect(stdout).toContain('| errors-10x | fail | ours | 1 | 0 | 0 | 0/1/0/0 |');
    expect(stdout).toContain('| errors-10x | fail | argo | 1 | 0 | 0 | 0/1/0/0 |');
    expect(stdout).toMatch(/- data: \d+ scrapes of the simulated service, 0 failed/);
  });
});
