import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  inputFindings,
  loadOwnActions,
  loadReusableWorkflows,
  outputFindings,
  ownActionName,
  readWorkflow,
  usesOf,
  workflowFiles,
} from '../../helpers/workflow-checks';

const files = workflowFiles();
const actions = loadOwnActions();
const reusable = loadReusableWorkflows(files);

it('reads the four actions and the reusable workflow', () => {
  expect([...actions.keys()].sort()).toEqual(['build-scan', 'deploy-canary', 'rollback', 'verify-slo']);
  expect(actions.get('deploy-canary')?.outputs).toContain('stable-revision');
  expect(actions.get('verify-slo')?.inputs['prometheus-url']).toEqual({ required: true, hasDefault: false });
  expect(reusable.get('reusable-canary.yml')?.secrets).toHaveProperty('KUBECONFIG');
});

describe.each(files)('%s', (file) => {
  const workflow: unknown = parse(readWorkflow(file));

  it('runs our actions (so the checks below have something to check)', () => {
    expect(usesOf(workflow).filter((uses) => ownActionName(uses) !== undefined)).not.toEqual([]);
  });

  it('gives our actions and reusable workflow only inputs they declare, and every required one', () => {
    expect(inputFindings(workflow, actions, reusable)).toEqual([]);
  });

  it('reads only outputs that our actions and the jobs declare', () => {
    expect(outputFindings(workflow, actions, reusable)).toEqual([]);
  });
});

const job = (steps: string) => `on: push
jobs:
  canary:
    runs-on: ubuntu-latest
    outputs:
      stable: \${{ steps.deploy.outputs.stable-revision }}
    steps:
${steps}`;

describe('input check', () => {
  it('reports an input the action does not declare and a required input that is missing', () => {
    const workflow = parse(
      job(`      - id: deploy
        uses: org/ml-deploy/actions/deploy-canary@v1
        with:
          release: model-server
          weights: 10,25
`),
    );
    expect(inputFindings(workflow, actions)).toEqual([
      { at: 'jobs.canary.steps[0].with.weights', message: 'actions/deploy-canary has no input "weights"' },
      {
        at: 'jobs.canary.steps[0].with',
        message: 'actions/deploy-canary requires input "chart", which is not given',
      },
    ]);
  });

  it('reports an action that does not exist, and a step with no with: at all', () => {
    const workflow = parse(
      job(`      - uses: org/ml-deploy/actions/deploy@v1
      - uses: org/ml-deploy/actions/verify-slo@v1
`),
    );
    expect(inputFindings(workflow, actions)).toEqual([
      { at: 'jobs.canary.steps[0].uses', message: 'there is no action actions/deploy/action.yml' },
      {
        at: 'jobs.canary.steps[1].with',
        message: 'actions/verify-slo requires input "prometheus-url", which is not given',
      },
    ]);
  });

  it('checks inputs and secrets given to our reusable workflow', () => {
    const workflow = parse(`on: push
jobs:
  canary:
    uses: org/.github/.github/workflows/reusable-canary.yml@main
    with:
      image: ghcr.io/org/model-server:v1
      release: model-server
      environment: production
      weight: 10
    secrets:
      KUBE_CONFIG: x
`);
    expect(inputFindings(workflow, actions, reusable)).toEqual([
      { at: 'jobs.canary.with.weight', message: 'reusable-canary.yml has no input "weight"' },
      {
        at: 'jobs.canary.with',
        message: 'reusable-canary.yml requires input "namespace", which is not given',
      },
      {
        at: 'jobs.canary.secrets.KUBE_CONFIG',
        message: 'reusable-canary.yml declares no secret "KUBE_CONFIG"',
      },
    ]);
  });

  it('leaves third-party actions alone', () => {
    const workflow = parse(job(`      - uses: actions/checkout@v4\n        with:\n          anything: x\n`));
    expect(inputFindings(workflow, actions)).toEqual([]);
  });
});

describe('output check', () => {
  it('reports an output our action does not declare and a step id that does not exist', () => {
    const workflow = parse(
      job(`      - id: deploy
        uses: org/ml-deploy/actions/deploy-canary@v1
        with:
          release: model-server
          chart: charts/inference-service
      - id: verify
        uses: org/ml-deploy/actions/verify-slo@v1
        with:
          prometheus-url: http://prometheus:9090
      - if: \${{ steps.verify.outputs.result == 'fail' }}
        uses: org/ml-deploy/actions/rollback@v1
        with:
          release: model-server
          to-revision: \${{ steps.deploy.outputs['stable_revision'] }}
          reason: \${{ steps.verfiy.outputs.reason }}
`),
    );
    expect(outputFindings(workflow, actions)).toEqual([
      {
        at: 'jobs.canary.steps[2].if',
        message: 'step "verify" runs actions/verify-slo, which declares no output "result"',
      },
      {
        at: 'jobs.canary.steps[2].with.to-revision',
        message: 'step "deploy" runs actions/deploy-canary, which declares no output "stable_revision"',
      },
      { at: 'jobs.canary.steps[2].with.reason', message: 'job "canary" has no step with id "verfiy"' },
    ]);
  });

  it('reports needs.<job>.outputs and workflow_call outputs the job does not declare', () => {
    const workflow = parse(`on:
  workflow_call:
    outputs:
      revision:
        value: \${{ jobs.deploy.outputs.revision }}
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      image: \${{ steps.scan.outputs.image }}
    steps:
      - id: scan
        uses: org/ml-deploy/actions/build-scan@v1
  deploy:
    needs: build
    runs-on: ubuntu-latest
    outputs:
      stable: \${{ steps.deploy.outputs.stable-revision }}
    steps:
      - id: deploy
        uses: org/ml-deploy/actions/deploy-canary@v1
        with:
          release: model-server
          chart: charts/inference-service
          image: \${{ needs.build.outputs.digest }}
`);
    expect(outputFindings(workflow, actions)).toEqual([
      { at: 'jobs.deploy.steps[0].with.image', message: 'job "build" declares no output "digest"' },
      {
        at: 'on.workflow_call.outputs.revision.value',
        message: 'job "deploy" declares no output "revision"',
      },
    ]);
  });
});
