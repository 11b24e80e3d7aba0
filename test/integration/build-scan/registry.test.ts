import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRegistry } from '../../../sandbox/registry';

function ping(socketPath: string): Promise<string> {
  return new Promise((done, fail) => {
    request({ socketPath, path: '/_ping' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done(body));
    })
      .on('error', fail)
      .end();
  });
}

describe('sandbox registry launcher', () => {
  it('starts docker-registry on loopback and podman on a unix socket, and stop() ends and removes both', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'registry-launcher-'));
    const parts = await startRegistry({ stateDir });
    try {
      expect(parts.name).toBe('registry');
      expect(parts.registry).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(parts.dockerHost).toMatch(/^unix:\/\/\/.+\/podman\.sock$/);
      expect(parts.env).toEqual({ REGISTRY: parts.registry, DOCKER_HOST: parts.dockerHost });
      expect((await fetch(`http://${parts.registry}/v2/`)).status).toBe(200);
      expect(await ping(parts.dockerHost.slice('unix://'.length))).toBe('OK');
    } finally {
      await parts.stop();
    }
    await expect(fetch(`http://${parts.registry}/v2/`)).rejects.toThrow();
    expect(existsSync(parts.dockerHost.slice('unix://'.length))).toBe(false);
    expect(readdirSync(stateDir)).toEqual([]);
    rmSync(stateDir, { recursive: true });
  });

  it('keeps the socket path short when the state dir is deep', async () => {
    const root = mkdtempSync(join(tmpdir(), 'registry-launcher-'));
    const parts = await startRegistry({ stateDir: join(root, 'a'.repeat(60), 'b'.repeat(40)) });
    try {
      expect(parts.dockerHost.length).toBeLessThan(110);
      expect(await ping(parts.dockerHost.slice('unix://'.length))).toBe('OK');
    } finally {
      await parts.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says what is missing when a binary is not installed', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'registry-launcher-'));
    await expect(startRegistry({ stateDir, podman: '/nonexistent/podman' })).rejects.toThrow(
      /the registry sandbox did not start: podman exited[\s\S]*\/nonexistent\/podman: spawn \/nonexistent\/podman ENOENT \(install it: npm run setup -- images\)/,
    );
    expect(readdirSync(stateDir)).toEqual([]);
    rmSync(stateDir, { recursive: true });
  });
});
