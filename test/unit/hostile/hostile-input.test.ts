import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { passSecrets } from '../../../actions/build-scan/build-secrets';
import { BuildxBuilder, PodmanBuilder } from '../../../actions/build-scan/builder';
import { mergeValues, setValue, getValue } from '../../../actions/deploy-canary/canary-values';
import { getInputs as deployInputs } from '../../../actions/deploy-canary/inputs';
import { getInputs as verifyInputs } from '../../../actions/verify-slo/inputs';
import { Cli } from '../../../lib/exec';
import { InputReader } from '../../../lib/inputs';
import { kubeconfigSecrets } from '../../../lib/kube-config';
import { codeBlock, escapeMarkdown } from '../../../lib/markdown-escape';
import { printableUrl, withoutUrlCredentials } from '../../../lib/printable-url';
import { checkVar } from '../../../lib/promql-template';
import { findPrototypeKey } from '../../../lib/safe-keys';

const reader = (inputs: Record<string, string>) => new InputReader((name) => inputs[name] ?? '');
const problems = async (read: () => unknown): Promise<string> => {
  try {
    await read();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

afterEach(() => vi.restoreAllMocks());

describe('one rule for text that enters PromQL', () => {
  it.each([
    [`a',track!='`, 'a single quote'],
    ['a"b', 'a double quote'],
    ['a\\b', 'a backslash'],
    ['a{b', 'a brace'],
    ['a}b', 'a brace'],
    ['a[5m]', 'a bracket'],
    ['a]b', 'a bracket'],
    ['a\nb', 'a newline'],
    ['a`b', 'a backtick'],
    ['a\u0007b', 'a control character'],
  ])('refuses %j in a label value, naming the key and the character', (value, what) => {
    const checked = checkVar('app', value);
    expect('problem' in checked && checked.problem).toMatch(
      new RegExp(`^the value of app contains ${what} \\(`),
    );
  });

  it('parses window and other durations and renders them canonically', () => {
    expect(checkVar('window', '90s')).toEqual({ value: '1m30s' });
    expect(checkVar('short-window', '1.5m')).toEqual({ value: '1m30s' });
    expect(checkVar('window', '2d')).toEqual({ value: '48h' });
    for (const bad of ['5m])) * 0 or vector(0) #', '5 minutes', '0s', '500ms', '']) {
      const checked = checkVar('window', bad);
      expect('problem' in checked && checked.problem).toMatch(
        /^window stands in a range selector and must be a duration/,
      );
    }
  });

  it('keeps plain label values and refuses prototype names', () => {
    expect(checkVar('release', 'fraud-model.v2_1:canary')).toEqual({ value: 'fraud-model.v2_1:canary' });
    expect('problem' in checkVar('__proto__', 'x')).toBe(true);
  });

  it('verify-slo reports the vars problems with the input name', async () => {
    const message = await problems(() =>
      verifyInputs(
        reader({
          'prometheus-url': 'http://127.0.0.1:9',
          'max-error-rate': '0.01',
          vars: `namespace=prod\nrelease=a',track!='\nwindow=5m])) * 0 or vector(0) #`,
        }),
      ),
    );
    expect(message).toContain(`input 'vars': the value of release contains a single quote ("'")`);
    expect(message).toContain(`input 'vars': window stands in a range selector`);
  });
});

describe('values trees refuse prototype keys', () => {
  it.each(['__proto__.polluted', 'a.constructor.prototype.x', 'prototype', 'a.__proto__'])(
    'set: %s is an input problem and pollutes nothing',
    async (key) => {
      const message = await problems(() =>
        deployInputs(
          reader({ release: 'r', namespace: 'n', chart: 'repo/chart', image: 'a/b:1', set: `${key}=yes` }),
        ),
      );
      expect(message).toContain(`input 'set': expected keys such as a.b.c`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('setValue refuses them and mergeValues keeps them as plain own keys', () => {
    expect(() => setValue({}, '__proto__.x', 1)).toThrow('not a values path');
    const parsed = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": 1}') as Record<
      string,
      unknown
    >;
    const merged = mergeValues({ a: 1 }, parsed);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getValue({}, 'constructor')).toBeUndefined();
    expect(findPrototypeKey({ a: [{ b: 1 }, { constructor: 2 }] })).toBe('a.1.constructor');
  });
});

describe('URLs fit to print', () => {
  it('drop user-info, parsed or not', () => {
    expect(printableUrl('https://user:p%40ss@prom.example:9090/api?x=1')).toBe(
      'https://prom.example:9090/api?x=1',
    );
    expect(printableUrl('https://user:pw@bad host')).toBe('https://bad host');
    expect(withoutUrlCredentials('connect to http://me:tok@10.0.0.1:9 failed')).toBe(
      'connect to http://10.0.0.1:9 failed',
    );
  });

  it('verify-slo moves URL credentials to basic auth and masks the parts, headers and the password alone', async () => {
    const masked: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      const m = /^::add-mask::(.*)$/m.exec(String(chunk));
      if (m) masked.push(m[1]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
      return true;
    });
    const config = await verifyInputs(
      reader({
        'prometheus-url': 'https://ann:s%3Acret@prom.example/',
        'max-error-rate': '0.01',
        vars: 'namespace=a\nrelease=b',
        headers: 'X-Scope-OrgID: tenant-secret-1',
      }),
    );
    expect(config.connection.url).toBe('https://prom.example');
    expect(config.connection.basicAuth).toEqual({ username: 'ann', password: 's:cret' });
    expect(masked).toEqual(expect.arrayContaining(['s:cret', 's%3Acret', 'ann', 'tenant-secret-1']));
    masked.length = 0;
    await verifyInputs(
      reader({
        'prometheus-url': 'http://p',
        'max-error-rate': '0.01',
        vars: 'namespace=a\nrelease=b',
        'basic-auth': 'bob:pw-only-9',
      }),
    );
    expect(masked).toEqual(expect.arrayContaining(['bob:pw-only-9', 'pw-only-9']));
  });
});

describe('kubeconfig secrets', () => {
  it('are tokens, keys, passwords, auth-provider config values and exec env values', async () => {
    const key = Buffer.from(
      '-----BEGIN EC PRIVATE KEY-----\nKEYBODYLINE\n-----END EC PRIVATE KEY-----\n',
    ).toString('base64');
    const secrets = await kubeconfigSecrets(`
clusters: []
users:
  - name: a
    user: { token: tok-1, password: pw-1 }
  - name: b
    user:
      client-key-data: ${key}
      auth-provider: { name: oidc, config: { id-token: idt-1, refresh-token: rt-1 } }
  - name: c
    user:
      exec: { command: x, env: [{ name: AWS_SECRET, value: env-1 }] }
`);
    expect(secrets).toEqual(
      expect.arrayContaining(['tok-1', 'pw-1', key, 'KEYBODYLINE', 'idt-1', 'rt-1', 'env-1']),
    );
  });
});

describe('one Markdown escaping for outside text', () => {
  it.each([
    ['[click](https://evil.example)', '&#91;click&#93;(https&#58;//evil.example)'],
    ['![x](http://e/i.png)', '!&#91;x&#93;(http&#58;//e/i.png)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)>'],
    ['a | b', 'a &#124; b'],
    ['hi @org/team', 'hi &#64;org/team'],
    ['line1\n```\n# heading', 'line1 &#96;&#96;&#96; # heading'],
    ['visit www.evil.example', 'visit www&#46;evil.example'],
    ['image r.io/a@sha256:ab', 'image r.io/a@sha256:ab'],
    ['https://u:pw@h/x', 'https&#58;//h/x'],
  ])('%j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('fences text with a fence longer than any inside it', () => {
    expect(codeBlock('a\n````\nb')).toBe('`````text\na\n````\nb\n`````');
  });
});

describe('build secrets reach the builder outside its command line', () => {
  it('BuildKit reads values from the environment; files by path', async () => {
    const work = mkdtempSync(join(tmpdir(), 'build-secrets-'));
    const cli = new Cli('docker');
    const execute = vi.spyOn(cli, 'execute').mockResolvedValue({ stdout: '', stderr: '', exitCode: 0 });
    const request = {
      tags: ['r.io/a:1'],
      context: '/ctx',
      buildArgs: [],
      labels: [],
      platforms: [],
      cacheFrom: [],
      cacheTo: [],
      secrets: [
        { id: 'HF_TOKEN', value: 'hf-value-1' },
        { id: 'netrc', file: '/ws/.netrc' },
      ],
    };
    await new BuildxBuilder(cli, work).build(request, true).catch(() => undefined);
    const [args, options] = execute.mock.calls[0]!;
    expect(args.slice(0, 6)).toEqual([
      'buildx',
      'build',
      '--secret',
      'id=HF_TOKEN,env=ML_DEPLOY_BUILD_SECRET_0',
      '--secret',
      'id=netrc,src=/ws/.netrc',
    ]);
    expect(args.join(' ')).not.toContain('hf-value-1');
    expect(options?.env).toEqual({ ML_DEPLOY_BUILD_SECRET_0: 'hf-value-1', DOCKER_BUILDKIT: '1' });
    rmSync(work, { recursive: true, force: true });
  });

  it('podman gets a 0600 file that is gone after the build', async () => {
    const work = mkdtempSync(join(tmpdir(), 'build-secrets-'));
    const cli = new Cli('podman');
    let seen = '';
    vi.spyOn(cli, 'execute').mockImplementation(async (args) => {
      const file = /src=(\S+)/.exec(args.join(' '))![1]!;
      seen = readFileSync(file, 'utf8');
      return { stdout: '', stderr: '', exitCode: 0 };
    });
    const request = {
      tags: ['r.io/a:1'],
      context: '/ctx',
      buildArgs: [],
      labels: [],
      platforms: [],
      cacheFrom: [],
      cacheTo: [],
      secrets: [{ id: 't', value: 'pod-value-2' }],
    };
    await new PodmanBuilder(cli, work).build(request).catch(() => undefined);
    expect(seen).toBe('pod-value-2');
    expect(passSecrets([], 'podman', work).args).toEqual([]);
    expect(existsSync(join(work, 'build-secret-0'))).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });
});
