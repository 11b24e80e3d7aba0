import { parseDuration } from '../../lib/durations';
import type { Clock } from '../../actions/verify-slo/verify';
import type { Scenario } from '../../sandbox/scenario';

/**
 * Uncompressed seconds per real second. 5: one uncompressed minute lasts 12 real seconds, and the 1 s
 * scrape interval stands for 5 uncompressed seconds. bench/README.md lists what follows from it.
 */
export const TIME_FACTOR = 5;

/**
 * A clock that runs `factor` times faster than real time from `origin` (a real Date.now() value): every
 * policy plans and reports in uncompressed milliseconds and sleeps 1/factor of them.
 */
export function compressedClock(factor: number, origin: number): Clock {
  return {
    now: () => origin + (Date.now() - origin) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / factor))),
  };
}

/**
 * The scenario as the simulator must play it: request rates × factor (the same requests per
 * uncompressed minute), change times ÷ factor, all shifted by `leadInMs` real milliseconds so that
 * uncompressed time 0 is when verification starts.
 */
export function compressScenario(scenario: Scenario, factor: number, leadInMs: number): Scenario {
  const tracks = Object.fromEntries(
    Object.entries(scenario.tracks).map(([name, track]) => [
      name,
      {
        ...track,
        rps: track.rps * factor,
        changes: track.changes.map((c) => ({
          ...c,
          at: c.at / factor + leadInMs,
          ...(c.rps !== undefined ? { rps: c.rps * factor } : {}),
        })),
      },
    ]),
  );
  return { ...scenario, tracks };
}

/**
 * A PromQL range for an uncompressed duration (`1m` → `6000ms` at factor 10). Milliseconds keep the
 * exact length; Prometheus accepts them.
 */
export function compressedRange(text: string, factor: number): string {
  const ms = parseDuration(text);
  if (ms === undefined) throw new Error(`window ${JSON.stringify(text)} is not a duration`);
  return `${Math.round(ms / factor)}ms`;
}
