import { describe, expect, test } from 'vitest';
import { DEFAULT_VALUE_KEYS, parseImageRef } from '../../../actions/deploy-canary/canary-values';
import { planDeploy, type DeployRequest } from '../../../actions/deploy-canary/plan';
import type { ValuesTree } from '../../../lib/helm';
import { history } from '../../helpers/helm-history';

const SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';
const CANARY = (w: number, tag = 'v2') => `ml-deploy canary abc1234 weight=${w} image=r/m:${tag}`;
const stableValues: ValuesTree = { image: { repository: 'r/m', tag: 'v1' }, replicaCount: 3 };
const canaryValues = (weight: number, tag = 'v2', extra: object = {}): ValuesTree => ({
  ...stableValues,
  canary: { enabled: true, image: { repository: 'r/m', tag }, weight, ...extra },
  baseline: { enabled: false },
});

function request(overrides: Partial<DeployRequest> = {}): DeployRequest {
  return {
    action: 'deploy',
    image: parseImageRef('r/m:v2'),
    weight: 10,
    baseline: false,
    userValues: {},
    keys: DEFAULT_VALUE_KEYS,
    sha: SHA,
    release: 'mnist',
    namespace: 'models',
    ...overrides,
  };
}

describe('deploy', () => {
  test('no release: the image is installed as stable, no canary', () => {
    const plan = planDeploy(request({ image: parseImageRef('r/m:v1') }), { history: [], values: {} });
    expect(plan).toMatchObject({
      kind: 'install',
      description: 'ml-deploy install feedfac image=r/m:v1',
      values: { image: { repository: 'r/m', tag: 'v1' }, canary: { enabled: false } },
    });
  });

  test('a canary next to stable: stable revision is the deployed one; current values kept, overrides on top', () => {
    const plan = planDeploy(request({ userValues: { resources: { limits: { cpu: '1' } } } }), {
      history: history('1:superseded:Install complete', '2:deployed:Upgrade complete'),
      values: stableValues,
    });
    expect(plan).toMatchObject({
      kind: 'start-canary',
      stableRevision: 2,
      description: 'ml-deploy canary feedfac weight=10 image=r/m:v2',
    });
    if (plan.kind !== 'start-canary') throw new Error(plan.kind);
    expect(plan.values).toEqual({
      image: { repository: 'r/m', tag: 'v1' },
      replicaCount: 3,
      resources: { limits: { cpu: '1' } },
      canary: { enabled: true, image: { repository: 'r/m', tag: 'v2' }, weight: 10 },
      baseline: { enabled: false },
    });
  });

  test('moving the weight of a running canary changes only the weight', () => {
    const current = canaryValues(10, 'v2', { replicas: 2 });
    const plan = planDeploy(request({ weight: 25 }), {
      history: history('1:superseded:Install complete', `2:deployed:${CANARY(10)}`),
      values: current,
    });
    expect(plan).toMatchObject({ kind: 'update-canary', stableRevision: 1, changes: ['weight 10% → 25%'] });
    if (plan.kind !== 'update-canary') throw new Error(plan.kind);
    expect(plan.values).toEqual({ ...current, canary: { ...(current.canary as object), weight: 25 } });
  });

  test('the stable revision is found behind several canary steps', () => {
    const plan = planDeploy(request({ weight: 50 }), {
      history: history(
        '1:superseded:i',
        '2:superseded:u',
        `3:superseded:${CANARY(10)}`,
        `4:deployed:${CANARY(25)}`,
      ),
      values: canaryValues(25),
    });
    expect(plan).toMatchObject({ kind: 'update-canary', stableRevision: 2 });
  });

  test('baseline and replicas changes are listed', () => {
    const plan = planDeploy(request({ weight: 10, baseline: true, canaryReplicas: 3 }), {
      history: history('1:superseded:i', `2:deployed:${CANARY(10)}`),
      values: canaryValues(10),
    });
    expect(plan).toMatchObject({
      kind: 'update-canary',
      changes: ['baseline off → on', 'canary replicas (chart default) → 3'],
    });
  });

  test.each([
    [
      'pending-upgrade',
      ['1:deployed:i', '2:pending-upgrade:u'],
      stableValues,
      /pending-upgrade at revision 2.*rollback action/,
    ],
    ['pending-install', ['1:pending-install:i'], {}, /pending-install/],
    [
      'pending-rollback',
      ['1:superseded:i', '2:deployed:u', '3:pending-rollback:Rollback to 1'],
      stableValues,
      /pending-rollback/,
    ],
    ['no deployed revision', ['1:failed:i'], {}, /no deployed revision.*revision 1 is failed/],
    [
      'a canary of another image',
      ['1:superseded:i', `2:deployed:${CANARY(10, 'v3')}`],
      canaryValues(10, 'v3'),
      /canary of r\/m:v3 is already running.*weight 10%, revision 2.*promote/i,
    ],
  ])('refuses on %s, saying what to do and that nothing changed', (_name, rows, values, message) => {
    const plan = planDeploy(request(), { history: history(...rows), values });
    expect(plan.kind).toBe('refuse');
    if (plan.kind !== 'refuse') return;
    expect(plan.message).toMatch(message);
    expect(plan.message).toContain('Nothing was changed');
  });

  test('the stable image again is nothing to do', () => {
    const plan = planDeploy(request({ image: parseImageRef('r/m:v1') }), {
      history: history('1:deployed:i'),
      values: stableValues,
    });
    expect(plan).toMatchObject({ kind: 'nothing', revision: 1, stableRevision: 1 });
  });

  test('an uninstalled release (kept history) is installed afresh', () => {
    const plan = planDeploy(request({ image: parseImageRef('r/m:v1') }), {
      history: history('1:uninstalled:Uninstallation complete'),
      values: {},
    });
    expect(plan.kind).toBe('install');
  });
});

describe('promote', () => {
  test('stable takes the canary image; canary and baseline off; current values kept', () => {
    const plan = planDeploy(request({ action: 'promote', image: undefined }), {
      history: history('1:superseded:i', `2:superseded:${CANARY(10)}`, `3:deployed:${CANARY(50)}`),
      values: canaryValues(50, 'v2', { replicas: 2 }),
    });
    expect(plan).toMatchObject({
      kind: 'promote',
      stableRevision: 1,
      description: 'ml-deploy promote feedfac image=r/m:v2',
      changes: ['stable r/m:v1 → r/m:v2', 'canary removed'],
    });
    if (plan.kind !== 'promote') throw new Error(plan.kind);
    expect(plan.values).toMatchObject({
      image: { repository: 'r/m', tag: 'v2' },
      replicaCount: 3,
      canary: { enabled: false },
      baseline: { enabled: false },
    });
  });

  test('with the canary image given it must match', () => {
    const state = {
      history: history('1:superseded:i', `2:deployed:${CANARY(10)}`),
      values: canaryValues(10),
    };
    expect(planDeploy(request({ action: 'promote' }), state).kind).toBe('promote');
    const other = planDeploy(request({ action: 'promote', image: parseImageRef('r/m:v9') }), state);
    expect(other).toMatchObject({
      kind: 'refuse',
      message: expect.stringMatching(/running canary is r\/m:v2, not r\/m:v9/),
    });
  });

  test('promote twice: the second run is already promoted', () => {
    const plan = planDeploy(request({ action: 'promote' }), {
      history: history(
        '1:superseded:i',
        `2:superseded:${CANARY(10)}`,
        '3:deployed:ml-deploy promote feedfac image=r/m:v2',
      ),
      values: {
        ...canaryValues(10),
        image: { repository: 'r/m', tag: 'v2' },
        canary: { enabled: false, image: { repository: 'r/m', tag: 'v2' } },
      },
    });
    expect(plan).toMatchObject({ kind: 'nothing', revision: 3 });
  });

  test.each([
    ['no canary and no image', undefined, /no canary is running.*nothing to promote/],
    ['no canary, another image', 'r/m:v7', /no canary is running/],
  ])('refuses with %s', (_name, image, message) => {
    const plan = planDeploy(request({ action: 'promote', image: image ? parseImageRef(image) : undefined }), {
      history: history('1:deployed:i'),
      values: stableValues,
    });
    expect(plan).toMatchObject({ kind: 'refuse', message: expect.stringMatching(message) });
  });

  test('no release', () => {
    expect(planDeploy(request({ action: 'promote' }), { history: [], values: {} })).toMatchObject({
      kind: 'refuse',
    });
  });
});

describe('promote with skip-canary', () => {
  test('no canary: the given image becomes stable, and the description says the canary was skipped', () => {
    const plan = planDeploy(
      request({ action: 'promote', image: parseImageRef('r/m:v7'), skipCanary: true }),
      {
        history: history('1:deployed:i'),
        values: stableValues,
      },
    );
    expect(plan).toMatchObject({
      kind: 'promote',
      stableRevision: 1,
      description: 'ml-deploy promote feedfac image=r/m:v7 skip-canary',
      changes: ['stable r/m:v1 → r/m:v7 without a canary (skip-canary)'],
      values: { image: { repository: 'r/m', tag: 'v7' }, canary: { enabled: false } },
    });
  });

  test('a recorded canary is promoted as usual, its description marked', () => {
    const plan = planDeploy(request({ action: 'promote', image: undefined, skipCanary: true }), {
      history: history('1:superseded:i', `2:deployed:${CANARY(10)}`),
      values: canaryValues(10),
    });
    expect(plan).toMatchObject({
      kind: 'promote',
      description: 'ml-deploy promote feedfac image=r/m:v2 skip-canary',
    });
  });

  test('without an image there is still nothing to promote', () => {
    const plan = planDeploy(request({ action: 'promote', image: undefined, skipCanary: true }), {
      history: history('1:deployed:i'),
      values: stableValues,
    });
    expect(plan.kind).toBe('refuse');
  });
});
