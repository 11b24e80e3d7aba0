import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_VALUE_KEYS } from '../../../actions/deploy-canary/canary-values';
import { manifestConfig, type CanarySource } from '../../../actions/deploy-canary/canary-source';
import { POST_RENDER_FLAG, preparePostRenderer } from '../../../actions/deploy-canary/post-renderer';
import type { Helm } from '../../../lib/helm';

const temp = mkdtempSync(join(tmpdir(), 'post-renderer-'));
const runnerTemp = process.env.RUNNER_TEMP;
process.env.RUNNER_TEMP = temp;
afterAll(() => {
  if (runnerTemp === undefined) delete process.env.RUNNER_TEMP;
  else process.env.RUNNER_TEMP = runnerTemp;
  rmSync(temp, { recursive: true, force: true });
});

function helm(version: string): Helm {
  return {
    version: async () => version,
    pluginsDirectory: async () => '/home/u/.local/share/helm/plugins',
  } as Helm;
}

const config = { modelRepository: 'r/m', canary: { image: 'r/m:v2', weight: 10 } };

describe('preparePostRenderer', () => {
  test('helm 3: this bundle as the executable, its arguments as --post-renderer-args', async () => {
    const { renderer, remove } = await preparePostRenderer(helm('v3.17.3'), config, '/a/dist/index.js');
    const configPath = renderer.args.at(-1)!.split('=')[1]!;
    expect(renderer).toEqual({
      args: [
        '--post-renderer',
        process.execPath,
        '--post-renderer-args=/a/dist/index.js',
        `--post-renderer-args=${POST_RENDER_FLAG}`,
        `--post-renderer-args=${configPath}`,
      ],
    });
    expect(JSON.parse(readFileSync(configPath, 'utf8'))).toEqual(config);
    remove();
    expect(existsSync(configPath)).toBe(false);
  });

  test('helm 4: a postrenderer/v1 plugin first on HELM_PLUGINS, the user plugins after it', async () => {
    const { renderer, remove } = await preparePostRenderer(helm('v4.1.4'), config, '/a/dist/index.js');
    expect(renderer.args).toEqual(['--post-renderer', 'ml-deploy-canary']);
    const [ours, theirs] = renderer.env!.HELM_PLUGINS!.split(':');
    expect(theirs).toBe('/home/u/.local/share/helm/plugins');
    const plugin = parse(readFileSync(join(ours!, 'ml-deploy-canary', 'plugin.yaml'), 'utf8'));
    expect(plugin).toMatchObject({
      apiVersion: 'v1',
      type: 'postrenderer/v1',
      name: 'ml-deploy-canary',
      runtime: 'subprocess',
      runtimeConfig: {
        platformCommand: [
          { command: process.execPath, args: ['/a/dist/index.js', POST_RENDER_FLAG, expect.any(String)] },
        ],
      },
    });
    remove();
    expect(existsSync(ours!)).toBe(false);
  });
});

describe('manifestConfig', () => {
  const source: CanarySource = {
    mode: 'manifests',
    reason: '',
    chartDefaults: { image: { repository: 'nginx', tag: '' }, replicaCount: 1 },
  };

  test('the canary recorded under the values keys, the stable repository from the chart defaults', () => {
    const values = {
      canary: { enabled: true, image: { repository: 'r/m', tag: 'v2' }, weight: 25, replicas: 2 },
      baseline: { enabled: true },
    };
    expect(manifestConfig(values, source, DEFAULT_VALUE_KEYS, 'web')).toEqual({
      workload: 'web',
      modelRepository: 'nginx',
      canary: { image: 'r/m:v2', weight: 25, replicas: 2 },
      baseline: true,
    });
  });

  test('without a canary only the stable track', () => {
    const values = { image: { repository: 'r/m', tag: 'v1' }, canary: { enabled: false } };
    expect(manifestConfig(values, source, DEFAULT_VALUE_KEYS, undefined)).toEqual({ modelRepository: 'r/m' });
  });
});
