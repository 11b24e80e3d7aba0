import { describe, expect, it } from 'vitest';
import { mirroredPods } from '../../../sandbox/inference/mirror';
import { InferenceSimulator, type SimulatedPod } from '../../../sandbox/inference/simulator';
import type { KObject } from '../../../sandbox/kube/types';
import { parseScenario } from '../../../sandbox/scenario';

const service = (name: string, track: string): KObject =>
  ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace: 'ml', name },
    spec: { selector: { release: 'm', track } },
  }) as KObject;

const route = (percent?: number): KObject =>
  ({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { namespace: 'ml', name: 'm' },
    spec: {
      rules: [
        {
          filters: [
            {
              type: 'RequestMirror',
              requestMirror: { backendRef: { name: 'm-canary' }, ...(percent ? { percent } : {}) },
            },
          ],
          backendRefs: [{ name: 'm-stable', weight: 100 }],
        },
      ],
    },
  }) as KObject;

const pod = (name: string, track: string) => ({ namespace: 'ml', name, labels: { release: 'm', track } });
const pods = [pod('s-0', 'stable'), pod('s-1', 'stable'), pod('c-0', 'canary')];

describe('mirrored traffic', () => {
  it("gives the pods behind a RequestMirror's Service their share of the weighted backends' pods", () => {
    const services = [service('m-stable', 'stable'), service('m-canary', 'canary')];
    expect([...mirroredPods([route(50)], services, pods)]).toEqual([
      ['ml/c-0', { percent: 50, sourceTrack: 'stable', sourcePods: 2, targetPods: 1 }],
    ]);
    expect(mirroredPods([route()], services, pods).get('ml/c-0')?.percent).toBe(100);
    expect(mirroredPods([], services, pods).size).toBe(0);
  });

  it('serves a mirrored pod percent of its source track’s requests, whatever its own rps', () => {
    const scenario = parseScenario(
      'name: m\nrelease: m\ntracks:\n  stable: { rps: 40 }\n  canary: { rps: 0 }\n',
    );
    const shadow: SimulatedPod = {
      namespace: 'ml',
      name: 'c-0',
      release: 'm',
      track: 'canary',
      version: 'v2',
      mirror: { percent: 50, sourceTrack: 'stable', sourcePods: 2, targetPods: 1 },
    };
    const simulator = new InferenceSimulator([scenario], () => [shadow], 0);
    for (let ms = 250; ms <= 10_000; ms += 250) simulator.step(ms);
    const line = simulator
      .render(10_000)
      .split('\n')
      .find((l) => l.startsWith('http_requests_total') && l.includes('code="200"'))!;
    // 40 rps × 2 stable pods × 50 % = 40 rps for 10 s.
    expect(Number(line.split(' ').pop())).toBeGreaterThan(340);
    expect(Number(line.split(' ').pop())).toBeLessThan(460);
  });
});
