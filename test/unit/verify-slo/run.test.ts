import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../lib/action';
import { run } from '../../../actions/verify-slo/main';
import { parseFileCommand } from '../../helpers/run-bundle';
import { json, stubServer, vector, type StubServer } from '../../helpers/stub-server';

let server: StubServer;
let dir: string;
let stdout: string;
const saved = { ...process.env };

function setInputs(inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

async function runWith(inputs: Record<string, string>) {
  setInputs(inputs);
  process.exitCode = undefined;
  await runAction(run);
  const exitCode = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { exitCode, outputs: parseFileCommand(readFileSync(join(dir, 'output'), 'utf8')), stdout };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verify-slo-run-'));
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '');
  process.env.GITHUB_OUTPUT = join(dir, 'output');
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
  process.env.RUNNER_TEMP = dir;
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  server = await stubServer((_, res) => json(res, 200, vector()));
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('verify-slo run()', () => {
  it('reports every bad input in one message and sends nothing to Prometheus', async () => {
    const result = await runWith({
      'prometheus-url': `${server.url.replace('http', 'ftp')}`,
      'max-error-rate': '2',
      'max-latency': 'fast',
      duration: '10 minutes',
      interval: '0.5s',
      'failure-limit': '0',
      'on-inconclusive': 'maybe',
      'fail-on-breach': 'yes',
      vars: 'release=a"b',
      'compare-to': 'canary',
    });
    expect(result.exitCode).toBe(1);
    const error = /::error::(.*)/.exec(result.stdout)![1]!;
    for (const input of [
      'prometheus-url',
      'max-error-rate',
      'max-latency',
      'duration',
      'interval',
      'failure-limit',
      'on-inconclusive',
      'fail-on-breach',
      'compare-to',
    ]) {
      expect(error).toContain(`input '${input}'`);
    }
    expect(error).toContain('the value of release contains a double quote');
    expect(error).toMatch(/^Invalid configuration, nothing was changed\. \d+ problems with the inputs/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a scrape-interval over 10m and a burn-rate SLI with compare: true, before sending anything', async () => {
    const file = join(dir, 'burn.yaml');
    writeFileSync(
      file,
      [
        'slis:',
        '  - name: availability',
        '    query: sum(rate(errors{track="{{track}}"}[{{window}}])) / sum(rate(requests{track="{{track}}"}[{{window}}]))',
        '    unit: ratio',
        '    compare: true',
        '    burn-rate: { objective: 0.999, short-window: 5m, long-window: 1h, max: 14.4 }',
        '',
      ].join('\n'),
    );
    const result = await runWith({
      'prometheus-url': server.url,
      'compare-to': 'baseline',
      'slo-file': file,
      'scrape-interval': '7d',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`input 'scrape-interval': expected a duration of at most 10m, got "7d"`);
    expect(result.stdout).toContain(
      "(availability): a burn-rate SLI is judged on the canary's own burn rate; compare: true does not apply to it",
    );
    expect(server.requests).toHaveLength(0);
  });

  it('asks for at least one SLI', async () => {
    const result = await runWith({ 'prometheus-url': server.url });
    expect(result.stdout).toContain('no SLI to verify');
    expect(server.requests).toHaveLength(0);
  });

  it('names placeholders that have no value', async () => {
    const result = await runWith({
      'prometheus-url': server.url,
      'max-error-rate': '0.01',
      vars: 'namespace=ml',
    });
    expect(result.stdout).toContain('error-rate: no value for {{release}}');
    expect(server.requests).toHaveLength(0);
  });

  it('rejects a relative SLI whose query does not select the track, naming it, before sending anything', async () => {
    const result = await runWith({
      'prometheus-url': server.url,
      'compare-to': 'baseline',
      'error-rate-query': 'sum(rate(http_requests_total{release="{{release}}",code="500"}[{{window}}]))',
      vars: 'release=r',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::.*SLI error-rate is compared with the baseline track \(compare-to\), but its query does not use \{\{track\}\}, so it would compare the canary with itself/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('rejects a compared SLI of the slo-file without {{track}}, naming it', async () => {
    const file = join(dir, 'slos.yaml');
    writeFileSync(
      file,
      [
        'slis:',
        '  - name: gpu-errors',
        '    query: sum(rate(gpu_errors_total{release="{{release}}"}[{{window}}]))',
        '    unit: number',
        '    compare: true',
        '  - name: tracked',
        '    query: sum(rate(gpu_errors_total{track="{{track}}"}[{{window}}]))',
        '    unit: number',
        '    compare: true',
        '',
      ].join('\n'),
    );
    const result = await runWith({
      'prometheus-url': server.url,
      'compare-to': 'stable',
      'slo-file': file,
      vars: 'release=r',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'SLI gpu-errors is compared with the stable track (compare-to), but its query does not use {{track}}',
    );
    expect(result.stdout).not.toContain('SLI tracked');
    expect(server.requests).toHaveLength(0);
  });

  it('does not stop at the preflight when Prometheus answers 429: those samples are errors', async () => {
    await server.close();
    server = await stubServer((_, res) => {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '0' });
      res.end(JSON.stringify({ status: 'error', error: 'rate limit exceeded' }));
    });
    const result = await runWith({
      'prometheus-url': server.url,
      ...noData,
      retries: '1',
      'on-inconclusive': 'neutral',
    });
    expect(result.stdout).toMatch(
      /::warning::error-rate: preflight query failed: Prometheus answered HTTP 429/,
    );
    expect(result.outputs.verdict).toBe('inconclusive');
    expect(result.outputs.reason).toMatch(/errors; last: .*HTTP 429: rate limit exceeded/);
    expect(result.exitCode).toBe(0);
  }, 30_000);

  it('masks secrets given as inputs', async () => {
    await runWith({ 'prometheus-url': server.url, 'bearer-token': 'tok-123', 'basic-auth': 'me:pw-456' });
    expect(stdout).toContain('::add-mask::tok-123');
    expect(stdout).toContain('::add-mask::me:pw-456');
  });

  const noData = {
    'max-error-rate': '0.01',
    vars: 'namespace=ml\nrelease=r',
    duration: '2s',
    interval: '1s',
  };

  it.each([
    ['fail', 1],
    ['pass', 0],
    ['neutral', 0],
  ] as const)('on-inconclusive: %s', async (onInconclusive, exitCode) => {
    const result = await runWith({
      'prometheus-url': server.url,
      ...noData,
      'on-inconclusive': onInconclusive,
    });
    expect(result.outputs.verdict).toBe('inconclusive');
    expect(result.exitCode).toBe(exitCode);
    if (onInconclusive === 'pass')
      expect(result.stdout).toContain('::warning::verify-slo inconclusive, counted as a pass');
  });

  it('only sets outputs on a failed verdict when fail-on-breach is false', async () => {
    await server.close();
    server = await stubServer((_, res) => json(res, 200, vector('0.5')));
    const result = await runWith({
      'prometheus-url': server.url,
      ...noData,
      'failure-limit': '1',
      'fail-on-breach': 'false',
      decision: 'fixed',
    });
    expect(result.outputs.verdict).toBe('fail');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.reason).toBe('error-rate failed 1 sample in a row: 50% > budget 1% (worst 50%)');
  });
});
