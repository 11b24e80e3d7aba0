import { afterEach, describe, expect, it } from 'vitest';
import { PrometheusClient, PrometheusError } from '../../lib/prometheus';
import { json, stubServer, vector, type StubServer } from '../helpers/stub-server';

let server: StubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (url: string, extra: Partial<ConstructorParameters<typeof PrometheusClient>[0]> = {}) =>
  new PrometheusClient({ url, timeoutMs: 1000, retries: 2, retryDelayMs: 1, ...extra });

async function errorOf(promise: Promise<unknown>): Promise<PrometheusError> {
  try {
    await promise;
  } catch (error) {
    return error as PrometheusError;
  }
  throw new Error('expected a PrometheusError');
}

describe('PrometheusClient', () => {
  it('reads vector values, including NaN and ±Inf as Prometheus spells them', async () => {
    server = await stubServer((_, res) => json(res, 200, vector('0.25', 'NaN', '+Inf', '-Inf')));
    const result = await client(server.url).query('up');
    expect(result.values).toEqual([0.25, NaN, Infinity, -Infinity]);
  });

  it('reads an empty vector as no values and a scalar as one', async () => {
    server = await stubServer((req, res, body) =>
      json(
        res,
        200,
        body.includes('scalar')
          ? { status: 'success', data: { resultType: 'scalar', result: [1, '3'] } }
          : vector(),
      ),
    );
    expect((await client(server.url).query('empty')).values).toEqual([]);
    expect((await client(server.url).query('scalar(1)')).values).toEqual([3]);
  });

  it('sends the query as a form POST with its timeout, auth and extra headers', async () => {
    server = await stubServer((_, res) => json(res, 200, vector('1')));
    await client(server.url, { bearerToken: 's3cret', headers: { 'X-Scope-OrgID': 'team-a' } }).query(
      'sum(up)',
    );
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', url: '/api/v1/query' });
    expect(new URLSearchParams(req!.body).get('query')).toBe('sum(up)');
    expect(new URLSearchParams(req!.body).get('timeout')).toBe('1s');
    expect(req!.headers.authorization).toBe('Bearer s3cret');
    expect(req!.headers['x-scope-orgid']).toBe('team-a');
  });

  it('evaluates at the moment asked for, when one is given, and at its own now otherwise', async () => {
    server = await stubServer((_, res) => json(res, 200, vector('1')));
    await client(server.url).query('up', 1_700_000_000_123);
    await client(server.url).query('up');
    expect(new URLSearchParams(server.requests[0]!.body).get('time')).toBe('1700000000.123');
    expect(new URLSearchParams(server.requests[1]!.body).has('time')).toBe(false);
  });

  it('sends basic auth', async () => {
    server = await stubServer((_, res) => json(res, 200, vector('1')));
    await client(server.url, { basicAuth: { username: 'u', password: 'p' } }).query('up');
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it('reports a rejected query with Prometheus’ own message, without retrying', async () => {
    server = await stubServer((_, res) =>
      json(res, 400, {
        status: 'error',
        errorType: 'bad_data',
        error: '1:5: parse error: unexpected end of input',
      }),
    );
    const error = await errorOf(client(server.url).query('sum('));
    expect(error).toMatchObject({
      kind: 'bad-query',
      detail: '1:5: parse error: unexpected end of input',
      status: 400,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry other 4xx answers', async () => {
    server = await stubServer((_, res) => json(res, 401, { status: 'error', error: 'unauthorized' }));
    const error = await errorOf(client(server.url).query('up'));
    expect(error.kind).toBe('rejected');
    expect(server.requests).toHaveLength(1);
  });

  it('retries 5xx answers with backoff, then reports Prometheus unavailable', async () => {
    server = await stubServer((_, res) => json(res, 503, { status: 'error', error: 'too many queries' }));
    const error = await errorOf(client(server.url).query('up'));
    expect(error).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(error.message).toContain('too many queries');
    expect(server.requests).toHaveLength(3);
  });

  it.each([429, 408])('retries %i (rate limited, request timeout) and recovers', async (status) => {
    server = await stubServer((_, res) =>
      server!.requests.length < 3 ? json(res, status, { status: 'error' }) : json(res, 200, vector('0.5')),
    );
    expect((await client(server.url).query('up')).values).toEqual([0.5]);
    expect(server.requests).toHaveLength(3);
  });

  it('waits as long as Retry-After says, in seconds or as an HTTP date', async () => {
    const seen: number[] = [];
    server = await stubServer((req, res) => {
      seen.push(Date.now());
      if (seen.length === 1) {
        res.writeHead(429, { 'Retry-After': '1' });
        res.end();
      } else if (seen.length === 2) {
        res.writeHead(429, { 'Retry-After': new Date(Date.now() + 2000).toUTCString() });
        res.end();
      } else json(res, 200, vector('1'));
    });
    expect((await client(server.url, { retries: 3 }).query('up')).values).toEqual([1]);
    expect(seen).toHaveLength(3);
    expect(seen[1]! - seen[0]!).toBeGreaterThanOrEqual(990);
    // An HTTP date has whole seconds: the wait is between 1 and 2 s after the answer.
    expect(seen[2]! - seen[1]!).toBeGreaterThanOrEqual(990);
  });

  it('gives up at once when Retry-After asks for longer than the query may wait, as Prometheus unavailable', async () => {
    server = await stubServer((_, res) => {
      res.writeHead(429, { 'Retry-After': '120', 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status: 'error', error: 'rate limit exceeded' }));
    });
    const error = await errorOf(client(server.url, { retries: 3, maxRetryWaitMs: 30_000 }).query('up'));
    expect(error).toMatchObject({ kind: 'unavailable', status: 429 });
    expect(error.message).toContain('rate limit exceeded');
    expect(server.requests).toHaveLength(1);
  });

  it('reports a 429 that goes on after the retries as Prometheus unavailable', async () => {
    server = await stubServer((_, res) => json(res, 429, { status: 'error', error: 'slow down' }));
    const error = await errorOf(client(server.url).query('up'));
    expect(error).toMatchObject({ kind: 'unavailable', status: 429 });
    expect(server.requests).toHaveLength(3);
  });

  it('reads the sample timestamps of a range selector, one list per series', async () => {
    server = await stubServer((_, res) =>
      json(res, 200, {
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: { pod: 'a' },
              values: [
                [1700000000, '1'],
                [1700000030.5, '2'],
              ],
            },
            { metric: { pod: 'b' }, values: [[1700000010, '1']] },
          ],
        },
      }),
    );
    expect(await client(server.url).sampleTimes('up[5m]')).toEqual([
      [1700000000000, 1700000030500],
      [1700000010000],
    ]);
    const error = await errorOf(
      (async () => {
        await server!.close();
        server = await stubServer((_, res) => json(res, 200, vector('1')));
        return client(server.url).sampleTimes('up');
      })(),
    );
    expect(error.kind).toBe('bad-query');
  });

  it('recovers when a retry succeeds', async () => {
    server = await stubServer((_, res) =>
      server!.requests.length < 2 ? json(res, 502, {}) : json(res, 200, vector('0.5')),
    );
    expect((await client(server.url).query('up')).values).toEqual([0.5]);
  });

  it('times out a slow Prometheus and retries', async () => {
    server = await stubServer((_, res) => setTimeout(() => json(res, 200, vector('1')), 1500));
    const error = await errorOf(client(server.url, { timeoutMs: 200, retries: 1 }).query('up'));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/timed out after 200 ms/);
    expect(server.requests).toHaveLength(2);
  });

  it('reports an unreachable Prometheus', async () => {
    const error = await errorOf(client('http://127.0.0.1:9', { retries: 0 }).query('up'));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/unreachable/);
  });

  it('rejects range-vector results', async () => {
    server = await stubServer((_, res) =>
      json(res, 200, { status: 'success', data: { resultType: 'matrix', result: [] } }),
    );
    const error = await errorOf(client(server.url).query('up[5m]'));
    expect(error.kind).toBe('bad-query');
    expect(error.message).toMatch(/instant vector or scalar/);
  });
});
