import { describe, expect, test } from 'vitest';
import {
  fieldSet,
  fromFieldsV1,
  recordUpdate,
  serverSideApply,
  toFieldsV1,
} from '../../../sandbox/kube/apply';
import { ApiError } from '../../../sandbox/kube/status';
import type { KObject } from '../../../sandbox/kube/types';

const config = (replicas: number, env?: { name: string; value: string }[]): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'ml', labels: { app: 'web' } },
  spec: {
    replicas,
    template: { spec: { containers: [{ name: 'app', image: 'a:1', ...(env ? { env } : {}) }] } },
  },
});

describe('server-side apply', () => {
  test('field sets use FieldsV1 path elements and survive a round trip', () => {
    const set = fieldSet(config(2, [{ name: 'A', value: '1' }]));
    const fv1 = toFieldsV1(set);
    expect(fv1['f:metadata']).toEqual({ 'f:labels': { 'f:app': {} } });
    const container = fv1['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"app"}'];
    expect(container['.']).toEqual({});
    expect(container['f:env']['k:{"name":"A"}']).toEqual({ '.': {}, 'f:name': {}, 'f:value': {} });
    expect(fromFieldsV1(fv1)).toEqual(set);
  });

  test('creating records one Apply entry for the manager', () => {
    const out = serverSideApply(undefined, config(2), 'helm', false);
    expect(out.spec.replicas).toBe(2);
    expect(out.metadata.managedFields).toHaveLength(1);
    expect(out.metadata.managedFields![0]).toMatchObject({
      manager: 'helm',
      operation: 'Apply',
      apiVersion: 'apps/v1',
      fieldsType: 'FieldsV1',
    });
  });

  test('another manager changing an owned field conflicts unless forced, and then takes it over', () => {
    const live = serverSideApply(undefined, config(2), 'helm', false);
    let err: unknown;
    try {
      serverSideApply(live, config(5), 'other', false);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe(409);
    expect((err as ApiError).message).toContain('conflict with "helm": .spec.replicas');
    const forced = serverSideApply(live, config(5), 'other', true);
    expect(forced.spec.replicas).toBe(5);
    const helm = forced.metadata.managedFields!.find((m) => m.manager === 'helm')!;
    expect(helm.fieldsV1['f:spec']['f:replicas']).toBeUndefined();
  });

  test('the same value applied by two managers is shared, not a conflict', () => {
    const live = serverSideApply(undefined, config(2), 'helm', false);
    const shared = serverSideApply(live, config(2), 'other', false);
    expect(shared.metadata.managedFields!.map((m) => m.manager).sort()).toEqual(['helm', 'other']);
  });

  test('fields a manager stops applying are removed, emptied lists with them', () => {
    const live = serverSideApply(undefined, config(2, [{ name: 'A', value: '1' }]), 'helm', false);
    const next = serverSideApply(live, config(2), 'helm', false);
    expect(next.spec.template.spec.containers[0].env).toBeUndefined();
    expect(next.spec.template.spec.containers[0].image).toBe('a:1');
  });

  test('an Update takes ownership of the fields it changes', () => {
    const live = serverSideApply(undefined, config(2), 'helm', false);
    const scaled = structuredClone(live);
    scaled.spec.replicas = 4;
    recordUpdate(live, scaled, 'kubectl-scale');
    const update = scaled.metadata.managedFields!.find((m) => m.manager === 'kubectl-scale')!;
    expect(update.operation).toBe('Update');
    expect(update.fieldsV1).toEqual({ 'f:spec': { 'f:replicas': {} } });
    expect(() => serverSideApply(scaled, config(2), 'helm', false)).toThrowError(
      /conflict with "kubectl-scale"/,
    );
  });

  test('adding fields to a list item another manager also applies is no conflict', () => {
    const live = serverSideApply(undefined, config(2, [{ name: 'A', value: '1' }]), 'helm', false);
    const other = config(2, [{ name: 'A', value: '1' }]);
    other.spec.template.spec.containers[0].workingDir = '/srv';
    const out = serverSideApply(live, other, 'other', false);
    expect(out.spec.template.spec.containers[0].workingDir).toBe('/srv');
  });

  test('fields set by client-side apply (in last-applied-configuration) are taken over without conflict', () => {
    const created = structuredClone(config(2));
    created.metadata.annotations = {
      'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(config(2)),
    };
    recordUpdate(undefined, created, 'kubectl-client-side-apply');
    const applied = serverSideApply(created, config(3), 'kubectl', false);
    expect(applied.spec.replicas).toBe(3);
    const scaled = structuredClone(created);
    scaled.spec.replicas = 5;
    recordUpdate(created, scaled, 'kubectl-scale');
    expect(() => serverSideApply(scaled, config(3), 'kubectl', false)).toThrowError(
      /conflict with "kubectl-scale"/,
    );
  });
});
