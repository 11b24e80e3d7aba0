import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cli } from '../../../lib/exec';

// The Actions cache service exists only on GitHub's runners: its client is replaced here.
const cache = vi.hoisted(() => ({
  isFeatureAvailable: vi.fn(() => true),
  restoreCache: vi.fn(async (): Promise<string | undefined> => undefined),
  saveCache: vi.fn(async () => 1),
}));
vi.mock('@actions/cache', () => cache);

const { Trivy } = await import('../../../actions/build-scan/trivy-scan');

const today = new Date().toISOString().slice(0, 10);
const prefix = `ml-deploy-trivy-db-${process.platform}-${process.arch}-`;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(withDatabase: boolean) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'trivy-cache-'));
  made.push(cacheDir);
  if (withDatabase) {
    mkdirSync(join(cacheDir, 'db'));
    writeFileSync(join(cacheDir, 'db', 'trivy.db'), 'db');
  }
  const execute = vi.fn(async (_args: readonly string[]) => ({ stdout: '', stderr: '', exitCode: 0 }));
  const trivy = new Trivy({ execute } as unknown as Cli, cacheDir);
  const scan = () =>
    trivy.scan({
      ref: 'r/a:v1',
      imageSource: 'docker',
      output: join(cacheDir, 'out.json'),
      scanners: ['vuln'],
      timeoutMs: 60_000,
      listAllPackages: false,
    });
  return { cacheDir, trivy, execute, scan };
}

beforeEach(() => {
  vi.clearAllMocks();
  cache.isFeatureAvailable.mockReturnValue(true);
});

describe('Trivy database cache', () => {
  it("restores today's database and scans without asking Trivy's registry again; nothing to save", async () => {
    const { cacheDir, trivy, execute, scan } = setup(true);
    cache.restoreCache.mockResolvedValueOnce(`${prefix}${today}`);
    const state = await trivy.restoreDatabase();
    expect(cache.restoreCache).toHaveBeenCalledWith(
      [join(cacheDir, 'db'), join(cacheDir, 'java-db')],
      `${prefix}${today}`,
      [prefix],
    );
    await scan();
    expect(execute.mock.calls[0]![0]).toContain('--skip-db-update');
    await trivy.saveDatabase(state);
    expect(cache.saveCache).not.toHaveBeenCalled();
  });

  it("an older day's database is updated by Trivy, then saved under today's key", async () => {
    const { cacheDir, trivy, execute, scan } = setup(true);
    cache.restoreCache.mockResolvedValueOnce(`${prefix}2026-01-01`);
    const state = await trivy.restoreDatabase();
    await scan();
    expect(execute.mock.calls[0]![0]).not.toContain('--skip-db-update');
    await trivy.saveDatabase(state);
    expect(cache.saveCache).toHaveBeenCalledWith(
      [join(cacheDir, 'db'), join(cacheDir, 'java-db')],
      `${prefix}${today}`,
    );
  });

  it('without the cache service, nothing is restored or saved', async () => {
    cache.isFeatureAvailable.mockReturnValue(false);
    const { trivy } = setup(true);
    const state = await trivy.restoreDatabase();
    await trivy.saveDatabase(state);
    expect(state).toBeUndefined();
    expect(cache.restoreCache).not.toHaveBeenCalled();
    expect(cache.saveCache).not.toHaveBeenCalled();
  });

  it('a failing cache service is a warning, not a failed scan', async () => {
    const { trivy, execute, scan } = setup(false);
    cache.restoreCache.mockRejectedValueOnce(new Error('cache service down'));
    const state = await trivy.restoreDatabase();
    await scan();
    expect(execute).toHaveBeenCalledTimes(1);
    expect(state?.hit).toBeUndefined();
  });
});
