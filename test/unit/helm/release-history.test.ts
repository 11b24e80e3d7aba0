import { describe, expect, test } from 'vitest';
import {
  canaryDescription,
  describeFailedUpgrade,
  failedUpgrade,
  findStableRevision,
  isCanaryRevision,
  parseDescription,
  planRollback,
  promoteDescription,
  restoredRevision,
} from '../../../lib/release-history';
import { history } from '../../helpers/helm-history';

const CANARY = (w: number, image = 'reg/m:v2') => `ml-deploy canary abc1234 weight=${w} image=${image}`;

describe('descriptions', () => {
  test('written and read back', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect(canaryDescription(sha, 25, 'reg/m:v2')).toBe('ml-deploy canary 0123456 weight=25 image=reg/m:v2');
    expect(parseDescription(canaryDescription(sha, 25, 'reg/m:v2'))).toEqual({
      kind: 'canary',
      sha: '0123456',
      weight: 25,
      image: 'reg/m:v2',
    });
    expect(parseDescription(promoteDescription(sha, 'reg/m@sha256:ab'))).toEqual({
      kind: 'promote',
      sha: '0123456',
      image: 'reg/m@sha256:ab',
    });
    expect(canaryDescription('', 10, 'x:y')).toBe('ml-deploy canary local weight=10 image=x:y');
  });

  test.each([
    ['ml-deploy canary abc weight=10', { kind: 'canary', sha: 'abc', weight: 10 }],
    ['Rollback to 3', { kind: 'rollback', to: 3 }],
    ['Install complete', { kind: 'other' }],
    ['Upgrade complete', { kind: 'other' }],
    ['canary weight=10', { kind: 'other' }],
    ['', { kind: 'other' }],
  ])('%j', (text, expected) => {
    expect(parseDescription(text)).toEqual(expected);
  });
});

describe('canary revisions and restored revisions', () => {
  const h = history(
    '1:superseded:Install complete',
    `2:superseded:${CANARY(10)}`,
    '3:superseded:Rollback to 2',
    '4:superseded:Rollback to 1',
    '5:superseded:Rollback to 3',
    '6:deployed:Rollback to 99',
  );
  test.each([
    [1, false, 1],
    [2, true, 2],
    [3, true, 2],
    [4, false, 1],
    [5, true, 2],
    [6, false, 99],
  ])('revision %i: canary %s, restores %i', (revision, canary, restores) => {
    expect(isCanaryRevision(h, revision)).toBe(canary);
    expect(restoredRevision(h, revision)).toBe(restores);
  });

  test('a cycle of rollbacks ends', () => {
    const cycle = history('1:superseded:Rollback to 2', '2:deployed:Rollback to 1');
    expect(isCanaryRevision(cycle, 1)).toBe(false);
    expect(restoredRevision(cycle, 1)).toBeGreaterThan(0);
  });
});

describe('findStableRevision', () => {
  test.each([
    ['no history', [], {}, undefined],
    ['only install', ['1:deployed:Install complete'], {}, 1],
    ['canary on top', ['1:superseded:Install complete', `2:deployed:${CANARY(10)}`], {}, 1],
    [
      'several canary steps',
      [
        '1:superseded:Install complete',
        `2:superseded:${CANARY(10)}`,
        `3:superseded:${CANARY(25)}`,
        `4:deployed:${CANARY(50)}`,
      ],
      {},
      1,
    ],
    [
      'a promote is stable',
      [
        '1:superseded:Install complete',
        `2:superseded:${CANARY(10)}`,
        '3:deployed:ml-deploy promote abc image=reg/m:v2',
      ],
      {},
      3,
    ],
    ['failed revisions never count', ['1:superseded:Install complete', '2:failed:Upgrade "m" failed'], {}, 1],
    [
      'pending revisions never count',
      ['1:deployed:Install complete', '2:pending-upgrade:Preparing upgrade'],
      {},
      1,
    ],
    [
      'a rollback to a canary is a canary',
      ['1:superseded:x', `2:superseded:${CANARY(10)}`, '3:deployed:Rollback to 2'],
      {},
      1,
    ],
    ['only canaries', [`1:deployed:${CANARY(10)}`], {}, undefined],
    ['before a revision', ['1:superseded:a', '2:superseded:b', '3:deployed:c'], { before: 3 }, 2],
  ])('%s', (_name, rows, options, expected) => {
    expect(findStableRevision(history(...(rows as string[])), options)?.revision).toBe(expected);
  });
});

describe('planRollback', () => {
  test.each([
    ['no release', [], undefined, { action: 'refuse' }],
    [
      'canary running: back to stable',
      ['1:superseded:Install complete', `2:deployed:${CANARY(10)}`],
      undefined,
      { action: 'rollback', target: 1 },
    ],
    [
      'canary at 50 after 10 and 25',
      [
        '1:superseded:i',
        `2:superseded:${CANARY(10)}`,
        `3:superseded:${CANARY(25)}`,
        `4:deployed:${CANARY(50)}`,
      ],
      undefined,
      { action: 'rollback', target: 1 },
    ],
    ['no canary: nothing to do', ['1:deployed:Install complete'], undefined, { action: 'none' }],
    [
      'twice: the rollback revision is stable, nothing to do',
      ['1:superseded:i', `2:superseded:${CANARY(10)}`, '3:deployed:Rollback to 1'],
      undefined,
      { action: 'none' },
    ],
    [
      'after promote: nothing to do',
      ['1:superseded:i', `2:superseded:${CANARY(10)}`, '3:deployed:ml-deploy promote abc'],
      undefined,
      { action: 'none' },
    ],
    [
      'pending-upgrade: recover to the stable one',
      ['1:superseded:i', '2:deployed:u', '3:pending-upgrade:Preparing upgrade'],
      undefined,
      { action: 'rollback', target: 2, recovering: 'pending-upgrade' },
    ],
    [
      'pending-upgrade on top of a canary: recover to stable',
      ['1:superseded:i', `2:deployed:${CANARY(10)}`, `3:pending-upgrade:${CANARY(25)}`],
      undefined,
      { action: 'rollback', target: 1, recovering: 'pending-upgrade' },
    ],
    [
      'pending-rollback',
      ['1:superseded:i', `2:superseded:${CANARY(10)}`, '3:pending-rollback:Rollback to 1'],
      undefined,
      { action: 'rollback', target: 1, recovering: 'pending-rollback' },
    ],
    [
      'pending-install of a first install: uninstall',
      ['1:pending-install:Initial install underway'],
      undefined,
      { action: 'uninstall', recovering: 'pending-install' },
    ],
    [
      'failed upgrade: back to the deployed stable one',
      ['1:deployed:i', '2:failed:Upgrade failed'],
      undefined,
      { action: 'rollback', target: 1 },
    ],
    [
      'to-revision',
      ['1:superseded:i', '2:superseded:u', '3:deployed:u2'],
      1,
      { action: 'rollback', target: 1 },
    ],
    ['to-revision already deployed', ['1:superseded:i', '2:deployed:u'], 2, { action: 'none' }],
    [
      'to-revision already restored',
      ['1:superseded:i', '2:superseded:u', '3:deployed:Rollback to 1'],
      1,
      { action: 'none' },
    ],
    ['to-revision unknown', ['1:deployed:i'], 7, { action: 'refuse' }],
    ['to-revision is the pending one', ['1:superseded:i', '2:pending-upgrade:u'], 2, { action: 'refuse' }],
    [
      'to-revision on a pending release',
      ['1:superseded:i', '2:superseded:u', '3:pending-upgrade:u'],
      1,
      { action: 'rollback', target: 1, recovering: 'pending-upgrade' },
    ],
    ['only canary revisions', [`1:deployed:${CANARY(10)}`], undefined, { action: 'refuse' }],
  ])('%s', (_name, rows, toRevision, expected) => {
    const plan = planRollback(history(...(rows as string[])), toRevision as number | undefined);
    expect(plan).toMatchObject(expected);
    expect(plan.reason).toBeTruthy();
  });
});

describe('a failed revision newer than the deployed one', () => {
  const hook = 'Upgrade "m" failed: post-upgrade hooks failed: job m-smoke failed: BackoffLimitExceeded';

  test('found only when it is the latest and newer than the deployed revision', () => {
    expect(failedUpgrade(history('1:deployed:i', `2:failed:${hook}`))?.revision).toBe(2);
    expect(
      failedUpgrade(history('1:superseded:i', '2:failed:x', '3:deployed:Rollback to 1')),
    ).toBeUndefined();
    expect(failedUpgrade(history('1:deployed:i'))).toBeUndefined();
    expect(failedUpgrade(history('1:failed:Release "m" failed'))?.revision).toBe(1);
  });

  test('rollback undoes a failed canary step, back to stable, and says why', () => {
    const plan = planRollback(history('1:superseded:i', `2:deployed:${CANARY(10)}`, `3:failed:${hook}`));
    expect(plan).toMatchObject({ action: 'rollback', target: 1, undoing: 3 });
    expect(plan.reason).toBe(
      `revision 3 failed (${hook}) after deployed revision 2; the objects it applied before failing still run: rolling back to revision 1 undoes them`,
    );
  });

  test('a failed promote on a stable release goes back to the deployed revision', () => {
    const plan = planRollback(history('1:deployed:i', `2:failed:${hook}`));
    expect(plan).toMatchObject({ action: 'rollback', target: 1, undoing: 2 });
  });

  test('a failed first install is uninstalled', () => {
    const plan = planRollback(history('1:failed:Release "m" failed: timed out'));
    expect(plan).toMatchObject({ action: 'uninstall', recovering: 'failed' });
    expect(plan.reason).toContain('failed first install');
  });

  test('describes it with its helm description', () => {
    const h = history('1:deployed:i', `2:failed:${hook}`);
    expect(describeFailedUpgrade(h, h[1]!)).toContain(
      'revision 2 failed (Upgrade "m" failed: post-upgrade hooks',
    );
  });
});
