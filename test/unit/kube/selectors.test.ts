import { describe, expect, test } from 'vitest';
import {
  labelSelectorFromObject,
  parseFieldSelector,
  parseLabelSelector,
} from '../../../sandbox/kube/selectors';
import type { KObject } from '../../../sandbox/kube/types';

const labels = { app: 'web', track: 'canary', 'app.kubernetes.io/instance': 'r1' };

describe('label selectors', () => {
  test.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app!=web', false],
    ['app=web,track=stable', false],
    ['track in (canary,baseline)', true],
    ['track notin (canary)', false],
    ['app.kubernetes.io/instance=r1', true],
    ['version', false],
    ['!version', true],
    ['app,track in (canary, stable),!version', true],
    ['missing!=x', true],
  ])('%j matches: %s', (text, expected) => {
    expect(parseLabelSelector(text)(labels)).toBe(expected);
  });

  test('a malformed selector is a 400', () => {
    expect(() => parseLabelSelector('app===web')).toThrowError(/unable to parse requirement/);
  });

  test('matchLabels and matchExpressions', () => {
    const sel = labelSelectorFromObject({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'track', operator: 'In', values: ['canary'] },
        { key: 'version', operator: 'DoesNotExist' },
      ],
    });
    expect(sel(labels)).toBe(true);
    expect(sel({ app: 'web', track: 'stable' })).toBe(false);
  });
});

describe('field selectors', () => {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p1', namespace: 'ml' },
    spec: { nodeName: 'n1' },
    status: { phase: 'Running' },
  } as KObject;
  test.each([
    ['metadata.name=p1', true],
    ['metadata.name==p2', false],
    ['metadata.namespace=ml,status.phase=Running', true],
    ['status.phase!=Running', false],
    ['spec.nodeName=n1', true],
    ['involvedObject.name=p1', false],
  ])('%j matches: %s', (text, expected) => {
    expect(parseFieldSelector(text)(pod)).toBe(expected);
  });
});
