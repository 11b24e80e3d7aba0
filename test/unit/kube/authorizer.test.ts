import { describe, expect, test } from 'vitest';
import { Authorizer, verbOf, type RequestAttributes } from '../../../sandbox/kube/authorizer';
import { byKind } from '../../../sandbox/kube/resources';
import { Store } from '../../../sandbox/kube/store';
import { Tokens, admin } from '../../../sandbox/kube/tokens';
import type { Json } from '../../../sandbox/kube/types';

const sa = {
  name: 'system:serviceaccount:ml:deployer',
  groups: ['system:serviceaccounts', 'system:authenticated'],
};

function cluster(rules: Json[], binding: 'RoleBinding' | 'ClusterRoleBinding' = 'RoleBinding'): Authorizer {
  const store = new Store();
  const roleKind = binding === 'RoleBinding' ? 'Role' : 'ClusterRole';
  store.create(byKind(roleKind), {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: roleKind,
    metadata: { name: 'r', ...(roleKind === 'Role' ? { namespace: 'ml' } : {}) },
    rules,
  });
  store.create(byKind(binding), {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: binding,
    metadata: { name: 'b', ...(binding === 'RoleBinding' ? { namespace: 'ml' } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: 'r' },
    subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ml' }],
  });
  return new Authorizer(store);
}

const req = (a: Partial<RequestAttributes>): RequestAttributes => ({
  verb: 'get',
  apiGroup: '',
  resource: 'pods',
  namespace: 'ml',
  ...a,
});

describe('RBAC rules', () => {
  test('verbs from method and path', () => {
    expect(verbOf('GET', true, false)).toBe('get');
    expect(verbOf('GET', false, false)).toBe('list');
    expect(verbOf('GET', false, true)).toBe('watch');
    expect(verbOf('DELETE', false, false)).toBe('deletecollection');
    expect(verbOf('PATCH', true, false)).toBe('patch');
  });

  test('resources, subresources, wildcards and resourceNames', () => {
    const a = cluster([
      { apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] },
      { apiGroups: ['apps'], resources: ['*/scale'], verbs: ['*'] },
      { apiGroups: [''], resources: ['configmaps'], resourceNames: ['one'], verbs: ['get', 'list'] },
    ]);
    expect(a.allows(sa, req({ verb: 'list' }))).toBe(true);
    expect(a.allows(sa, req({ verb: 'watch' }))).toBe(false);
    expect(a.allows(sa, req({ subresource: 'log', name: 'p' }))).toBe(true);
    expect(a.allows(sa, req({ subresource: 'status', name: 'p' }))).toBe(false);
    expect(
      a.allows(sa, req({ apiGroup: 'apps', resource: 'deployments', subresource: 'scale', verb: 'patch' })),
    ).toBe(true);
    expect(a.allows(sa, req({ apiGroup: 'apps', resource: 'deployments', verb: 'patch' }))).toBe(false);
    expect(a.allows(sa, req({ resource: 'configmaps', name: 'one' }))).toBe(true);
    expect(a.allows(sa, req({ resource: 'configmaps', name: 'two' }))).toBe(false);
    expect(a.allows(sa, req({ resource: 'configmaps', verb: 'list' }))).toBe(false);
    expect(a.allows(sa, req({ namespace: 'other', verb: 'list' }))).toBe(false);
    expect(a.allows({ ...sa, name: 'system:serviceaccount:ml:other' }, req({}))).toBe(false);
    expect(a.allows(admin, req({ verb: 'delete', resource: 'nodes', namespace: undefined }))).toBe(true);
  });

  test('a ClusterRoleBinding grants everywhere, cluster scope included; the 403 as the API server words it', () => {
    const a = cluster(
      [{ apiGroups: [''], resources: ['nodes', 'pods'], verbs: ['list'] }],
      'ClusterRoleBinding',
    );
    expect(a.allows(sa, req({ verb: 'list', namespace: 'anywhere' }))).toBe(true);
    expect(a.allows(sa, req({ verb: 'list', resource: 'nodes', namespace: undefined }))).toBe(true);
    expect(() =>
      a.authorize(sa, req({ verb: 'get', resource: 'nodes', name: 'n1', namespace: undefined })),
    ).toThrow(
      'nodes "n1" is forbidden: User "system:serviceaccount:ml:deployer" cannot get resource "nodes" in API group "" at the cluster scope',
    );
    expect(() => a.authorize(sa, req({ verb: 'list', apiGroup: 'apps', resource: 'deployments' }))).toThrow(
      'deployments.apps is forbidden: User "system:serviceaccount:ml:deployer" cannot list resource "deployments" in API group "apps" in the namespace "ml"',
    );
  });
});

describe('tokens', () => {
  test('no token or the admin token is the admin; issued tokens until they expire; others 401', () => {
    const tokens = new Tokens();
    expect(tokens.authenticate(undefined)).toBe(admin);
    expect(tokens.authenticate('Bearer sandbox')).toBe(admin);
    const { token } = tokens.issue('ml', 'deployer', 60, 1_000);
    expect(tokens.authenticate(`Bearer ${token}`, 30_000).name).toBe('system:serviceaccount:ml:deployer');
    expect(() => tokens.authenticate(`Bearer ${token}`, 61_000)).toThrow('Unauthorized');
    expect(() => tokens.authenticate('Bearer forged')).toThrow('Unauthorized');
    const { token: later } = tokens.issue('ml', 'deployer', 3600, 1_000);
    expect(tokens.expire(later, 2_000)).toBe(true);
    expect(() => tokens.authenticate(`Bearer ${later}`, 2_000)).toThrow('Unauthorized');
    expect(tokens.expire('forged')).toBe(false);
  });
});
