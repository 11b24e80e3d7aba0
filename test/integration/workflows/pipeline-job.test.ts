import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBundle } from '../../../sandbox/runner';
import { startSandbox, type Sandbox } from '../../../sandbox/start';
import { chart, clients, REPO, until } from '../../e2e/deploy-canary.helpers';
import { shippedScenarios } from '../../helpers/scenarios';
import { readWorkflow } from '../../helpers/workflow-checks';
import { tool } from '../kube/helpers';
import { runJob } from './job-runner';
import { tempDir } from '../../helpers/temp-dir';

// The canary job of pipeline.yml as written (its conditions, inputs and output wiring), with the bundled
// actions against the sandbox: the kube emulator, the simulated service and a real Prometheus. Only the
// verification windows are shortened.
const pipeline: unknown = parse(readWorkflow('workflows-examples/pipeline.yml'));
const timing = { duration: '24s', interval: '2s', warmup: '6s' };
const shipped = shippedScenarios();
const healthy = shipped.find((s) => s.name === 'healthy-canary')!;
// A healthy canary whose run is cancelled during the first verification, on a release of its own.
const cancelled = { ...healthy, name: 'healthy-canary, run cancelled', release: 'cancelled' };
const scenarios = [...shipped.filter((s) => s.name === 'error-regression'), healthy, cancelled];
const work = tempDir('pipeline-job-');
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ scenarios, parts: ['kube', 'prometheus'], stateDir: join(work, 'state') });
});

afterAll(async () => sandbox?.stop());

describe('pipeline.yml, job canary, on the sandbox', () => {
  it.concurrent.each(scenarios.map((s, i) => [s.name, s, clients[i % clients.length]!] as const))(
    '%s',
    async (_name, scenario, [, version, node]) => {
      const { namespace, release } = scenario;
      const stable = scenario.tracks.stable!;
      const canary = scenario.tracks.canary!;
      const env = {
        KUBECONFIG: sandbox.env.KUBECONFIG!,
        PATH: `${dirname(tool(version, 'helm'))}:${process.env.PATH}`,
        HOME: join(work, scenario.name),
      };
      const installed = await runBundle('deploy-canary', {
        node,
        env,
        inputs: {
          release,
          namespace,
          chart,
          image: `${REPO}:${stable.version}`,
          set: `replicaCount=${stable.pods}\ncanary.replicas=${canary.pods}`,
        },
      });
      expect(installed.exitCode, installed.stdout).toBe(0);

      const { steps, posts } = await runJob(pipeline, 'canary', {
        context: {
          env: { RELEASE: release, NAMESPACE: namespace, CHART: chart },
          secrets: { KUBECONFIG: sandbox.env.KUBECONFIG!, PROMETHEUS_TOKEN: '' },
          vars: { PROMETHEUS_URL: sandbox.env.PROMETHEUS_URL! },
          github: { token: '', run_id: '7', sha: '0123456789abcdef0123456789abcdef01234567' },
          needs: { build: { result: 'success', outputs: { image: `${REPO}:${canary.version}` } } },
          inputs: {},
        },
        overrides: { 'verify-slo': timing },
        cancel: scenario === cancelled ? { stepId: 'verify-10', afterMs: 8000 } : undefined,
        runAction: (action, inputs) => runBundle(action, { node, env, inputs }),
        runPost: (action, run, inputs) =>
          runBundle(action, { node, env, inputs, post: { state: run.state, runnerTemp: run.runnerTemp } }),
      });
      const byId = Object.fromEntries(steps.filter((s) => s.id).map((s) => [s.id!, s]));
      const outcomes = steps.map((s) => `${s.id ?? s.name}: ${s.outcome}`);
      // On a mismatch, the verdicts and the log of each verification say why.
      const verdicts = steps
        .filter((s) => s.id?.startsWith('verify') && s.run)
        .map((s) => `${s.id}: ${s.run!.outputs.verdict} ${s.run!.outputs.reason}\n${s.run!.stdout}`)
        .join('\n');
      const pods = () =>
        sandbox.kube!.pods().filter((p) => p.namespace === namespace && p.labels.release === release);

      if (scenario === cancelled) {
        expect(outcomes).toEqual([
          `${steps[0]!.name}: success`,
          'canary-10: success',
          'verify-10: cancelled',
          'canary-25: skipped',
          'verify-25: skipped',
          'canary-50: skipped',
          'verify-50: skipped',
          'promote: skipped',
          'Roll back: success',
        ]);
        // failure() alone would have skipped it: cancelled() in the condition is what rolls back here.
        expect(steps.at(-1)!.inputs!.reason).toBe('canary job cancelled (run 7)');
        expect(steps.at(-1)!.run!.outputs.result).toBe('rolled-back');
        expect(posts.map((p) => [p.id, p.run.exitCode])).toEqual([['canary-10', 0]]);
        await until('only stable pods of the old version', () => {
          const now = pods();
          return (
            now.length > 0 &&
            now.every(
              (p) => p.labels.track === 'stable' && p.image === `${REPO}:${stable.version}` && p.ready,
            )
          );
        });
      } else if (scenario.expect === 'pass') {
        expect(outcomes, verdicts).toEqual([
          `${steps[0]!.name}: success`,
          'canary-10: success',
          'verify-10: success',
          'canary-25: success',
          'verify-25: success',
          'canary-50: success',
          'verify-50: success',
          'promote: success',
          'Roll back: skipped',
        ]);
        expect(['verify-10', 'verify-25', 'verify-50'].map((id) => byId[id]!.run!.outputs.verdict)).toEqual([
          'pass',
          'pass',
          'pass',
        ]);
        expect(byId['canary-25']!.run!.outputs).toMatchObject({ result: 'update-canary', weight: '25' });
        expect(byId.promote!.run!.outputs.result).toBe('promoted');
        expect(posts).toEqual([]);
        await until('only stable pods of the new version', () => {
          const now = pods();
          return (
            now.length > 0 &&
            now.every(
              (p) => p.labels.track === 'stable' && p.image === `${REPO}:${canary.version}` && p.ready,
            )
          );
        });
      } else {
        expect(outcomes).toEqual([
          `${steps[0]!.name}: success`,
          'canary-10: success',
          'verify-10: failure',
          'canary-25: skipped',
          'verify-25: skipped',
          'canary-50: skipped',
          'verify-50: skipped',
          'promote: skipped',
          'Roll back: success',
        ]);
        const verify = byId['verify-10']!.run!.outputs;
        expect(verify.verdict).toBe('fail');
        const rollback = steps.at(-1)!;
        // The rollback step was handed the stable revision and the verdict's reason through the expressions.
        expect(rollback.inputs).toMatchObject({
          'to-revision': byId['canary-10']!.run!.outputs['stable-revision'],
          reason: verify.reason,
        });
        expect(rollback.run!.outputs.result).toBe('rolled-back');
        expect(posts.map((p) => [p.id, p.run.exitCode])).toEqual([['canary-10', 0]]);
        expect(posts[0]!.run.stdout).toMatch(/nothing to remove/);
        await until('only stable pods of the old version', () => {
          const now = pods();
          return (
            now.length > 0 &&
            now.every(
              (p) => p.labels.track === 'stable' && p.image === `${REPO}:${stable.version}` && p.ready,
            )
          );
        });
      }
    },
  );
});
