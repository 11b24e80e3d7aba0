import { describe, expect, test } from 'vitest';
import { DeadlineError, runWithDeadline } from '../../../lib/deadline';
import { accessErrorFromText, kubeAccessError, retryAfterMs } from '../../../lib/kube-errors';

const request = { verb: 'list', resource: 'pods', namespace: 'ml' };

describe('401 and 403 as one line', () => {
  test('helm quoting a forbidden list of its release Secrets', () => {
    const stderr =
      'Error: query: failed to query with labels: secrets is forbidden: User "system:serviceaccount:ml:ml-deploy" cannot list resource "secrets" in API group "" in the namespace "ml"\n';
    expect(accessErrorFromText(stderr, request)?.message).toBe(
      'forbidden: cannot list secrets in namespace ml (add verbs [list] on resource secrets to the Role)',
    );
  });

  test('a subresource and an API group are named', () => {
    const pods = accessErrorFromText(
      'pods "m-1" is forbidden: User "u" cannot get resource "pods/log" in API group "" in the namespace "ml"',
      request,
    );
    expect(pods?.message).toBe(
      'forbidden: cannot get pods/log in namespace ml (add verbs [get] on resource pods/log to the Role)',
    );
    const deployments = accessErrorFromText(
      'deployments.apps is forbidden: User "u" cannot watch resource "deployments" in API group "apps" in the namespace "ml"',
      request,
    );
    expect(deployments?.message).toBe(
      'forbidden: cannot watch deployments in API group apps in namespace ml (add verbs [watch] on resource deployments (apiGroups [apps]) to the Role)',
    );
  });

  test('an expired token from helm and from client-node', () => {
    expect(
      accessErrorFromText(
        'Error: Kubernetes cluster unreachable: the server has asked for the client to provide credentials',
        request,
      )?.code,
    ).toBe(401);
    const error = Object.assign(new Error('HTTP-Code: 401\nMessage: Unauthorized\nBody: ...'), {
      code: 401,
      body: '{"kind":"Status","message":"Unauthorized"}',
    });
    expect(kubeAccessError(error, request)?.message).toMatch(/^unauthorized: .* list pods in namespace ml/);
  });

  test('other errors are not access errors', () => {
    expect(kubeAccessError(Object.assign(new Error('x'), { code: 500 }), request)).toBeUndefined();
    expect(kubeAccessError(new Error('socket hang up'), request)).toBeUndefined();
    expect(
      accessErrorFromText('Error: UPGRADE FAILED: timed out waiting for the condition', request),
    ).toBeUndefined();
  });

  test('Retry-After in seconds', () => {
    expect(retryAfterMs({ headers: { 'retry-after': '3' } })).toBe(3000);
    expect(retryAfterMs({ headers: {} })).toBeUndefined();
    expect(retryAfterMs(new Error('x'))).toBeUndefined();
  });
});

describe('runWithDeadline', () => {
  test('returns output and exit code of a process that ends in time', async () => {
    const result = await runWithDeadline('sh', ['-c', 'echo out; echo err >&2; exit 3'], {
      env: process.env as Record<string, string>,
      silent: true,
      timeoutMs: 10_000,
    });
    expect(result).toEqual({ stdout: 'out\n', stderr: 'err\n', exitCode: 3 });
  });

  test('kills a process that hangs and says how long it had', async () => {
    const error = await runWithDeadline('sleep', ['30'], {
      env: process.env as Record<string, string>,
      silent: true,
      timeoutMs: 300,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as Error).message).toMatch(/^sleep 30 did not finish within /);
  });
});
