import { describe, expect, it, test } from 'vitest';
import type { HelmRevision } from '../../../lib/helm';
import { pendingRefusal } from '../../../actions/rollback/pending';
import { previousStable } from '../../../actions/rollback/previous-stable';
import { currentRun, runFromLabels, runLabels, runOf, withRun } from '../../../lib/workflow-run';

const NOW = Date.parse('2026-12-02T12:00:00Z');
function row(revision: number, status: string, description: string, minutesAgo = 60): HelmRevision {
  return {
    revision,
    status,
    description,
    updated: new Date(NOW - minutesAgo * 60_000).toISOString().replace('Z', '123456Z'),
    chart: 'c',
    appVersion: '',
  };
}
const policy = { run: { id: '77', attempt: '1' }, pendingTimeoutMs: 15 * 60_000, force: false, nowMs: NOW };
const canary = 'ml-deploy canary abc1234 weight=25 image=reg/m:v2';

describe('workflow runs in descriptions', () => {
  test('written, read back, and taken from the runner environment', () => {
    expect(withRun(canary, { id: '42', attempt: '2' })).toBe(`${canary} run=42.2`);
    expect(runOf(`${canary} run=42.2`)).toEqual({ id: '42', attempt: '2' });
    expect(runOf(canary)).toBeUndefined();
    expect(currentRun({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' })).toEqual({ id: '42', attempt: '3' });
    expect(currentRun({})).toBeUndefined();
  });
});

describe('rollback and a pending revision', () => {
  test('nothing pending: goes on', () => {
    expect(pendingRefusal([row(1, 'deployed', 'i')], policy)).toBeUndefined();
  });

  test('started by this workflow run: recovered at once', () => {
    expect(
      pendingRefusal([row(1, 'deployed', 'i'), row(2, 'pending-upgrade', `${canary} run=77.1`, 1)], policy),
    ).toBeUndefined();
  });

  test("another run's helm, 3 minutes old: refused, naming the operation and its age", () => {
    expect(
      pendingRefusal([row(1, 'deployed', 'i'), row(2, 'pending-upgrade', `${canary} run=12.1`, 3)], policy),
    ).toBe(
      `revision 2 is pending-upgrade (${canary} run=12.1), started 3m ago by workflow run 12 (attempt 1): its helm may still be running. ` +
        'Nothing was changed. Wait until it is older than pending-timeout (15m), or give force: true if you know that run is gone.',
    );
  });

  test('while pending, helm shows "Preparing upgrade": the run comes from the release label', () => {
    const pending = [row(1, 'deployed', 'i'), row(2, 'pending-upgrade', 'Preparing upgrade', 2)];
    expect(pendingRefusal(pending, { ...policy, pendingRun: { id: '77', attempt: '2' } })).toBeUndefined();
    expect(pendingRefusal(pending, { ...policy, pendingRun: { id: '5', attempt: '1' } })).toContain(
      'revision 2 is pending-upgrade (Preparing upgrade), started 2m ago by workflow run 5 (attempt 1)',
    );
  });

  test('older than pending-timeout, or forced: recovered', () => {
    const old = [row(1, 'deployed', 'i'), row(2, 'pending-rollback', 'Rollback to 1', 20)];
    expect(pendingRefusal(old, policy)).toBeUndefined();
    const young = [row(1, 'deployed', 'i'), row(2, 'pending-install', 'Initial install underway', 1)];
    expect(pendingRefusal(young, policy)).toContain('by another helm client');
    expect(pendingRefusal(young, { ...policy, force: true })).toBeUndefined();
  });
});

describe('target previous-stable', () => {
  const promote = 'ml-deploy promote abc1234 image=reg/m:v2';
  test('back past a bad promote to the stable revision before it', () => {
    const history = [
      row(1, 'superseded', 'ml-deploy install abc1234 image=reg/m:v1'),
      row(2, 'superseded', 'ml-deploy canary abc1234 weight=10 image=reg/m:v2'),
      row(3, 'deployed', promote),
    ];
    expect(previousStable(history)).toEqual({ revision: 1, past: 3 });
    // Once rolled back, the newest promote is still 3: the same target, so nothing more to do.
    expect(
      previousStable([
        ...history.slice(0, 2),
        row(3, 'superseded', promote),
        row(4, 'deployed', 'Rollback to 1'),
      ]),
    ).toEqual({
      revision: 1,
      past: 3,
    });
  });

  test('without a promote or install, or nothing stable before it', () => {
    expect(previousStable([row(1, 'deployed', 'Upgrade complete')])).toEqual({
      refuse: 'target previous-stable: no promote or install revision in the release history',
    });
    expect(previousStable([row(1, 'deployed', 'Install complete')])).toEqual({
      refuse: 'target previous-stable: revision 1 (Install complete) has no stable revision before it',
    });
  });
});

describe('the run label of a pending revision', () => {
  it('names the run that wrote that revision', () => {
    const labels = runLabels({ id: '42', attempt: '3' }, 7);
    expect(runFromLabels(labels, 7)).toEqual({ id: '42', attempt: '3' });
  });

  it('is not trusted when helm carried it over from an earlier revision (a helm upgrade by hand)', () => {
    expect(runFromLabels(runLabels({ id: '42', attempt: '1' }, 6), 7)).toBeUndefined();
    expect(runFromLabels({ 'ml-deploy-run': '42.1' }, 7)).toBeUndefined();
    expect(runFromLabels(undefined, 7)).toBeUndefined();
  });
});
