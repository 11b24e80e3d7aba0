import { describe, expect, it } from 'vitest';
import { countLookOffsets, MIN_LOOK_MS } from '../../../actions/verify-slo/count-looks';

describe('countLookOffsets', () => {
  it('reads the counters after every scrape between samples', () => {
    expect(countLookOffsets(60_000, 15_000)).toEqual([15_000, 30_000, 45_000]);
    expect(countLookOffsets(60_000, 30_000)).toEqual([30_000]);
  });

  it('splits the interval evenly into parts of at least a scrape interval', () => {
    expect(countLookOffsets(60_000, 14_000)).toEqual([15_000, 30_000, 45_000]);
    expect(countLookOffsets(60_000, 25_000)).toEqual([30_000]);
  });

  it('never reads more often than MIN_LOOK_MS, however fast Prometheus scrapes', () => {
    expect(MIN_LOOK_MS).toBe(10_000);
    expect(countLookOffsets(30_000, 1_000)).toEqual([10_000, 20_000]);
    expect(countLookOffsets(30_000, 5_000)).toEqual([10_000, 20_000]);
  });

  it('reads nothing between samples when the scrape interval is unknown or not shorter than the interval', () => {
    expect(countLookOffsets(30_000, undefined)).toEqual([]);
    expect(countLookOffsets(30_000, 30_000)).toEqual([]);
    expect(countLookOffsets(30_000, 60_000)).toEqual([]);
  });

  it('converts a real scrape interval to a faster clock', () => {
    // The benchmark's clock runs 5 × real time: a 6 s real scrape is 30 s of its time.
    expect(countLookOffsets(60_000, 6_000, 5)).toEqual([30_000]);
  });
});
