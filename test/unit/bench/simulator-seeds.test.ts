import { describe, expect, it } from 'vitest';
import { InferenceSimulator, scenarioPods } from '../../../sandbox/inference/simulator';
import { parseScenario, type Scenario } from '../../../sandbox/scenario';

function scenario(release: string, seed: number): Scenario {
  return parseScenario(
    `name: ${release}\nrelease: ${release}\nseed: ${seed}\ntracks:\n  canary: { pods: 2, rps: 50, errorRate: 0.1 }\n`,
  );
}

/** The canary's metric lines of `release` after 20 steps of 250 ms. */
function served(scenarios: Scenario[], release: string): string[] {
  const simulator = new InferenceSimulator(scenarios, () => scenarios.flatMap(scenarioPods), 0);
  for (let step = 1; step <= 20; step++) simulator.step(step * 250);
  return simulator
    .render(5000)
    .split('\n')
    .filter((line) => line.includes(`release="${release}"`));
}

// The judgement benchmark runs many releases of one scenario in one simulator, one seed each.
describe('simulator seeds', () => {
  it("plays a scenario's traffic from its own seed, whatever other scenarios run beside it", () => {
    const alone = served([scenario('a', 7)], 'a');
    expect(alone.length).toBeGreaterThan(0);
    expect(served([scenario('b', 1), scenario('a', 7)], 'a')).toEqual(alone);
  });

  it('plays different traffic for different seeds', () => {
    const counts = (lines: string[]) => lines.filter((l) => l.startsWith('http_requests_total'));
    expect(counts(served([scenario('a', 8)], 'a'))).not.toEqual(counts(served([scenario('a', 7)], 'a')));
  });
});
