import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/start';
import { runBundle } from '../helpers/run-bundle';
import { shippedScenarios, verifyInputs } from '../helpers/scenarios';
import { tool } from '../integration/kube/helpers';
import { chart, clients, REPO, until } from './deploy-canary.helpers';
import { tempDir } from '../helpers/temp-dir';

// The whole pipeline on one machine: deploy-canary puts pods in the kube emulator, the simulated
// inference service serves metrics for exactly those pods (by their namespace, release and track labels),
// Prometheus scrapes them, verify-slo judges, then promote or rollback acts on the verdict.
const scenarios = shippedScenarios().filter((s) => ['healthy-canary', 'error-regression'].includes(s.name));
let sandbox: Sandbox;
const work = tempDir('pipeline-');

beforeAll(async () => {
  sandbox = await startSandbox({ scenarios, parts: ['kube', 'prometheus'], stateDir: join(work, 'state') });
});

afterAll(async () => sandbox?.stop());

describe('deploy-canary → verify-slo → promote or rollback, metrics from the emulator’s own pods', () => {
  it.concurrent.each(scenarios.map((s, i) => [s.name, s, clients[i % clients.length]!] as const))(
    '%s',
    async (_name, scenario, [, version, node]) => {
      const env = {
        KUBECONFIG: sandbox.env.KUBECONFIG!,
        PATH: `${dirname(tool(version, 'helm'))}:${process.env.PATH}`,
        HOME: join(work, scenario.name),
      };
      const { namespace, release } = scenario;
      const stable = scenario.tracks.stable!;
      const canary = scenario.tracks.canary!;
      const deploy = (inputs: Record<string, string>) =>
        runBundle('deploy-canary', {
          node,
          env,
          inputs: {
            release,
            namespace,
            chart,
            set: `image.repository=${REPO}\nreplicaCount=${stable.pods}\ncanary.replicas=${canary.pods}`,
            ...inputs,
          },
        });
      const podsOf = () =>
        sandbox.kube!.pods().filter((p) => p.namespace === namespace && p.labels.release === release);

      expect((await deploy({ image: `${REPO}:${stable.version}` })).exitCode).toBe(0);
      const started = await deploy({ image: `${REPO}:${canary.version}`, weight: '10' });
      expect(started.exitCode, started.stdout).toBe(0);
      expect(started.outputs.result).toBe('start-canary');

      const verdict = await runBundle('verify-slo', {
        inputs: verifyInputs(scenario, sandbox.env.PROMETHEUS_URL!, {
          duration: '24s',
          interval: '2s',
          warmup: '6s',
        }),
      });
      expect(verdict.outputs.verdict, verdict.stdout).toBe(scenario.expect);

      if (scenario.expect === 'pass') {
        const promoted = await deploy({ action: 'promote', image: `${REPO}:${canary.version}` });
        expect(promoted.exitCode, promoted.stdout).toBe(0);
        expect(promoted.outputs).toMatchObject({ result: 'promoted', 'stable-revision': '1', revision: '3' });
        await until('only stable pods of the new version', () => {
          const pods = podsOf();
          return (
            pods.length === stable.pods &&
            pods.every(
              (p) => p.labels.track === 'stable' && p.image === `${REPO}:${canary.version}` && p.ready,
            )
          );
        });
      } else {
        const rolledBack = await runBundle('rollback', {
          node,
          env,
          inputs: {
            release,
            namespace,
            'to-revision': started.outputs['stable-revision']!,
            reason: verdict.outputs.reason!,
          },
        });
        expect(rolledBack.exitCode, rolledBack.stdout).toBe(0);
        expect(rolledBack.outputs).toMatchObject({
          result: 'rolled-back',
          'restored-revision': '1',
          revision: '3',
        });
        expect(rolledBack.summary).toContain(verdict.outputs.reason!);
        await until('only stable pods of the old version', () => {
          const pods = podsOf();
          return (
            pods.length === stable.pods &&
            pods.every(
              (p) => p.labels.track === 'stable' && p.image === `${REPO}:${stable.version}` && p.ready,
            )
          );
        });
      }
    },
  );
});
