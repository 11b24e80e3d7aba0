import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, templatePropertiesFindings, workflowFiles } from '../../helpers/workflow-checks';
import { repoRoot } from '../../helpers/run-bundle';

const templates = workflowFiles(join(examplesDir, 'workflow-templates'));

it('has organisation workflow templates', () => {
  expect(templates.length).toBeGreaterThanOrEqual(2);
});

describe.each(templates)('%s', (template) => {
  const propertiesFile = template.replace(/\.ya?ml$/, '.properties.json');

  it('has a .properties.json with name, description, icon, categories and file patterns', () => {
    expect(existsSync(join(repoRoot, propertiesFile))).toBe(true);
    const json = readFileSync(join(repoRoot, propertiesFile), 'utf8');
    expect(templatePropertiesFindings(json, propertiesFile)).toEqual([]);
  });

  it('names an octicon, or an SVG icon beside it', () => {
    const { iconName } = JSON.parse(readFileSync(join(repoRoot, propertiesFile), 'utf8')) as {
      iconName: string;
    };
    const svg = join(repoRoot, template, '..', `${iconName}.svg`);
    expect(/^octicon [a-z0-9-]+$/.test(iconName) || existsSync(svg), iconName).toBe(true);
  });
});

describe('template properties check', () => {
  it('reports missing fields, an empty category list and a pattern that is not a regular expression', () => {
    const findings = templatePropertiesFindings(
      JSON.stringify({
        name: 'ML canary',
        iconName: 'octicon rocket',
        categories: [],
        filePatterns: ['^Dockerfile('],
      }),
      'x.properties.json',
    );
    expect(findings.map((f) => f.at)).toEqual([
      'x.properties.json:description',
      'x.properties.json:categories',
      'x.properties.json:filePatterns.0',
    ]);
  });

  it('reports a file that is not JSON', () => {
    expect(templatePropertiesFindings('{ name: ', 'x.properties.json')).toEqual([
      { at: 'x.properties.json', message: expect.stringMatching(/^not JSON/) },
    ]);
  });
});
