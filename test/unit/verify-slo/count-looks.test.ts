import { describe, expect, it } from 'vitest';
import { countLookOffsets, leansOver, LOOK_MS } from '../../../actions/verify-slo/count-looks';
import { judgeAbsolute } from '../../../actions/verify-slo/sequential';

describe('countLookOffsets', () => {
  it('reads the counters every 5 s between samples', () => {
    expect(LOOK_MS).toBe(5_000);
    expect(countLookOffsets(30_000)).toEqual([5_000, 10_000, 15_000, 20_000, 25_000]);
    expect(countLookOffsets(60_000)).toHaveLength(11);
    expect(countLookOffsets(60_000).at(-1)).toBe(55_000);
  });

  it('reads before the next sample only, however the interval divides', () => {
    expect(countLookOffsets(12_000)).toEqual([5_000, 10_000]);
    expect(countLookOffsets(10_000)).toEqual([5_000]);
  });

  it('reads nothing between samples 5 s apart or closer', () => {
    expect(countLookOffsets(5_000)).toEqual([]);
    expect(countLookOffsets(2_000)).toEqual([]);
  });
});

describe('leansOver', () => {
  const config = { budget: 0.01, alpha: 0.05, beta: 0.01 };

  it('is true for an open test whose counts point over the budget', () => {
    expect(leansOver(judgeAbsolute({ bad: 12, total: 600 }, config))).toBe(true);
  });

  it('is false for counts within the budget, a decided test, or none yet', () => {
    expect(leansOver(judgeAbsolute({ bad: 1, total: 600 }, config))).toBe(false);
    expect(leansOver(judgeAbsolute({ bad: 60, total: 600 }, config))).toBe(false);
    expect(leansOver(judgeAbsolute({ bad: 0, total: 2000 }, config))).toBe(false);
    expect(leansOver(undefined)).toBe(false);
  });

  it('is false without traffic, whose log e-value is 0 only up to rounding', () => {
    expect(leansOver(judgeAbsolute({ bad: 0, total: 0 }, config))).toBe(false);
  });
});
