import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { stringify } from 'yaml';
import { errorMessage } from '../../lib/errors';
import type { Helm, PostRenderer } from '../../lib/helm';
import { addCanaryTracks, type CanaryManifestConfig } from './canary-manifests';
import { POST_RENDER_FLAG } from './post-render-flag';

export { POST_RENDER_FLAG };

/**
 * Runs as helm's post-renderer: manifests on stdin, the canary tracks added, on stdout. Only the manifests
 * go to stdout; a failure is one line on stderr and exit code 1, which helm reports.
 */
export async function postRender(configPath: string): Promise<void> {
  try {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as CanaryManifestConfig;
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    process.stdout.write(addCanaryTracks(Buffer.concat(chunks).toString('utf8'), config));
  } catch (error) {
    process.stderr.write(`ml-deploy post-renderer: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  }
}

/**
 * Sets up this action's own bundle (`node <entry> --ml-deploy-post-render <config>`) as helm's
 * post-renderer: helm 3 runs an executable with `--post-renderer-args`; helm 4 runs post-renderer plugins
 * only, so a plugin of type postrenderer/v1 is written for this run and put first on HELM_PLUGINS.
 */
export async function preparePostRenderer(
  helm: Helm,
  config: CanaryManifestConfig,
  entry = process.argv[1]!,
): Promise<{ renderer: PostRenderer; remove(): void }> {
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ml-deploy-post-render-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify(config), { mode: 0o600 });
    const args = [entry, POST_RENDER_FLAG, configPath];
    const major = Number(/^v?(\d+)/.exec(await helm.version())?.[1] ?? 3);
    if (major < 4) {
      return {
        renderer: {
          args: ['--post-renderer', process.execPath, ...args.map((a) => `--post-renderer-args=${a}`)],
        },
        remove,
      };
    }
    const name = 'ml-deploy-canary';
    mkdirSync(join(dir, 'plugins', name), { recursive: true });
    writeFileSync(
      join(dir, 'plugins', name, 'plugin.yaml'),
      stringify({
        apiVersion: 'v1',
        type: 'postrenderer/v1',
        name,
        version: '1.0.0',
        runtime: 'subprocess',
        runtimeConfig: { platformCommand: [{ command: process.execPath, args }] },
      }),
    );
    const plugins = [join(dir, 'plugins'), await helm.pluginsDirectory()].filter(Boolean).join(delimiter);
    return { renderer: { args: ['--post-renderer', name], env: { HELM_PLUGINS: plugins } }, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
