import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/run-bundle';
import { json, stubServer, vector, type StubServer } from '../helpers/stub-server';

// A rate-limiting front end (Mimir, Thanos, Grafana Cloud, Amazon Managed Prometheus) answers 429 with
// Retry-After. The bundled verify-slo waits as told, within one interval, and never stops at the preflight.
let server: StubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const inputs = (url: string) => ({
  'prometheus-url': url,
  vars: 'namespace=ml\nrelease=r',
  'max-error-rate': '1%',
  decision: 'fixed',
  duration: '6s',
  interval: '2s',
});

/** Answers like Prometheus: a matrix for a range selector (samples 1 s apart), else a vector. */
function answer(res: Parameters<typeof json>[0], body: string) {
  const query = new URLSearchParams(body).get('query') ?? '';
  if (query.endsWith(']')) {
    const values = [0, 1, 2, 3].map((i) => [1_700_000_000 + i, String(i)]);
    json(res, 200, { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values }] } });
  } else json(res, 200, vector('0.001'));
}

describe('verify-slo bundle behind a rate limit', () => {
  it('retries 429 after the Retry-After it was given and judges every sample', async () => {
    const seen = new Map<string, number[]>();
    server = await stubServer((_, res, body) => {
      const times = seen.get(body) ?? [];
      times.push(Date.now());
      seen.set(body, times);
      // The first request of each query is rate limited; its retry must wait at least a second.
      if (times.length === 1) {
        res.writeHead(429, { 'Retry-After': '1', 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ status: 'error', error: 'rate limit exceeded' }));
      } else answer(res, body);
    });
    const run = await runBundle('verify-slo', { inputs: inputs(server.url) });
    rmSync(run.runnerTemp, { recursive: true, force: true });
    expect(run.outputs.verdict, run.stdout).toBe('pass');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/preflight query failed| ERROR /);
    expect(run.stdout).toContain('Window: scrape interval 1s (learned');
    for (const [body, times] of seen) {
      expect(times.length, body).toBeGreaterThanOrEqual(2);
      expect(times[1]! - times[0]!, body).toBeGreaterThanOrEqual(990);
    }
  });

  it('makes error samples, not a preflight abort, of a rate limit that goes on', async () => {
    server = await stubServer((_, res) => {
      res.writeHead(429, { 'Retry-After': '120', 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status: 'error', error: 'rate limit exceeded' }));
    });
    const run = await runBundle('verify-slo', {
      inputs: { ...inputs(server.url), 'on-inconclusive': 'neutral' },
    });
    rmSync(run.runnerTemp, { recursive: true, force: true });
    expect(run.stdout).toContain('preflight query failed: Prometheus answered HTTP 429: rate limit exceeded');
    expect(run.stdout).toMatch(/\[1\/3 2s\] error-rate ERROR .*HTTP 429/);
    expect(run.outputs.verdict).toBe('inconclusive');
    expect(run.outputs.reason).toMatch(/errors; last: .*HTTP 429: rate limit exceeded/);
    expect(run.exitCode).toBe(0);
    // Retry-After asked for longer than one interval: no query was retried. One request each for the
    // preflight and every sample, and the two selectors whose scrape interval it tries to learn, at the
    // start and again before each sample while it is unknown.
    const samples = run.stdout.match(/^\[\d+\/3 /gm)!.length;
    expect(server.requests.length).toBeGreaterThanOrEqual(1 + samples);
    expect(server.requests.length).toBeLessThanOrEqual(1 + samples + 2 * (samples + 1));
  });

  it('keeps to its interval under a rate limit with a short Retry-After: only the samples wait it out', async () => {
    server = await stubServer((_, res) => {
      res.writeHead(429, { 'Retry-After': '1', 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status: 'error', error: 'rate limit exceeded' }));
    });
    const run = await runBundle('verify-slo', {
      inputs: { ...inputs(server.url), duration: '8s', interval: '4s', 'on-inconclusive': 'neutral' },
    });
    rmSync(run.runnerTemp, { recursive: true, force: true });
    expect(run.outputs.verdict, run.stdout).toBe('inconclusive');
    expect(run.stdout).toMatch(/\[2\/2 \d+s\] error-rate ERROR .*HTTP 429/);
    const bodies = server.requests.map((r) => new URLSearchParams(r.body).get('query') ?? '');
    // The samples' queries wait for Retry-After and ask again, within their interval.
    const sampled = bodies.filter((q) => !q.endsWith(']')).length;
    expect(sampled).toBeGreaterThan(1 + 2);
    // The two selectors whose scrape interval it learns are asked once each at the start and before each
    // sample: retried too, one after the other, they would hold every sample back by up to two intervals.
    const probes = bodies.filter((q) => q.endsWith(']')).length;
    expect(probes).toBe(2 * 3);
  });
});
