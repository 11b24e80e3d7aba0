import { describe, expect, it, vi } from 'vitest';
import { compressedClock, compressedRange, compressScenario } from '../../../bench/judgement/compress';
import { parseScenario } from '../../../sandbox/scenario';

describe('time compression', () => {
  it('plays a scenario faster: rates × factor, change times ÷ factor after the lead-in', () => {
    const scenario = parseScenario(
      'name: s\ntracks:\n  canary:\n    rps: 2\n    changes:\n      - { at: 1m, rps: 3 }\n      - { at: 2m, errorRate: 0.1 }\n',
    );
    const played = compressScenario(scenario, 10, 5000);
    expect(played.tracks.canary!.rps).toBe(20);
    expect(played.tracks.canary!.changes).toEqual([
      { at: 11_000, rps: 30 },
      { at: 17_000, errorRate: 0.1 },
    ]);
    expect(scenario.tracks.canary!.rps).toBe(2);
  });

  it('turns an uncompressed window into a real PromQL range in milliseconds', () => {
    expect(compressedRange('1m', 10)).toBe('6000ms');
    expect(compressedRange('90s', 30)).toBe('3000ms');
    expect(() => compressedRange('soon', 10)).toThrow(/not a duration/);
  });

  it('runs its clock factor times faster than real time from its origin', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const clock = compressedClock(50, Date.now());
      let woke = false;
      void clock.sleep(1000).then(() => (woke = true));
      await vi.advanceTimersByTimeAsync(19);
      expect(woke).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(woke).toBe(true);
      expect(clock.now()).toBe(1_000_000 + 1000);
    } finally {
      vi.useRealTimers();
    }
  });
});
