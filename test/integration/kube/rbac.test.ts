import { AppsV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../sandbox/kube/types';
import { startSandbox, tool, versions, type Sandbox } from './helpers';

const ns = 'ml';
const user = 'system:serviceaccount:ml:deployer';

const setup = `
apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: ml }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: deployer, namespace: ml }
rules:
  - apiGroups: ['']
    resources: [pods]
    verbs: [get, list]
  - apiGroups: ['']
    resources: [pods/log]
    verbs: [get]
  - apiGroups: ['']
    resources: [configmaps]
    resourceNames: [allowed]
    verbs: [get]
  - apiGroups: ['']
    resources: [secrets]
    verbs: ['*']
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: deployer, namespace: ml }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }
subjects: [{ kind: ServiceAccount, name: deployer, namespace: ml }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: deployment-reader }
rules:
  - apiGroups: [apps]
    resources: ['*']
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: deployment-reader, namespace: other }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deployment-reader }
subjects: [{ kind: ServiceAccount, name: deployer, namespace: ml }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: allowed, namespace: ml }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: hidden, namespace: ml }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: ml }
spec: { containers: [{ name: web, image: web:1.0 }] }
`;

describe('RBAC: bearer tokens from TokenRequest, authorised by Roles and bindings', () => {
  let sb: Sandbox;
  let token: string;
  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 100, rbac: true });
    const kubectl = tool('1.35', 'kubectl');
    await sb.ok(kubectl, ['create', 'namespace', ns]);
    await sb.ok(kubectl, ['create', 'namespace', 'other']);
    await sb.ok(kubectl, ['apply', '-f', '-'], setup);
    await sb.ok(kubectl, ['wait', '--for=condition=Ready', 'pod/web', '-n', ns, '--timeout=60s']);
    token = (await sb.ok(kubectl, ['create', 'token', 'deployer', '-n', ns, '--duration=10m'])).trim();
  });
  afterAll(async () => {
    await sb?.stop();
  });
  const as =
    (t: string) =>
    (path: string, init: RequestInit = {}) =>
      fetch(`${sb.emulator.url}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${t}`, ...init.headers },
      });

  test('the kubeconfig is the admin’s, over TLS, and may do anything', async () => {
    expect(sb.emulator.serverUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const nodes = await sb.json(tool('1.31', 'kubectl'), ['get', 'nodes', '-o', 'json']);
    expect(nodes.items.length).toBeGreaterThan(0);
  });

  test.each(versions)(
    'kubectl %s: create token, then what the Role grants and the 403s for the rest',
    async (version) => {
      const kubectl = tool(version, 'kubectl');
      const mine = (await sb.ok(kubectl, ['create', 'token', 'deployer', '-n', ns])).trim();
      const run = (...args: string[]) => sb.run(kubectl, [...args, '-n', ns, '--token', mine]);
      const pods = await run('get', 'pods', '-o', 'json');
      expect(pods.code).toBe(0);
      expect(JSON.parse(pods.stdout).items.map((p: Json) => p.metadata.name)).toEqual(['web']);
      expect((await run('logs', 'web')).stdout).toContain('starting web:1.0');
      expect((await run('get', 'configmap', 'allowed')).code).toBe(0);

      const list = await run('get', 'deployments');
      expect(list.code).not.toBe(0);
      expect(list.stderr).toContain(
        `deployments.apps is forbidden: User "${user}" cannot list resource "deployments" in API group "apps" in the namespace "ml"`,
      );
      const named = await run('get', 'configmap', 'hidden');
      expect(named.stderr).toContain(
        `configmaps "hidden" is forbidden: User "${user}" cannot get resource "configmaps" in API group "" in the namespace "ml"`,
      );
      const del = await run('delete', 'pod', 'web');
      expect(del.stderr).toContain(`pods "web" is forbidden: User "${user}" cannot delete resource "pods"`);
      const nodes = await sb.run(kubectl, ['get', 'nodes', '--token', mine]);
      expect(nodes.stderr).toContain(
        `nodes is forbidden: User "${user}" cannot list resource "nodes" in API group "" at the cluster scope`,
      );
      // A ClusterRole bound by a RoleBinding grants only in that binding's namespace.
      expect((await sb.run(kubectl, ['get', 'deployments', '-n', 'other', '--token', mine])).code).toBe(0);
      expect(await sb.ok(kubectl, ['get', 'pod', 'web', '-n', ns])).toContain('web');
    },
  );

  test('watch, subresources and the Status bodies, as the API server answers them', async () => {
    const watch = await as(token)(`/api/v1/namespaces/${ns}/pods?watch=1`);
    expect(watch.status).toBe(403);
    expect(await watch.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `pods is forbidden: User "${user}" cannot watch resource "pods" in API group "" in the namespace "ml"`,
      reason: 'Forbidden',
      details: { group: '', kind: 'pods' },
      code: 403,
    });
    const status = await as(token)(`/api/v1/namespaces/${ns}/pods/web/status`);
    expect(((await status.json()) as Json).message).toBe(
      `pods "web" is forbidden: User "${user}" cannot get resource "pods/status" in API group "" in the namespace "ml"`,
    );
    const bad = await as('not-a-token')(`/api/v1/namespaces/${ns}/pods`);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
      message: 'Unauthorized',
      code: 401,
    });
    // Discovery, OpenAPI and the version are open to every authenticated user.
    for (const path of ['/api', '/apis', '/version', '/openapi/v3'])
      expect((await as(token)(path)).status).toBe(200);
    expect((await as('not-a-token')('/version')).status).toBe(401);
    // The fault control endpoint is the admin's alone.
    expect(
      (await as(token)('/sandbox/faults', { method: 'PUT', body: '{"rate":1,"codes":[500]}' })).status,
    ).toBe(403);
    expect(await (await fetch(`${sb.emulator.url}/sandbox/faults`)).json()).toEqual({});
    const missing = await as(token)(`/api/v1/namespaces/${ns}/serviceaccounts/nobody/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: {} }),
    });
    expect(missing.status).toBe(403);
  });

  test('an expired token is 401, as kubectl words it; TokenRequest lasts at least 10 minutes', async () => {
    const kubectl = tool('1.31', 'kubectl');
    const short = await sb.run(kubectl, ['create', 'token', 'deployer', '-n', ns, '--duration=1s']);
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain(
      'spec.expirationSeconds: Invalid value: 1: may not specify a duration less than 10 minutes',
    );
    const expiring = (await sb.ok(kubectl, ['create', 'token', 'deployer', '-n', ns])).trim();
    expect((await sb.run(kubectl, ['get', 'pods', '-n', ns, '--token', expiring])).code).toBe(0);
    sb.emulator.expireToken(expiring);
    const r = await sb.run(kubectl, ['get', 'pods', '-n', ns, '--token', expiring]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('You must be logged in to the server');
    expect(() => sb.emulator.expireToken('never-issued')).toThrow('did not issue');
  });

  test.each(versions)(
    'helm %s with the service account’s kubeconfig lists releases it may read',
    async (version) => {
      const path = sb.emulator.kubeconfigFor(token, `kubeconfig-deployer-${version}`);
      const list = await sb.run(tool(version, 'helm'), [
        'list',
        '-n',
        ns,
        '--kubeconfig',
        path,
        '-o',
        'json',
      ]);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([]);
      const other = await sb.run(tool(version, 'helm'), ['list', '-n', 'other', '--kubeconfig', path]);
      expect(other.code).not.toBe(0);
      expect(other.stderr).toContain(`secrets is forbidden: User "${user}" cannot list resource "secrets"`);
    },
  );

  test('client-node with the service account’s kubeconfig', async () => {
    const kc = new KubeConfig();
    kc.loadFromFile(sb.emulator.kubeconfigFor(token, 'kubeconfig-deployer-client'));
    const pods = await kc.makeApiClient(CoreV1Api).listNamespacedPod({ namespace: ns });
    expect(pods.items.map((p) => p.metadata?.name)).toEqual(['web']);
    const err = await kc
      .makeApiClient(AppsV1Api)
      .listNamespacedDeployment({ namespace: ns })
      .then(
        () => undefined,
        (e: { code?: number; body?: string }) => e,
      );
    expect(err?.code).toBe(403);
    expect(JSON.parse(err!.body!).reason).toBe('Forbidden');
  });
});
