import { describe, expect, it } from 'vitest';
import { chooseBucket, CounterSum, TrackCounts } from '../../../actions/verify-slo/evidence';

const s = (labels: Record<string, string>, value: number) => ({ labels, value });

describe('CounterSum', () => {
  it('sums increases across series from the first observation on', () => {
    const sum = new CounterSum();
    sum.observe([s({ pod: 'a' }, 100), s({ pod: 'b' }, 50)]);
    expect(sum.total).toBe(0);
    sum.observe([s({ pod: 'a' }, 130), s({ pod: 'b' }, 60)]);
    expect(sum.total).toBe(40);
  });

  it('reads a drop as a counter reset: the new value is the increase', () => {
    const sum = new CounterSum();
    sum.observe([s({ pod: 'a' }, 100)]);
    sum.observe([s({ pod: 'a' }, 7)]);
    sum.observe([s({ pod: 'a' }, 10)]);
    expect(sum.total).toBe(10);
  });

  it('counts a series that appears later (new pod, first error) from zero', () => {
    const sum = new CounterSum();
    sum.observe([s({ pod: 'a' }, 5)]);
    sum.observe([s({ pod: 'a' }, 5), s({ pod: 'b' }, 3)]);
    expect(sum.total).toBe(3);
  });

  it('keeps the last value of a vanished series, so its return counts what it served meanwhile', () => {
    const sum = new CounterSum();
    sum.observe([s({ pod: 'a' }, 10)]);
    sum.observe([]);
    sum.observe([s({ pod: 'a' }, 25)]);
    expect(sum.total).toBe(15);
  });

  it('skips NaN readings', () => {
    const sum = new CounterSum();
    sum.observe([s({ pod: 'a' }, 10)]);
    sum.observe([s({ pod: 'a' }, NaN)]);
    sum.observe([s({ pod: 'a' }, 12)]);
    expect(sum.total).toBe(2);
  });
});

describe('chooseBucket', () => {
  const buckets = ['0.1', '0.25', '0.3', '0.5', '+Inf'].map((le) => s({ le }, 0));
  it.each([
    [0.3, '0.3'],
    [0.4, '0.3'],
    [0.1, '0.1'],
    [0.05, undefined],
  ])('threshold %s s → le=%s', (threshold, le) => {
    expect(chooseBucket(buckets, threshold)).toBe(le);
  });
});

describe('TrackCounts', () => {
  it('counts errors and requests', () => {
    const counts = new TrackCounts({ kind: 'errors', requests: 'r', errors: 'e' });
    counts.observe([[s({ code: '200' }, 100), s({ code: '500' }, 1)], [s({ code: '500' }, 1)]]);
    counts.observe([[s({ code: '200' }, 190), s({ code: '500' }, 11)], [s({ code: '500' }, 11)]]);
    expect(counts.evidence()).toEqual({ bad: 10, total: 100 });
  });

  it('counts requests slower than the threshold from histogram buckets', () => {
    const counts = new TrackCounts({ kind: 'latency', buckets: 'b', threshold: 0.3 });
    const at = (fast: number, all: number) => [
      [s({ le: '0.1' }, 0), s({ le: '0.3' }, fast), s({ le: '+Inf' }, all)],
    ];
    counts.observe(at(0, 0));
    counts.observe(at(90, 100));
    expect(counts.evidence()).toEqual({ bad: 10, total: 100 });
    expect(counts.bucket).toBe('0.3');
  });

  it('starts counting at the first reading with request series, so an empty one is no baseline', () => {
    const counts = new TrackCounts({ kind: 'latency', buckets: 'b', threshold: 0.3 });
    counts.observe([[]]);
    expect(counts.evidence()).toBeUndefined();
    counts.observe([[s({ pod: 'p', le: '0.3' }, 3000), s({ pod: 'p', le: '+Inf' }, 3005)]]);
    counts.observe([[s({ pod: 'p', le: '0.3' }, 3100), s({ pod: 'p', le: '+Inf' }, 3105)]]);
    expect(counts.evidence()).toEqual({ bad: 0, total: 100 });
  });

  it('counts a first error series that appears after the start from zero', () => {
    const counts = new TrackCounts({ kind: 'errors', requests: 'r', errors: 'e' });
    counts.observe([[s({ code: '200' }, 500)], []]);
    counts.observe([[s({ code: '200' }, 595), s({ code: '500' }, 5)], [s({ code: '500' }, 5)]]);
    expect(counts.evidence()).toEqual({ bad: 5, total: 100 });
  });

  it('has no evidence when no bucket lies at or below the threshold', () => {
    const counts = new TrackCounts({ kind: 'latency', buckets: 'b', threshold: 0.01 });
    counts.observe([[s({ le: '0.1' }, 5), s({ le: '+Inf' }, 5)]]);
    expect(counts.evidence()).toBeUndefined();
  });
});
