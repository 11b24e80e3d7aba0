import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../free-port';
import type { RunningPart } from '../part';

export interface RegistryParts extends RunningPart {
  /** `127.0.0.1:PORT` of Debian's docker-registry. */
  registry: string;
  /** `unix:///…/podman.sock`: podman's Docker-compatible API, for the docker CLI and Trivy. */
  dockerHost: string;
}

export interface RegistryOptions {
  stateDir: string;
  /** Binaries, for tests; default from PATH. */
  podman?: string;
  dockerRegistry?: string;
}

// Unix socket paths are limited to 108 bytes; a deep state dir gets its socket in the temp dir instead.
const MAX_SOCKET_PATH = 100;

/**
 * Starts Debian's docker-registry on a free loopback port and podman's Docker-compatible API service on a
 * unix socket, each with its own storage under the state dir (podman's `vfs` driver, which works on any
 * file system, inside containers too, without fuse or privileges; test images are FROM scratch, so its
 * copies are tiny). The registry is marked insecure (plain HTTP) for podman. `stop()` ends both and removes
 * their storage.
 */
export async function startRegistry(options: RegistryOptions): Promise<RegistryParts> {
  mkdirSync(options.stateDir, { recursive: true });
  const dir = mkdtempSync(join(resolve(options.stateDir), 'registry-'));
  let socketDir = dir;
  if (join(dir, 'podman.sock').length > MAX_SOCKET_PATH) socketDir = mkdtempSync(join(tmpdir(), 'podman-'));
  const socket = join(socketDir, 'podman.sock');
  const port = await freePort();
  const registry = `127.0.0.1:${port}`;

  const registryConfig = join(dir, 'registry.yml');
  writeFileSync(
    registryConfig,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${JSON.stringify(join(dir, 'registry-data'))}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${registry}`,
      '',
    ].join('\n'),
  );
  const registriesConf = join(dir, 'registries.conf');
  writeFileSync(registriesConf, `[[registry]]\nlocation = "${registry}"\ninsecure = true\n`);
  writeFileSync(
    join(dir, 'storage.conf'),
    `[storage]\ndriver = "vfs"\nrunroot = ${JSON.stringify(join(dir, 'run'))}\ngraphroot = ${JSON.stringify(join(dir, 'storage'))}\n`,
  );
  mkdirSync(join(dir, 'tmp'));

  const children: Array<{ name: string; child: ChildProcess; log: () => string }> = [];
  const stop = async () => {
    await Promise.all(children.map(({ child }) => stopChild(child)));
    rmSync(dir, { recursive: true, force: true });
    if (socketDir !== dir) rmSync(socketDir, { recursive: true, force: true });
  };

  try {
    children.push(
      await launch('docker-registry', options.dockerRegistry ?? 'docker-registry', ['serve', registryConfig]),
    );
    children.push(
      await launch(
        'podman',
        options.podman ?? 'podman',
        [
          '--tmpdir',
          join(dir, 'tmp'),
          '--events-backend',
          'file',
          '--cgroup-manager',
          'cgroupfs',
          'system',
          'service',
          '--time=0',
          `unix://${socket}`,
        ],
        {
          CONTAINERS_REGISTRIES_CONF: registriesConf,
          // Podman's defaults for root; keeps a user's own containers.conf and storage.conf out of it.
          CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
          TMPDIR: join(dir, 'tmp'),
        },
      ),
    );

    await waitUntil(
      children,
      30_000,
      async () => (await httpStatus({ host: '127.0.0.1', port, path: '/v2/' })) === 200,
    );
    await waitUntil(
      children,
      30_000,
      async () => (await httpStatus({ socketPath: socket, path: '/_ping' })) === 200,
    );
  } catch (error) {
    const logs = children.map(({ name, log }) => `--- ${name}\n${log()}`).join('\n');
    await stop();
    throw new Error(`the registry sandbox did not start: ${(error as Error).message}\n${logs}`);
  }

  const dockerHost = `unix://${socket}`;
  return {
    name: 'registry',
    registry,
    dockerHost,
    env: { REGISTRY: registry, DOCKER_HOST: dockerHost },
    stop,
  };
}

/** Spawns a server, resolving once it runs or failed to start (a missing binary is then in its log). */
async function launch(name: string, binary: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => {
    const hint =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (install it: npm run setup -- images)' : '';
    log += `\n${binary}: ${error.message}${hint}`;
  });
  await new Promise((started) => {
    child.once('spawn', started);
    child.once('error', started);
  });
  return { name, child, log: () => log };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntil(
  children: Array<{ name: string; child: ChildProcess }>,
  timeoutMs: number,
  ready: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = children.find(
      ({ child }) => child.exitCode !== null || child.signalCode !== null || !child.pid,
    );
    if (dead) throw new Error(`${dead.name} exited`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready after ${timeoutMs / 1000}s`);
}

function httpStatus(target: {
  host?: string;
  port?: number;
  socketPath?: string;
  path: string;
}): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ ...target, method: 'GET', timeout: 2000 }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', fail);
    req.end();
  });
}
