import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { getInputs as buildScanInputs } from '../../../actions/build-scan/inputs';
import { getInputs as deployCanaryInputs } from '../../../actions/deploy-canary/inputs';
import { getInputs as rollbackInputs } from '../../../actions/rollback/inputs';
import { getInputs as verifySloInputs } from '../../../actions/verify-slo/inputs';
import { InputReader } from '../../../lib/inputs';
import {
  evaluateTemplate,
  loadOwnActions,
  stepRuns,
  ownActionSteps,
  readWorkflow,
  workflowFiles,
} from '../../helpers/workflow-checks';

// Each action's own input parsing, as its main() calls it: it throws a ConfigurationError listing every problem.
const PARSERS: Record<string, (source: (name: string) => string) => unknown> = {
  'build-scan': (source) => buildScanInputs(source),
  'deploy-canary': (source) => deployCanaryInputs(new InputReader(source)),
  rollback: (source) => rollbackInputs(new InputReader(source)),
  'verify-slo': (source) => verifySloInputs(new InputReader(source)),
};

const DIGEST_IMAGE = `ghcr.io/org/model-server@sha256:${'a'.repeat(64)}`;

// What a run would have: secrets and variables as the README asks for them, and typical outputs.
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: production
    cluster: { server: 'https://kube.example.com' }
contexts:
  - name: production
    context: { cluster: production, user: deployer }
current-context: production
users:
  - name: deployer
    user: { token: sample-token }
`;
const SECRETS = { KUBECONFIG, PROMETHEUS_TOKEN: 'prometheus-token', GITHUB_TOKEN: 'ghs_sample' };
const VARS = { PROMETHEUS_URL: 'https://prometheus.example.com' };
const GITHUB = { token: 'ghs_sample', sha: 'f'.repeat(40), run_id: '4242', actor: 'octocat' };
const OUTPUTS: Record<string, string> = {
  image: DIGEST_IMAGE,
  'stable-revision': '3',
  revision: '6',
  verdict: 'fail',
  reason: 'error-rate 2.4% above the 1% budget',
};
// Dispatch and call inputs without a default, as a person or a caller would give them.
const INPUTS: Record<string, string> = {
  'image-tag': 'v1.4.2',
  image: DIGEST_IMAGE,
  release: 'model-server',
  namespace: 'ml-serving',
  environment: 'production',
  reason: 'p95 latency regression after v1.4.2',
  'to-revision': '',
};

type Mapping = Record<string, unknown>;
const mapping = (value: unknown): Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Mapping) : {};

function workflowInputs(workflow: Mapping): Mapping {
  const on = mapping(workflow.on);
  const declared = mapping(mapping(on.workflow_dispatch).inputs ?? mapping(on.workflow_call).inputs);
  return Object.fromEntries(
    Object.entries(declared).map(([name, spec]) => {
      const { default: given, options } = mapping(spec) as { default?: unknown; options?: unknown[] };
      const value = given ?? (name in INPUTS ? INPUTS[name] : options?.[0]);
      if (value === undefined) throw new Error(`no sample value for input ${name}: add one to INPUTS`);
      return [name, value];
    }),
  );
}

/** The expression context of the steps of one job: every step of the job has reported its outputs. */
function jobContext(workflow: Mapping, jobId: string): Record<string, unknown> {
  const jobs = mapping(workflow.jobs);
  const job = mapping(jobs[jobId]);
  const base = { inputs: workflowInputs(workflow), secrets: SECRETS, vars: VARS, github: GITHUB };
  const steps = Object.fromEntries(
    (Array.isArray(job.steps) ? job.steps : [])
      .map(mapping)
      .filter((step) => typeof step.id === 'string')
      .map((step) => [step.id, { outcome: 'success', outputs: OUTPUTS }]),
  );
  const needs = Object.fromEntries(
    [job.needs ?? []].flat().map((needed) => {
      const outputs = mapping(mapping(jobs[String(needed)]).outputs);
      const context = jobContext(workflow, String(needed));
      return [
        needed,
        { result: 'success', outputs: mapValues(outputs, (v) => evaluateTemplate(String(v), context)) },
      ];
    }),
  );
  const env = mapValues({ ...mapping(workflow.env), ...mapping(job.env) }, (v) =>
    evaluateTemplate(String(v), base),
  );
  return { ...base, env, steps, needs, job: { status: 'failure' } };
}

const mapValues = (object: Mapping, f: (value: unknown) => string) =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, f(value)]));

const actions = loadOwnActions();
const cases = workflowFiles().flatMap((file) => {
  const workflow = mapping(parse(readWorkflow(file)));
  return ownActionSteps(workflow).map((step) => ({
    title: `${file} jobs.${step.jobId}.steps[${step.index}] (${step.action})`,
    workflow,
    ...step,
  }));
});

// The repository the workflows run in: a Dockerfile at the root, the chart they deploy and the values
// file naming the Gateway (shadow-then-canary.yml).
const workspace = mkdtempSync(join(tmpdir(), 'workflow-workspace-'));
beforeAll(() => {
  mkdirSync(join(workspace, 'charts', 'inference-service'), { recursive: true });
  writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(
    join(workspace, 'charts', 'inference-service', 'Chart.yaml'),
    'apiVersion: v2\nname: inference-service\nversion: 0.1.0\n',
  );
  mkdirSync(join(workspace, 'deploy'));
  writeFileSync(join(workspace, 'deploy', 'gateway.yaml'), 'traffic:\n  gatewayApi:\n    parentRefs: []\n');
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(workspace, { recursive: true, force: true });
});

it('finds the steps of our actions in the examples', () => {
  expect(new Set(cases.map((c) => c.action))).toEqual(new Set(Object.keys(PARSERS)));
});

describe.each(cases)(
  '$file jobs.$jobId.steps[$index] ($action)',
  ({ workflow, jobId, action, with: given }) => {
    it("passes the action's own input validation with the values a run would give it", async () => {
      const context = jobContext(workflow, jobId);
      const spec = actions.get(action);
      expect(spec).toBeDefined();
      const values: Record<string, string> = {};
      for (const [name, input] of Object.entries(spec?.inputs ?? {})) {
        values[name] = name in given ? evaluateTemplate(given[name] ?? '', context) : (input.default ?? '');
      }
      await expect(
        Promise.resolve().then(() => PARSERS[action]?.((name) => values[name] ?? '')),
      ).resolves.not.toThrow();
    });
  },
);

describe('expression evaluation used above', () => {
  const context = {
    inputs: { weights: '10,25', baseline: true, 'image-tag': 'v2' },
    env: { R: 'model-server' },
  };

  it.each([
    ["${{ fromJSON(format('[{0}]', inputs.weights))[1] }}", '25'],
    ["${{ fromJSON(format('[{0}]', inputs.weights))[2] }}", ''],
    ["${{ inputs.baseline && 'baseline' || 'none' }}", 'baseline'],
    ['ghcr.io/org/${{ env.R }}:${{ inputs.image-tag }}', 'ghcr.io/org/model-server:v2'],
  ])('%s is %j', (template, expected) => {
    expect(evaluateTemplate(template, context)).toBe(expected);
  });

  it('makes a bad value fail the action parser', async () => {
    const values: Record<string, string> = {
      release: 'model-server',
      chart: 'charts/inference-service',
      image: 'ghcr.io/org/model-server:${{ inputs.image-tag }}',
      weight: '${{ inputs.weights }}',
    };
    const source = (name: string) => (name in values ? evaluateTemplate(values[name] ?? '', context) : '');
    await expect(deployCanaryInputs(new InputReader(source))).rejects.toThrow(/^input 'weight'.*10,25/m);
  });
});

describe('step conditions (the job runner of the integration tests uses them)', () => {
  const context = { steps: { scan: { outputs: { 'sarif-file': '/tmp/r.sarif' } } } };
  const ok = { failed: false, cancelled: false };
  const failed = { failed: true, cancelled: false };
  const cancelled = { failed: false, cancelled: true };

  it.each([
    [undefined, ok, true],
    [undefined, failed, false],
    ["steps.scan.outputs.sarif-file != ''", ok, true],
    ["steps.scan.outputs.sarif-file != ''", failed, false],
    ['${{ failure() || cancelled() }}', ok, false],
    ['${{ failure() || cancelled() }}', failed, true],
    ['${{ failure() || cancelled() }}', cancelled, true],
    ['${{ failure() }}', cancelled, false],
    ["${{ !cancelled() && steps.scan.outputs.sarif-file != '' }}", failed, true],
    ["${{ !cancelled() && steps.scan.outputs.sarif-file != '' }}", cancelled, false],
    ['${{ always() }}', cancelled, true],
  ])('if: %s with %o runs: %s', (condition, status, runs) => {
    expect(stepRuns(condition, context, status)).toBe(runs);
  });
});
