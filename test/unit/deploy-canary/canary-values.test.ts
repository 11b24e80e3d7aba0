import { describe, expect, test } from 'vitest';
import {
  canaryOverrides,
  DEFAULT_VALUE_KEYS,
  formatImageRef,
  getValue,
  mergeValues,
  parseImageRef,
  promoteOverrides,
  readTrackState,
  sameImage,
  setValue,
  splitPath,
  stableOverrides,
} from '../../../actions/deploy-canary/canary-values';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

describe('parseImageRef', () => {
  test.each([
    ['reg/m:v2', { repository: 'reg/m', tag: 'v2' }],
    ['m:1.0', { repository: 'm', tag: '1.0' }],
    ['localhost:5000/team/m:v2-rc.1', { repository: 'localhost:5000/team/m', tag: 'v2-rc.1' }],
    [`ghcr.io/org/m@${D1}`, { repository: 'ghcr.io/org/m', digest: D1 }],
    [`ghcr.io/org/m:v2@${D1}`, { repository: 'ghcr.io/org/m', tag: 'v2', digest: D1 }],
    ['  reg/m:v2  ', { repository: 'reg/m', tag: 'v2' }],
  ])('%s', (text, expected) => {
    expect(parseImageRef(text)).toEqual(expected);
    expect(formatImageRef(parseImageRef(text)!)).toBe(text.trim());
  });

  test.each([
    ['no version', 'reg/m'],
    ['registry port only', 'localhost:5000/m'],
    ['upper case repository', 'Reg/M:v2'],
    ['bad tag', 'reg/m:-v2'],
    ['short digest', 'reg/m@sha256:abc'],
    ['empty', ''],
    ['spaces', 'reg/m :v2'],
    ['shell text', 'reg/m:v2;rm -rf /'],
  ])('rejects %s', (_name, text) => {
    expect(parseImageRef(text)).toBeUndefined();
  });
});

test.each([
  ['same tag', 'r/m:v2', 'r/m:v2', true],
  ['other tag', 'r/m:v2', 'r/m:v3', false],
  ['other repository', 'r/m:v2', 'r/n:v2', false],
  ['same digest, different tags', `r/m:a@${D1}`, `r/m:b@${D1}`, true],
  ['other digest', `r/m@${D1}`, `r/m@${D2}`, false],
  ['tag vs tag with digest', 'r/m:v2', `r/m:v2@${D1}`, false],
])('sameImage: %s', (_name, a, b, expected) => {
  expect(sameImage(parseImageRef(a)!, parseImageRef(b)!)).toBe(expected);
});

describe('value paths', () => {
  test('split with escaped dots', () => {
    expect(splitPath('a.b\\.c.d')).toEqual(['a', 'b.c', 'd']);
    expect(splitPath('podAnnotations.prometheus\\.io/scrape')).toEqual([
      'podAnnotations',
      'prometheus.io/scrape',
    ]);
  });

  test('set creates maps and never changes its input', () => {
    const base = { canary: { image: 'flat' }, keep: 1 };
    const out = setValue(base, 'canary.image.tag', 'v2');
    expect(out).toEqual({ canary: { image: { tag: 'v2' } }, keep: 1 });
    expect(base).toEqual({ canary: { image: 'flat' }, keep: 1 });
    expect(getValue(out, 'canary.image.tag')).toBe('v2');
    expect(getValue(out, 'canary.missing.tag')).toBeUndefined();
  });

  test('merge like helm values files: maps merge, lists and scalars replace, null stays', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x', e: { f: 1 } };
    expect(mergeValues(base, { a: { c: [3] }, d: null, e: 'scalar', g: { h: true } })).toEqual({
      a: { b: 1, c: [3] },
      d: null,
      e: 'scalar',
      g: { h: true },
    });
  });
});

describe('track state from values', () => {
  test.each([
    ['empty', {}, { canaryEnabled: false, baseline: false }],
    [
      'stable only',
      { image: { repository: 'r/m', tag: 'v1' }, canary: { enabled: false, weight: 0 } },
      { stableImage: { repository: 'r/m', tag: 'v1' }, canaryEnabled: false, weight: 0 },
    ],
    [
      'canary with repository defaulting to stable',
      {
        image: { repository: 'r/m', tag: 'v1' },
        canary: { enabled: true, image: { tag: 'v2' }, weight: 25, replicas: 2 },
        baseline: { enabled: true },
      },
      {
        canaryEnabled: true,
        canaryImage: { repository: 'r/m', tag: 'v2' },
        weight: 25,
        replicas: 2,
        baseline: true,
      },
    ],
    [
      'canary by digest, empty tag',
      {
        image: { repository: 'r/m', tag: 'v1' },
        canary: { enabled: true, image: { repository: 'r/m', tag: '', digest: D1 }, weight: 10 },
      },
      { canaryImage: { repository: 'r/m', digest: D1 } },
    ],
    [
      'numeric tag',
      { image: { repository: 'r/m', tag: 2 } },
      { stableImage: { repository: 'r/m', tag: '2' } },
    ],
    ['"true" is not true', { canary: { enabled: 'true' } }, { canaryEnabled: false }],
  ])('%s', (_name, values, expected) => {
    expect(readTrackState(values, DEFAULT_VALUE_KEYS)).toMatchObject(expected);
  });
});

describe('overrides', () => {
  test('canary: enabled, image, weight and baseline; digest key only when needed', () => {
    expect(
      canaryOverrides(
        { image: { repository: 'r/m', tag: 'v2' }, weight: 10, baseline: false },
        DEFAULT_VALUE_KEYS,
        {},
      ),
    ).toEqual({
      canary: { enabled: true, image: { repository: 'r/m', tag: 'v2' }, weight: 10 },
      baseline: { enabled: false },
    });
    const withDigestBefore = { canary: { image: { digest: D1 } } };
    expect(
      canaryOverrides(
        { image: { repository: 'r/m', tag: 'v3' }, weight: 25, baseline: true, replicas: 2 },
        DEFAULT_VALUE_KEYS,
        withDigestBefore,
      ),
    ).toEqual({
      canary: { enabled: true, image: { repository: 'r/m', tag: 'v3', digest: '' }, weight: 25, replicas: 2 },
      baseline: { enabled: true },
    });
    expect(
      canaryOverrides(
        { image: { repository: 'r/m', digest: D2 }, weight: 5, baseline: false },
        DEFAULT_VALUE_KEYS,
        {},
      ),
    ).toMatchObject({
      canary: { image: { repository: 'r/m', tag: '', digest: D2 } },
    });
  });

  test('custom keys', () => {
    const keys = {
      ...DEFAULT_VALUE_KEYS,
      canaryWeight: 'traffic.canaryPercent',
      canaryEnabled: 'rollout.canary',
    };
    expect(
      canaryOverrides({ image: { repository: 'r/m', tag: 'v2' }, weight: 10, baseline: false }, keys, {}),
    ).toMatchObject({
      rollout: { canary: true },
      traffic: { canaryPercent: 10 },
    });
  });

  test('promote: stable takes the canary image, canary and baseline off', () => {
    expect(
      promoteOverrides({ repository: 'r/m', tag: 'v2' }, DEFAULT_VALUE_KEYS, { image: { digest: D1 } }),
    ).toEqual({
      image: { repository: 'r/m', tag: 'v2', digest: '' },
      canary: { enabled: false },
      baseline: { enabled: false },
    });
  });

  test('first install: the image is stable', () => {
    expect(stableOverrides({ repository: 'r/m', tag: 'v1' }, DEFAULT_VALUE_KEYS, {})).toEqual({
      image: { repository: 'r/m', tag: 'v1' },
      canary: { enabled: false },
    });
  });
});
