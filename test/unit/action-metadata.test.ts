import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { updateReadme } from '../../scripts/action-docs';
import { repoRoot } from '../helpers/run-bundle';

const actions = readdirSync(join(repoRoot, 'actions')).filter((a) =>
  existsSync(join(repoRoot, 'actions', a, 'action.yml')),
);

describe.each(actions)('actions/%s/action.yml', (name) => {
  const dir = join(repoRoot, 'actions', name);
  const action = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));

  it('runs on node24 from its committed bundle (main and post exist)', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe(`../../dist/${name}/index.js`);
    for (const step of ['main', 'post'].filter((s) => action.runs[s])) {
      const entry = resolve(dir, action.runs[step]);
      expect(existsSync(entry), entry).toBe(true);
      // Each is a stub of scripts/package.mjs starting this action's step in the shared bundle.
      expect(readFileSync(entry, 'utf8')).toContain(`await start('${name}', '${step}');`);
    }
  });

  it('has a name, description and branding, and describes every input and output', () => {
    expect(action.name).toMatch(/\S/);
    expect(action.description).toMatch(/\S/);
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
    for (const [input, spec] of Object.entries<{ description?: string }>(action.inputs ?? {})) {
      expect(input).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(spec.description, input).toMatch(/\S/);
    }
    for (const [output, spec] of Object.entries<{ description?: string }>(action.outputs ?? {})) {
      expect(spec.description, output).toMatch(/\S/);
    }
  });
});

it('README.md documents the current inputs and outputs of every action (npm run docs)', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  expect(updateReadme(readme)).toBe(readme);
  for (const name of actions) expect(readme).toContain(`<!-- action-docs:${name} -->`);
});
