// The bad-input suite: hostile or malformed inputs, each run through the bundled action. Every one must fail
// with exit 1 and exactly one ::error:: line naming the input, without a stack trace, without a request to
// Kubernetes, Prometheus, the registry or GitHub (loopback stubs count them), and without any secret of the
// run in the log, the outputs or the summary.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../helpers/run-bundle';
import { stubServer, type StubServer } from '../helpers/stub-server';
import { leakedSecrets } from '../helpers/secret-leaks';

const SECRETS = {
  bearer: 'bearer-SECRET-7f3a9c',
  basic: 'basic-SECRET-pw-41d2',
  header: 'header-SECRET-tenant-88',
  kube: 'kube-SECRET-token-5e6f',
  github: 'ghs_SECRET0123456789abcdef',
  build: 'hf_SECRET_build_token_9a8b',
  url: 'url-SECRET-pass-77',
};

type Action = 'verify-slo' | 'deploy-canary' | 'rollback' | 'build-scan';
interface Row {
  action: Action;
  input: string;
  value: string;
  /** What the row tries, for the test name. */
  what: string;
}

const stubs: Record<'kube' | 'prometheus' | 'registry' | 'github', StubServer> = {} as never;
let dir: string;
let kubeconfig: string;
let kubeconfigFile: string;
let protoValues: string;
let base: Record<Action, Record<string, string>>;

beforeAll(async () => {
  for (const name of ['kube', 'prometheus', 'registry', 'github'] as const) {
    stubs[name] = await stubServer((_req, res) => {
      res.writeHead(500);
      res.end('stub');
    });
  }
  dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{ name: stub, cluster: { server: "${stubs.kube.url}" } }]`,
    `users: [{ name: ci, user: { token: ${SECRETS.kube} } }]`,
    'contexts: [{ name: stub, context: { cluster: stub, user: ci } }]',
    'current-context: stub',
    '',
  ].join('\n');
  kubeconfigFile = join(dir, 'kubeconfig');
  writeFileSync(kubeconfigFile, kubeconfig, { mode: 0o600 });
  protoValues = join(dir, 'proto-values.yaml');
  writeFileSync(protoValues, 'canary:\n  __proto__:\n    polluted: yes\n');
  const registry = stubs.registry.url.replace('http://', '');
  base = {
    'verify-slo': {
      'prometheus-url': stubs.prometheus.url,
      'bearer-token': SECRETS.bearer,
      'basic-auth': `ops:${SECRETS.basic}`,
      headers: `X-Scope-OrgID: ${SECRETS.header}`,
      'max-error-rate': '0.01',
      vars: 'namespace=prod\nrelease=fraud',
      duration: '30s',
      interval: '10s',
    },
    'deploy-canary': {
      release: 'fraud',
      namespace: 'prod',
      chart: 'charts/inference-service',
      image: 'registry.local/fraud:v2',
      kubeconfig,
      'github-token': SECRETS.github,
    },
    rollback: {
      release: 'fraud',
      namespace: 'prod',
      kubeconfig: kubeconfigFile,
      reason: 'verify-slo failed',
      'github-token': SECRETS.github,
    },
    'build-scan': {
      image: `${registry}/ml/fraud`,
      context: 'test/fixtures/images/model-server',
      'trivy-report': 'test/fixtures/trivy/alpine-310.json',
      push: 'false',
      secrets: `HF_TOKEN=${SECRETS.build}`,
    },
  };
});

afterAll(async () => {
  await Promise.all(Object.values(stubs).map((s) => s?.close()));
  rmSync(dir, { recursive: true, force: true });
});

const big = (n: number) => 'a'.repeat(n);
const traversal = '../../../../../../etc/passwd';
const row = (action: Action, input: string, value: string, what: string): Row => ({
  action,
  input,
  value,
  what,
});

const VERIFY: Row[] = [
  row('verify-slo', 'vars', `namespace=prod\nrelease=a',track!='`, 'single-quote label injection'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=a"} or vector(1) #`, 'double-quote label injection'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=a\\"`, 'backslash escape'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=x{y}`, 'braces'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=a[1m]`, 'brackets'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=a\`b`, 'backtick'),
  row(
    'verify-slo',
    'vars',
    `namespace=prod\nrelease=fraud\nwindow=5m])) * 0 or vector(0) #`,
    'window injection',
  ),
  row('verify-slo', 'vars', `namespace=prod\nrelease=fraud\nwindow=forever`, 'window not a duration'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=fraud\nshort-window=1h or vector(1)`, 'other duration'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=fraud\n__proto__=x`, 'prototype key'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=fraud\nconstructor=x`, 'constructor key'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=fraud\njust text`, 'line without ='),
  row('verify-slo', 'vars', `namespace=prod\nrelease=fr\u0007aud`, 'control character'),
  row('verify-slo', 'vars', `namespace=prod\nrelease=${big(70_000)}`, 'oversize'),
  row('verify-slo', 'prometheus-url', 'javascript:alert(1)', 'javascript URL'),
  row('verify-slo', 'prometheus-url', 'file:///etc/passwd', 'file URL'),
  row('verify-slo', 'prometheus-url', 'ftp://127.0.0.1:21', 'ftp URL'),
  row('verify-slo', 'prometheus-url', `http://ops:${SECRETS.url}@[::1`, 'unparsable URL with credentials'),
  row(
    'verify-slo',
    'prometheus-url',
    `gopher://ops:${SECRETS.url}@127.0.0.1`,
    'wrong scheme with credentials',
  ),
  row('verify-slo', 'prometheus-url', `http://${big(3000)}`, 'oversize URL'),
  row('verify-slo', 'prometheus-url', 'http://127.0.0.1\u001b[31m', 'ANSI escape'),
  row('verify-slo', 'duration', '10 minutes', 'prose duration'),
  row('verify-slo', 'duration', '99999999999h', 'oversize duration'),
  row('verify-slo', 'duration', '-5m', 'negative duration'),
  row('verify-slo', 'interval', '0.1s', 'interval below 1s'),
  row('verify-slo', 'warmup', 'soon', 'warmup not a duration'),
  row('verify-slo', 'max-error-rate', '2', 'ratio above 1'),
  row('verify-slo', 'max-error-rate', 'NaN', 'NaN'),
  row('verify-slo', 'max-error-rate', '1e309', 'overflow'),
  row('verify-slo', 'max-error-rate', '[0.01]', 'wrong type (list)'),
  row('verify-slo', 'max-latency', 'fast', 'latency word'),
  row('verify-slo', 'failure-limit', '0', 'zero'),
  row('verify-slo', 'failure-limit', '1.5', 'fraction'),
  row('verify-slo', 'failure-limit', '{"n":3}', 'wrong type (object)'),
  row('verify-slo', 'on-inconclusive', 'maybe', 'unknown enum'),
  row('verify-slo', 'compare-to', 'canary', 'unknown enum'),
  row('verify-slo', 'decision', 'bayesian', 'unknown enum'),
  row('verify-slo', 'fail-on-breach', 'yes', 'boolean spelled yes'),
  row('verify-slo', 'insecure-skip-tls-verify', '1', 'boolean spelled 1'),
  row('verify-slo', 'retries', '100', 'above range'),
  row('verify-slo', 'query-timeout', '0s', 'zero timeout'),
  row('verify-slo', 'basic-auth', 'no-colon-here', 'basic auth without password'),
  row('verify-slo', 'headers', 'Bad Header: x', 'header name with a space'),
  row('verify-slo', 'headers', 'X-Ok: a\u0001b', 'control character in header value'),
  row('verify-slo', 'slo-file', traversal, 'path traversal'),
  row('verify-slo', 'slo-file', '/nonexistent/slo.yaml', 'missing file'),
  row('verify-slo', 'latency-quantile', '2', 'quantile above range'),
  row('verify-slo', 'tolerance', '-1', 'negative tolerance'),
  row('verify-slo', 'min-requests', '-3', 'negative count'),
  row('verify-slo', 'false-rollback-rate', '0.5', 'above range'),
  row('verify-slo', 'scrape-interval', '7d', 'above range'),
  row('verify-slo', 'scrape-interval', '0s', 'zero'),
];

const DEPLOY: Row[] = [
  row('deploy-canary', 'release', 'Fraud_Model', 'not DNS-1123'),
  row('deploy-canary', 'release', 'fraud;rm -rf /', 'shell metacharacters'),
  row('deploy-canary', 'release', '$(id)', 'command substitution'),
  row('deploy-canary', 'release', big(300), 'oversize name'),
  row('deploy-canary', 'release', 'fraud\n::error::injected', 'workflow command injection'),
  row('deploy-canary', 'namespace', 'kube-system\n::set-output name=x::y', 'workflow command injection'),
  row('deploy-canary', 'namespace', 'NS', 'upper case'),
  row('deploy-canary', 'image', 'registry.local/fraud:v2;id', 'shell in image'),
  row('deploy-canary', 'image', 'registry.local/fraud', 'image without version'),
  row('deploy-canary', 'image', '<img src=x onerror=alert(1)>', 'HTML in image'),
  row('deploy-canary', 'image', '[x](https://evil.example):v1', 'Markdown link in image'),
  row('deploy-canary', 'image', 'a:b:c@sha256:xyz', 'bad digest'),
  row('deploy-canary', 'action', 'destroy', 'unknown enum'),
  row('deploy-canary', 'weight', '150', 'above 100'),
  row('deploy-canary', 'weight', '-1', 'negative'),
  row('deploy-canary', 'weight', 'ten', 'word'),
  row('deploy-canary', 'weight', 'true', 'wrong type (boolean)'),
  row('deploy-canary', 'baseline', 'maybe', 'boolean spelled maybe'),
  row('deploy-canary', 'canary-replicas', '1001', 'above range'),
  row('deploy-canary', 'set', '__proto__.polluted=yes', 'prototype pollution'),
  row('deploy-canary', 'set', 'constructor.prototype.x=1', 'constructor key'),
  row('deploy-canary', 'set', 'canary.prototype=1', 'prototype key'),
  row('deploy-canary', 'set', 'a[0]=x', 'list index'),
  row('deploy-canary', 'set', '=novalue', 'empty key'),
  row('deploy-canary', 'set', 'a..b=1', 'empty path segment'),
  row('deploy-canary', 'values-files', traversal, 'path traversal'),
  row('deploy-canary', 'values-files', '/nonexistent/values.yaml', 'missing file'),
  row('deploy-canary', 'chart', '../../../../../../etc', 'path traversal'),
  row('deploy-canary', 'chart', 'https://evil.example/chart.tgz', 'URL as chart'),
  row('deploy-canary', 'chart', 'repo/chart; rm -rf /', 'shell in chart'),
  row('deploy-canary', 'chart-version', '1.0.0$(id)', 'command substitution'),
  row('deploy-canary', 'chart-repo', 'javascript:alert(1)', 'javascript URL'),
  row('deploy-canary', 'canary-weight-key', '__proto__.x', 'prototype key'),
  row('deploy-canary', 'image-tag-key', 'a..b', 'empty path segment'),
  row('deploy-canary', 'timeout', 'forever', 'word'),
  row('deploy-canary', 'timeout', '1000000h', 'oversize duration'),
  row('deploy-canary', 'readiness-timeout', '0', 'zero'),
  row('deploy-canary', 'cleanup-on-failure', 'sometimes', 'boolean spelled sometimes'),
  row('deploy-canary', 'environment-url', 'javascript:alert(1)', 'javascript URL'),
  row('deploy-canary', 'kubeconfig', traversal, 'path traversal'),
  row('deploy-canary', 'kubeconfig', 'clusters: [oops', 'invalid YAML'),
  row('deploy-canary', 'kubeconfig', 'apiVersion: v1\nusers: []', 'no clusters'),
  row('deploy-canary', 'context', 'stub\n::error::injected', 'workflow command injection'),
];

const ROLLBACK: Row[] = [
  row('rollback', 'reason', 'ok\n::error::fake failure', 'workflow command injection'),
  row('rollback', 'reason', 'ok\n::add-mask::everything', 'mask injection'),
  row('rollback', 'reason', 'red \u001b[31mALERT\u001b[0m', 'ANSI escape'),
  row('rollback', 'reason', big(5000), 'oversize reason'),
  row('rollback', 'reason', 'a\u007fb', 'DEL character'),
  row('rollback', 'to-revision', '0', 'zero'),
  row('rollback', 'to-revision', 'abc', 'word'),
  row('rollback', 'to-revision', '1.5', 'fraction'),
  row('rollback', 'to-revision', '-1', 'negative'),
  row('rollback', 'release', '../etc', 'path-like name'),
  row('rollback', 'release', '<script>alert(1)</script>', 'HTML'),
  row('rollback', 'namespace', 'a'.repeat(64), 'oversize label'),
  row('rollback', 'timeout', 'soon', 'word'),
  row('rollback', 'readiness-timeout', '0.1s', 'below 1s'),
  row('rollback', 'kubeconfig', traversal, 'path traversal'),
  row('rollback', 'kubeconfig', '/nonexistent/kubeconfig', 'missing file'),
  row('rollback', 'context', big(300), 'oversize context'),
];

const BUILD: Row[] = [
  row('build-scan', 'image', 'UPPER/Case', 'upper case'),
  row('build-scan', 'image', 'registry.local/x:tag', 'tag in image'),
  row('build-scan', 'image', 'a b', 'space'),
  row('build-scan', 'image', '$(id)', 'command substitution'),
  row('build-scan', 'tags', 'v1;rm -rf /', 'shell in tag'),
  row('build-scan', 'tags', big(200), 'oversize tag'),
  row('build-scan', 'context', '../../../../../../etc', 'path traversal'),
  row('build-scan', 'context', '/nonexistent/context', 'missing directory'),
  row('build-scan', 'dockerfile', traversal, 'path traversal'),
  row('build-scan', 'build-args', '=novalue', 'empty key'),
  row('build-scan', 'labels', '=x', 'empty key'),
  row('build-scan', 'secrets', 'bad id=x', 'secret id with a space'),
  row('build-scan', 'secrets', 'HF_TOKEN=', 'empty secret'),
  row('build-scan', 'secrets', `HF_TOKEN=${SECRETS.build}\nHF_TOKEN=again`, 'duplicate id'),
  row('build-scan', 'secrets', `=${SECRETS.build}`, 'secret without id'),
  row('build-scan', 'secret-files', `netrc=${traversal}`, 'path traversal'),
  row('build-scan', 'secret-files', 'netrc=/nonexistent/.netrc', 'missing file'),
  row('build-scan', 'platforms', 'linux', 'no arch'),
  row('build-scan', 'platforms', 'linux/amd64;id', 'shell in platform'),
  row('build-scan', 'builder', 'kaniko', 'unknown enum'),
  row('build-scan', 'push', 'maybe', 'boolean spelled maybe'),
  row('build-scan', 'scan', '1', 'boolean spelled 1'),
  row('build-scan', 'trivy-version', 'latest', 'not a release'),
  row('build-scan', 'trivy-version', '0.67.2;rm', 'shell in version'),
  row('build-scan', 'trivy-release-url', 'file:///tmp/trivy', 'file URL'),
  row('build-scan', 'trivy-release-url', `http://u:${SECRETS.url}@[bad`, 'unparsable URL with credentials'),
  row('build-scan', 'trivy-sha256', 'xyz', 'not a SHA-256'),
  row('build-scan', 'fail-on', 'SEVERE', 'unknown severity'),
  row('build-scan', 'scanners', 'malware', 'unknown scanner'),
  row('build-scan', 'sbom-format', 'xml', 'unknown enum'),
  row('build-scan', 'exceptions', traversal, 'path traversal'),
  row('build-scan', 'exceptions', '/nonexistent/exceptions.yaml', 'missing file'),
  row('build-scan', 'trivy-report', traversal, 'path traversal'),
  row('build-scan', 'trivy-report', '/nonexistent/report.json', 'missing file'),
  row('build-scan', 'timeout', 'soon', 'word'),
  row('build-scan', 'cache-from', `type=registry\u0007`, 'control character'),
];

const ROWS = [...VERIFY, ...DEPLOY, ...ROLLBACK, ...BUILD];

function expectRejected(run: BundleRun, r: Row): void {
  const all = `${run.stdout}\n${run.stderr}`;
  expect(run.exitCode, all).toBe(1);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors, all).toHaveLength(1);
  expect(errors[0]).toContain(r.input);
  expect(all).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(leakedSecrets(run, Object.values(SECRETS))).toEqual([]);
}

describe('the bad-input suite', () => {
  it('has at least 100 rows, across the four actions', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ROWS.map((r) => r.action)).size).toBe(4);
  });

  describe.concurrent.each(ROWS.map((r, i) => [`${i + 1}. ${r.action} ${r.input}: ${r.what}`, r] as const))(
    '%s',
    (_name, r) => {
      it('fails with one error naming the input, touching nothing and leaking nothing', async () => {
        const run = await runBundle(r.action, {
          inputs: { ...base[r.action], [r.input]: r.value },
          env: {
            GITHUB_API_URL: stubs.github.url,
            DOCKER_HOST: `tcp://${stubs.registry.url.replace('http://', '')}`,
            KUBECONFIG: kubeconfigFile,
          },
          timeoutMs: 120_000,
        });
        expectRejected(run, r);
      });
    },
  );

  it('a compared SLI whose query does not select the track is refused, naming it', async () => {
    const run = await runBundle('verify-slo', {
      inputs: {
        ...base['verify-slo'],
        'compare-to': 'baseline',
        'error-rate-query':
          'sum(rate(http_requests_total{release="{{release}}",code=~"5.."}[{{window}}])) / sum(rate(http_requests_total{release="{{release}}"}[{{window}}]))',
      },
    });
    expectRejected(run, row('verify-slo', 'compare-to', 'baseline', 'compared SLI without {{track}}'));
    expect(run.stdout).toContain(
      'SLI error-rate is compared with the baseline track (compare-to), but its query does not use {{track}}',
    );
  });

  it('a values file with a prototype key is refused', async () => {
    const run = await runBundle('deploy-canary', {
      inputs: { ...base['deploy-canary'], 'values-files': protoValues },
      env: { GITHUB_API_URL: stubs.github.url },
    });
    expectRejected(run, row('deploy-canary', 'values-files', protoValues, 'prototype key in a file'));
    expect(run.stdout).toContain('has the key canary.__proto__, which is not allowed');
  });

  afterAll(() => {
    for (const [name, stub] of Object.entries(stubs)) {
      expect(stub.requests, `requests to the ${name} stub`).toEqual([]);
    }
  });
});
