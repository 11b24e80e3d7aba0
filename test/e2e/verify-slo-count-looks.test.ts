import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/run-bundle';
import { json, stubServer, vector, type StubServer } from '../helpers/stub-server';

// Between samples, verify-slo reads again the counts of an SLI that point over its budget, and fails at the
// reading that shows the regression. The counters here grow by exactly 20 requests and 0.4 errors a second
// from the first counter reading (a 2 % share against a 1 % budget), so the moment of the fail is known:
// 1,000 requests, 50 s in, between the samples at 40 s and 60 s. A sandbox's random traffic could not pin
// it to a reading rather than a sample.
let server: StubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function countingPrometheus(): Promise<StubServer> {
  let origin: number | undefined;
  return stubServer((_, res, body) => {
    const params = new URLSearchParams(body);
    const query = params.get('query') ?? '';
    const time = params.get('time');
    if (query.endsWith(']')) {
      // The range selectors verify-slo learns the scrape interval from: samples 1 s apart.
      const values = [0, 1, 2, 3].map((i) => [1_700_000_000 + i, String(i)]);
      json(res, 200, { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values }] } });
      return;
    }
    if (!query.startsWith('http_requests_total')) {
      json(res, 200, vector('0.02'));
      return;
    }
    // Counter readings name their moment; whole seconds since the first one absorb the timers' jitter.
    if (time !== null) origin ??= Number(time);
    const seconds = time === null || origin === undefined ? 0 : Math.round(Number(time) - origin);
    const value = query.includes('code=~"5.."') ? 10 + Math.round(0.4 * seconds) : 500 + 20 * seconds;
    json(res, 200, vector(String(value)));
  });
}

describe('verify-slo bundle: counter readings between samples', () => {
  it('fails a regression at the reading between samples that shows it, with the default confidence', async () => {
    server = await countingPrometheus();
    const run = await runBundle('verify-slo', {
      inputs: {
        'prometheus-url': server.url,
        vars: 'namespace=ml\nrelease=r',
        'max-error-rate': '1%',
        duration: '2m',
        interval: '20s',
      },
    });
    rmSync(run.runnerTemp, { recursive: true, force: true });
    const reason =
      'error-rate: 2.0 % of 1,000 requests failed (budget 1 %): a regression, with 95 % confidence';
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(run.outputs.reason).toBe(reason);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Window: scrape interval 1s (learned');
    // Two samples (leaning over from the first), then readings every 5 s: 900 requests at 45 s are not yet
    // conclusive, 1,000 at 50 s are.
    expect(run.stdout.match(/^\[\d+\/6 /gm)).toEqual(['[1/6 ', '[2/6 ']);
    expect(run.stdout).toMatch(/^\[1\/6 20s\] error-rate .*error share 2% \(8\/400\).*continue\]$/m);
    expect(run.stdout).toContain(`[counts 50s] ${reason}`);
    expect(run.summary).toContain(reason);
  });
});
