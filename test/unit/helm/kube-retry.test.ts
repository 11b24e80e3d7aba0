import { describe, expect, test } from 'vitest';
import { apiErrorLine, isTransient, isTransientText } from '../../../lib/kube-errors';
import { retryPauseMs, retryTransient } from '../../../lib/kube-retry';

const request = { verb: 'list', resource: 'pods', namespace: 'ml' };

/** A client-node ApiException as it arrives: code, parsed Status body, headers. */
function apiError(code: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`HTTP-Code: ${code}\nMessage: Unknown API Status Code!\nBody: ...`), {
    code,
    body: JSON.stringify({ kind: 'Status', message }),
    headers,
  });
}

describe('transient API failures', () => {
  test('5xx, 429 and no answer are transient; 403, 404, 409 are not', () => {
    expect(isTransient(apiError(500, 'x'))).toBe(true);
    expect(isTransient(apiError(429, 'x'))).toBe(true);
    expect(isTransient(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(true);
    for (const code of [403, 404, 409]) expect(isTransient(apiError(code, 'x'))).toBe(false);
  });

  test('one line instead of the HTTP dump', () => {
    expect(apiErrorLine(apiError(500, 'Internal error occurred: etcd timeout'))).toBe(
      '500 Internal error occurred: etcd timeout',
    );
    expect(apiErrorLine(Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }))).toBe(
      'no answer within its deadline',
    );
  });

  test("helm's wording of 5xx and a cut connection is transient; a refusal or a wrong address is not", () => {
    expect(isTransientText('Error: query: failed to query with labels: Internal error occurred')).toBe(true);
    expect(isTransientText('Error: the server is currently unable to handle the request (get secrets)')).toBe(
      true,
    );
    expect(isTransientText('Error: secrets is forbidden: User "u" cannot list resource "secrets"')).toBe(
      false,
    );
    expect(isTransientText('Error: Kubernetes cluster unreachable: connection refused')).toBe(false);
  });
});

describe('the pause before the next attempt', () => {
  test('Retry-After when given; a watch refused with 429 (no headers) waits a second; else a backoff', () => {
    expect(retryPauseMs(apiError(429, 'x', { 'retry-after': '3' }), 1)).toBe(3000);
    const watch429 = Object.assign(new Error('Too Many Requests'), { statusCode: 429 });
    expect(retryPauseMs(watch429, 1)).toBe(1000);
    expect(apiErrorLine(watch429)).toBe('429 Too Many Requests');
    expect(retryPauseMs(apiError(500, 'x'), 1)).toBe(250);
    expect(retryPauseMs(apiError(500, 'x'), 10)).toBe(5000);
  });
});

describe('retryTransient', () => {
  test('waits as Retry-After says, logs it, and returns the answer', async () => {
    const lines: string[] = [];
    let calls = 0;
    const answer = await retryTransient(
      async () => {
        if (++calls === 1) throw apiError(429, 'Too many requests', { 'retry-after': '0' });
        return 'listed';
      },
      { request, log: (line) => lines.push(line) },
    );
    expect(answer).toBe('listed');
    expect(lines).toEqual(['list pods: 429 Too many requests; retrying in 0s as Retry-After says']);
  });

  test('a refusal ends at once in its one line; other errors are not retried', async () => {
    let calls = 0;
    const forbidden = () => {
      calls++;
      return Promise.reject(
        apiError(
          403,
          'pods is forbidden: User "u" cannot list resource "pods" in API group "" in the namespace "ml"',
        ),
      );
    };
    await expect(retryTransient(forbidden, { request, log: () => undefined })).rejects.toThrow(
      'forbidden: cannot list pods in namespace ml (add verbs [list] on resource pods to the Role)',
    );
    await expect(
      retryTransient(() => Promise.reject(apiError(404, 'not found')), { request, log: () => undefined }),
    ).rejects.toThrow('list pods: 404 not found');
    expect(calls).toBe(1);
  });

  test('the last transient failure is thrown as one line after the attempts', async () => {
    const lines: string[] = [];
    await expect(
      retryTransient(() => Promise.reject(apiError(503, 'unavailable', { 'retry-after': '0' })), {
        request,
        attempts: 3,
        log: (line) => lines.push(line),
      }),
    ).rejects.toThrow(/^list pods: 503 unavailable$/);
    expect(lines).toHaveLength(2);
  });
});
