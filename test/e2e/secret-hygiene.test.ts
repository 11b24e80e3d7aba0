// Every kind of secret, fed through each action that takes it, in runs that do real work against loopback
// stubs (and fail the way real outages do, with messages that name URLs): none of them may show in the log,
// the outputs or the summary, and each must be masked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tool } from '../integration/kube/helpers';
import { runBundle } from '../helpers/run-bundle';
import { leakedSecrets, maskedValues } from '../helpers/secret-leaks';
import { json, stubServer, vector, type StubServer } from '../helpers/stub-server';

const S = {
  urlUser: 'url-user-SECRET-1',
  urlPassword: 'url:pass/SECRET 2',
  bearer: 'bearer-SECRET-3c4d',
  basicPassword: 'basic-SECRET-5e6f',
  header: 'header-SECRET-7a8b',
  kubeToken: 'kube-token-SECRET-9c0d',
  clientKeyLine: 'CLIENTKEYSECRETBODY0123456789',
  authProvider: 'id-token-SECRET-1e2f',
  execEnv: 'exec-env-SECRET-3a4b',
  build: 'hf_build_SECRET_5c6d',
  buildFile: 'netrc-file-SECRET-7e8f',
};

let dir: string;
let prometheus: StubServer;
let kube: StubServer;
let kubeconfig: string;
const helmPath = dirname(tool('1.31', 'helm'));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'secret-hygiene-'));
  prometheus = await stubServer((_req, res) => json(res, 200, vector('0.001')));
  // Kubernetes that answers discovery, then refuses everything: helm gets as far as reading its releases.
  kube = await stubServer((req, res) =>
    req.url === '/version'
      ? json(res, 200, { major: '1', minor: '31', gitVersion: 'v1.31.0' })
      : json(res, 403, {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          message: 'forbidden: the stub refuses everything',
          reason: 'Forbidden',
          code: 403,
        }),
  );
  const key = Buffer.from(
    `-----BEGIN EC PRIVATE KEY-----\n${S.clientKeyLine}\n-----END EC PRIVATE KEY-----\n`,
  ).toString('base64');
  kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{ name: stub, cluster: { server: "${kube.url}" } }]`,
    'users:',
    `  - { name: token, user: { token: ${S.kubeToken} } }`,
    `  - { name: cert, user: { client-key-data: ${key} } }`,
    `  - name: oidc`,
    `    user: { auth-provider: { name: oidc, config: { id-token: ${S.authProvider}, client-id: x } } }`,
    `  - name: exec`,
    `    user: { exec: { apiVersion: client.authentication.k8s.io/v1, command: /bin/false, env: [{ name: CLOUD_KEY, value: ${S.execEnv} }] } }`,
    'contexts: [{ name: stub, context: { cluster: stub, user: token } }]',
    'current-context: stub',
    '',
  ].join('\n');
});

afterAll(async () => {
  await prometheus?.close();
  await kube?.close();
  rmSync(dir, { recursive: true, force: true });
});

function expectClean(run: Awaited<ReturnType<typeof runBundle>>, secrets: string[]): void {
  expect(leakedSecrets(run, secrets)).toEqual([]);
  const masked = maskedValues(run);
  for (const secret of secrets) expect(masked, `${secret} is masked`).toContain(secret);
}

describe.concurrent('secrets stay out of the log, the outputs and the summary', () => {
  const urlSecrets = [S.urlUser, S.urlPassword];
  const credentialsUrl = (base: string) =>
    base.replace('http://', `http://${encodeURIComponent(S.urlUser)}:${encodeURIComponent(S.urlPassword)}@`);

  it('verify-slo: bearer token and headers, against a Prometheus that answers', async () => {
    const before = prometheus.requests.length;
    const run = await runBundle('verify-slo', {
      inputs: {
        'prometheus-url': prometheus.url,
        'bearer-token': S.bearer,
        headers: `X-Scope-OrgID: ${S.header}`,
        'max-error-rate': '0.01',
        vars: 'namespace=prod\nrelease=fraud',
        decision: 'fixed',
        duration: '3s',
        interval: '1s',
        'min-samples': '1',
        'min-duration': '0s',
      },
    });
    expect(run.outputs.verdict, run.stdout).toMatch(/^(pass|fail|inconclusive)$/);
    const sent = prometheus.requests.slice(before).filter((r) => r.headers['x-scope-orgid'] === S.header);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]!.headers.authorization).toBe(`Bearer ${S.bearer}`);
    expect(run.summary).toContain(`Prometheus ${prometheus.url.replace('://', '&#58;//')}`);
    expectClean(run, [S.bearer, S.header]);
  });

  it('verify-slo: URL credentials become basic auth on the wire', async () => {
    const before = prometheus.requests.length;
    const run = await runBundle('verify-slo', {
      inputs: {
        'prometheus-url': credentialsUrl(prometheus.url),
        'max-error-rate': '0.01',
        vars: 'namespace=prod\nrelease=fraud',
        decision: 'fixed',
        duration: '2s',
        interval: '1s',
        'min-samples': '1',
        'min-duration': '0s',
      },
    });
    const basic = `Basic ${Buffer.from(`${S.urlUser}:${S.urlPassword}`).toString('base64')}`;
    const sent = prometheus.requests.slice(before).filter((r) => r.headers.authorization === basic);
    expect(sent.length, run.stdout).toBeGreaterThan(0);
    expectClean(run, urlSecrets);
  });

  it('verify-slo: an unreachable Prometheus, whose errors name the URL', async () => {
    const common = {
      'max-error-rate': '0.01',
      vars: 'namespace=prod\nrelease=fraud',
      duration: '2s',
      interval: '1s',
      retries: '0',
    };
    const [withUrl, withBasic] = await Promise.all([
      runBundle('verify-slo', {
        inputs: { 'prometheus-url': credentialsUrl('http://127.0.0.1:9'), ...common },
      }),
      runBundle('verify-slo', {
        inputs: {
          'prometheus-url': 'http://127.0.0.1:9',
          'basic-auth': `ops:${S.basicPassword}`,
          headers: `X-Scope-OrgID: ${S.header}`,
          ...common,
        },
      }),
    ]);
    for (const run of [withUrl, withBasic]) {
      expect(run.exitCode, run.stdout).toBe(1);
      expect(run.stdout + run.summary).toContain('Prometheus http://127.0.0.1:9');
    }
    expectClean(withUrl, urlSecrets);
    expectClean(withBasic, [S.basicPassword, `ops:${S.basicPassword}`, S.header]);
  });

  for (const [action, extra] of [
    ['deploy-canary', { chart: 'charts/inference-service', image: 'registry.local/fraud:v2' }],
    ['rollback', { reason: 'the canary failed' }],
  ] as const) {
    for (const form of ['content', 'path'] as const) {
      it(`${action}: kubeconfig (${form}) token, client key, auth-provider and exec env, against an API that refuses`, async () => {
        const file = join(dir, `kubeconfig-${action}-${form}`);
        writeFileSync(file, kubeconfig, { mode: 0o600 });
        const before = kube.requests.length;
        const run = await runBundle(action, {
          inputs: {
            release: 'fraud',
            namespace: 'prod',
            kubeconfig: form === 'content' ? kubeconfig : file,
            ...extra,
          },
          env: { PATH: `${helmPath}:${process.env.PATH}` },
        });
        expect(run.exitCode, run.stdout).toBe(1);
        expect(run.stdout).toMatch(/::error::.*(forbidden|unreachable)/i);
        const sent = kube.requests.slice(before);
        expect(sent.some((r) => r.url.includes('/secrets'))).toBe(true);
        expectClean(run, [S.kubeToken, S.clientKeyLine, S.authProvider, S.execEnv]);
      });
    }
  }

  it('build-scan: secrets and secret-files, through a docker build that fails', async () => {
    const netrc = join(dir, 'netrc');
    writeFileSync(netrc, S.buildFile);
    const run = await runBundle('build-scan', {
      inputs: {
        image: '127.0.0.1:9/ml/fraud',
        builder: 'docker',
        context: 'test/fixtures/images/model-server',
        'trivy-report': 'test/fixtures/trivy/alpine-310.json',
        push: 'false',
        secrets: `HF_TOKEN=${S.build}`,
        'secret-files': `netrc=${netrc}`,
      },
      env: { DOCKER_HOST: 'tcp://127.0.0.1:9' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/--secret id=HF_TOKEN,env=ML_DEPLOY_BUILD_SECRET_0 --secret id=netrc,src=/);
    expect(leakedSecrets(run, [S.build, S.buildFile])).toEqual([]);
    expect(maskedValues(run)).toContain(S.build);
  });
});
