import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../sandbox/scenario';
import { startSandbox, type Sandbox } from '../../sandbox/start';
import { runBundle } from '../helpers/run-bundle';
import { scenarioDir, verifyInputs } from '../helpers/scenarios';
import { tool } from '../integration/kube/helpers';
import { chart, clients, REPO, until } from './deploy-canary.helpers';

// A shadow canary on the kube emulator with gateway-api traffic: deploy-canary renders the HTTPRoute's
// RequestMirror, the sandbox sends the shadow its mirrored share of stable's requests (its own rps is 0),
// verify-slo judges its predictions and errors against stable from the real Prometheus, then the
// healthy shadow becomes a weighted canary and is promoted, and the drifted one is rolled back.
const dir = join(scenarioDir, 'shadow');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => loadScenario(join(dir, f)));
let sandbox: Sandbox;
const work = mkdtempSync(join(tmpdir(), 'shadow-'));

beforeAll(async () => {
  sandbox = await startSandbox({ scenarios, parts: ['kube', 'prometheus'], stateDir: join(work, 'state') });
});

afterAll(async () => {
  await sandbox?.stop();
  rmSync(work, { recursive: true, force: true });
});

interface Rule {
  filters?: Array<{ type: string; requestMirror?: { backendRef: { name: string }; percent?: number } }>;
  backendRefs: Array<{ name: string; weight: number }>;
}

describe('shadow canary: deploy-canary mode shadow → verify-slo on mirrored traffic → promote or rollback', () => {
  it.concurrent.each(scenarios.map((s, i) => [s.name, s, clients[i % clients.length]!] as const))(
    '%s',
    async (_name, scenario, [, version, node]) => {
      const home = join(work, scenario.name);
      mkdirSync(home, { recursive: true });
      const valuesFile = join(home, 'traffic.yaml');
      writeFileSync(
        valuesFile,
        'traffic:\n  method: gateway-api\n  gatewayApi:\n    parentRefs: [{ name: public }]\n',
      );
      const env = {
        KUBECONFIG: sandbox.env.KUBECONFIG!,
        PATH: `${dirname(tool(version, 'helm'))}:${process.env.PATH}`,
        HOME: home,
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
            'values-files': valuesFile,
            set: `image.repository=${REPO}\nreplicaCount=${stable.pods}\ncanary.replicas=${canary.pods}`,
            ...inputs,
          },
        });
      const rule = (): Rule | undefined =>
        sandbox
          .kube!.objects('HTTPRoute')
          .find((r) => r.metadata.namespace === namespace && r.metadata.name?.startsWith(release))?.spec
          ?.rules?.[0] as Rule | undefined;
      const podsOf = () =>
        sandbox.kube!.pods().filter((p) => p.namespace === namespace && p.labels.release === release);

      expect((await deploy({ image: `${REPO}:${stable.version}` })).exitCode).toBe(0);
      const shadow = await deploy({
        image: `${REPO}:${canary.version}`,
        mode: 'shadow',
        'mirror-percent': '50',
      });
      expect(shadow.exitCode, shadow.stdout).toBe(0);
      expect(shadow.outputs).toMatchObject({ result: 'start-canary', weight: '0' });
      expect(rule()!.backendRefs.map((b) => b.weight)).toEqual([100]);
      expect(rule()!.filters).toEqual([
        {
          type: 'RequestMirror',
          requestMirror: {
            backendRef: { name: `${release}-inference-service-canary`, port: 80 },
            percent: 50,
          },
        },
      ]);

      const verdict = await runBundle('verify-slo', {
        inputs: verifyInputs(scenario, sandbox.env.PROMETHEUS_URL!, {
          duration: '40s',
          interval: '2s',
          warmup: '4s',
        }),
      });
      expect(verdict.outputs.verdict, verdict.stdout).toBe(scenario.expect);
      // The shadow's own rps is 0: every prediction judged came from the mirrored copies.
      expect(verdict.stdout).toMatch(
        /prediction-scores [A-Z-]+ psi [\d.e-]+ .*\d+ canary and \d+ reference predictions/,
      );

      if (scenario.expect === 'pass') {
        expect(verdict.outputs.reason).toMatch(/prediction-scores.*below max-drift/);
        const weighted = await deploy({ image: `${REPO}:${canary.version}`, mode: 'weighted', weight: '10' });
        expect(weighted.exitCode, weighted.stdout).toBe(0);
        expect(weighted.outputs).toMatchObject({ result: 'update-canary', weight: '10' });
        expect(rule()!.filters).toBeUndefined();
        expect(rule()!.backendRefs.map((b) => b.weight)).toEqual([90, 10]);
        const promoted = await deploy({ action: 'promote', image: `${REPO}:${canary.version}` });
        expect(promoted.exitCode, promoted.stdout).toBe(0);
        expect(promoted.outputs).toMatchObject({ result: 'promoted', 'stable-revision': '1' });
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
        expect(verdict.outputs.reason).toMatch(/^prediction-scores failed: .*above max-drift 0\.1/);
        const rolledBack = await runBundle('rollback', {
          node,
          env,
          inputs: {
            release,
            namespace,
            'to-revision': shadow.outputs['stable-revision']!,
            reason: verdict.outputs.reason!,
          },
        });
        expect(rolledBack.exitCode, rolledBack.stdout).toBe(0);
        expect(rolledBack.outputs).toMatchObject({ result: 'rolled-back', 'restored-revision': '1' });
        expect(rule()!.filters).toBeUndefined();
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
