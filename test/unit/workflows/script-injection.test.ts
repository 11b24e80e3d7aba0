import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readWorkflow, scriptInjectionFindings, workflowFiles } from '../../helpers/workflow-checks';

const files = workflowFiles();

describe.each(files)('%s', (file) => {
  it('puts no untrusted expression (event payload, head ref, inputs) into a run: script', () => {
    const source = readWorkflow(file);
    expect(scriptInjectionFindings(parse(source))).toEqual([]);
  });
});

const withRun = (run: string) =>
  parse(`on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ${JSON.stringify(run)}
`);

describe('script injection check', () => {
  it.each([
    'echo "${{ github.event.pull_request.title }}"',
    'git log -1 ${{ github.event.head_commit.message }}',
    'git checkout ${{ github.head_ref }}',
    "echo ${{ github['event'].issue.body }}",
    'deploy --tag ${{ inputs.image-tag }}',
    "echo ${{ format('{0}', inputs.reason) }}",
    'echo ${{ github.event.inputs.tag }}',
    "echo '${{ toJSON(github) }}'",
    'echo ok\nhelm rollback ${{inputs.release}}',
  ])('reports %s', (run) => {
    expect(scriptInjectionFindings(withRun(run))).toEqual([
      { at: 'jobs.a.steps[0].run', message: expect.stringMatching(/untrusted text .* env:/) },
    ]);
  });

  it.each([
    'echo "$IMAGE_TAG"',
    'echo ${{ github.sha }} ${{ github.run_id }} ${{ github.event_name }}',
    'echo ${{ steps.inputs.outputs.x }} ${{ env.RELEASE }}',
  ])('accepts %s', (run) => {
    expect(scriptInjectionFindings(withRun(run))).toEqual([]);
  });

  it('looks at run: only: inputs in with: and env: are how untrusted values should travel', () => {
    const workflow = parse(`on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: org/ml-deploy/actions/rollback@v1
        with:
          release: \${{ inputs.release }}
      - env:
          TAG: \${{ inputs.tag }}
        run: echo "$TAG"
`);
    expect(scriptInjectionFindings(workflow)).toEqual([]);
  });
});
