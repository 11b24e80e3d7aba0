// The built dist/ (npm run package) against the size budget of issue 13, and the property the minified
// bundle must keep: an unexpected error's stack names the TypeScript file and line.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionEntry, repoRoot, runBundle } from '../helpers/run-bundle';

const MB = 1_000_000;
const dist = join(repoRoot, 'dist');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const actions = readdirSync(join(repoRoot, 'actions')).filter((a) =>
  existsSync(join(repoRoot, 'actions', a, 'action.yml')),
);
const steps = actions.flatMap((action) =>
  (['main', 'post'] as const)
    .filter((step) => {
      try {
        actionEntry(action, step);
        return true;
      } catch {
        return false;
      }
    })
    .map((step) => ({ action, step, file: actionEntry(action, step) })),
);

describe('dist/ budget', () => {
  it('is at most 10 MB in all, licenses and source maps included', () => {
    const total = files(dist).reduce((sum, file) => sum + statSync(file).size, 0);
    expect(total).toBeLessThanOrEqual(10 * MB);
    expect(files(dist).some((f) => f.endsWith('licenses.txt'))).toBe(true);
    expect(files(dist).some((f) => f.endsWith('.js.map'))).toBe(true);
  });

  it('has no JavaScript file over 6 MB, entry points or chunks', () => {
    for (const file of files(dist).filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))) {
      expect(statSync(file).size, file).toBeLessThanOrEqual(6 * MB);
    }
  });

  it.each(steps)('$action $step: the action.yml file exists and the bundle file it loads too', ({ file }) => {
    expect(statSync(file).size).toBeLessThanOrEqual(6 * MB);
    const targets = [...readFileSync(file, 'utf8').matchAll(/import\('(\.[^']+)'\)/g)].map((m) => m[1]);
    expect(targets).toHaveLength(1);
    for (const target of targets) {
      expect(existsSync(resolve(dirname(file), target!)), target).toBe(true);
    }
  });
});

describe('an unexpected error in the minified bundle', () => {
  const work = mkdtempSync(join(tmpdir(), 'dist-budget-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is logged with a stack naming the TypeScript file and line', async () => {
    // Outputs cannot be written (the file-command file is missing): not a configuration error.
    const report = join(repoRoot, 'test', 'fixtures', 'trivy', 'alpine-310.json');
    const run = await runBundle('build-scan', {
      inputs: { 'trivy-report': report, sarif: 'false' },
      env: { GITHUB_OUTPUT: join(work, 'missing', 'output') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::Missing file at path');
    const stack = /^::debug::(.*)$/m.exec(run.stdout)?.[1] ?? '';
    expect(stack).toMatch(/lib\/action\.ts:\d+:\d+/);
    expect(stack).toMatch(/actions\/build-scan\/main\.ts:\d+:\d+/);
  });
});
