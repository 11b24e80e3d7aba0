import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { formatDuration } from '../../lib/durations';
import { CommandError, errorMessage } from '../../lib/errors';
import { Cli } from '../../lib/exec';
import type { ImageSource } from './builder';

export interface ScanOptions {
  ref: string;
  imageSource: ImageSource;
  platform?: string;
  output: string;
  scanners: readonly string[];
  timeoutMs: number;
  /** Keep every package in the report, so an SBOM can be converted from it. */
  listAllPackages: boolean;
  dbRepository?: string;
}

const RATE_LIMITED = /TOOMANYREQUESTS|too many requests|rate limit|\b429\b/i;

/** Trivy behind one CLI: scans write the full JSON report; the gate, not Trivy, decides the exit. */
export class Trivy {
  private skipDbUpdate = false;

  /** The cache defaults to Trivy's own, so other Trivy steps in the job share the database. */
  constructor(
    private readonly cli: Cli,
    readonly cacheDir: string = join(homedir(), '.cache', 'trivy'),
  ) {}

  async version(): Promise<string> {
    const { stdout } = await this.cli.execute(['--version'], { silent: true });
    return /Version:\s*(\S+)/.exec(stdout)?.[1] ?? stdout.trim().split('\n')[0] ?? '';
  }

  scanArgs(options: ScanOptions, skipDbUpdate: boolean): string[] {
    return [
      'image',
      '--format',
      'json',
      '--output',
      options.output,
      '--scanners',
      options.scanners.join(','),
      '--timeout',
      formatDuration(options.timeoutMs),
      '--cache-dir',
      this.cacheDir,
      '--image-src',
      options.imageSource,
      ...(options.platform ? ['--platform', options.platform] : []),
      ...(options.listAllPackages ? ['--list-all-pkgs'] : []),
      ...(options.dbRepository ? ['--db-repository', options.dbRepository] : []),
      ...(skipDbUpdate ? ['--skip-db-update', '--skip-java-db-update'] : []),
      options.ref,
    ];
  }

  /**
   * Writes the JSON report. When the database download is rate-limited and a database is already in the
   * cache, scans again with that database instead of failing.
   */
  async scan(options: ScanOptions): Promise<void> {
    try {
      await this.cli.execute(this.scanArgs(options, this.skipDbUpdate));
    } catch (error) {
      const limited = error instanceof CommandError && RATE_LIMITED.test(error.stderr);
      if (!limited || this.skipDbUpdate || !this.hasDatabase()) throw error;
      core.warning(
        'The Trivy database download was rate-limited: scanning with the cached database instead.',
      );
      this.skipDbUpdate = true;
      await this.cli.execute(this.scanArgs(options, true));
    }
  }

  /** An SBOM from a report made with `listAllPackages` (`trivy convert`, no second scan). */
  async convert(report: string, format: 'cyclonedx' | 'spdx-json', output: string): Promise<void> {
    await this.cli.execute(['convert', '--format', format, '--output', output, report]);
  }

  hasDatabase(): boolean {
    return existsSync(join(this.cacheDir, 'db', 'trivy.db'));
  }

  /**
   * Restores the vulnerability databases from the Actions cache (a key a day, older days as fallback). A
   * database restored under today's key is used without asking Trivy's registry again.
   */
  async restoreDatabase(): Promise<DatabaseCache | undefined> {
    if (!cache.isFeatureAvailable()) {
      core.info('Actions cache not available here: the Trivy database is not cached between runs.');
      return undefined;
    }
    const day = new Date().toISOString().slice(0, 10);
    const prefix = `ml-deploy-trivy-db-${process.platform}-${process.arch}-`;
    const state: DatabaseCache = { key: `${prefix}${day}`, paths: this.databasePaths(), hit: undefined };
    try {
      state.hit = await cache.restoreCache([...state.paths], state.key, [prefix]);
    } catch (error) {
      core.warning(`Could not restore the Trivy database cache: ${errorMessage(error)}`);
    }
    if (state.hit === state.key && this.hasDatabase()) this.skipDbUpdate = true;
    core.info(`Trivy database cache: ${state.hit ? `restored ${state.hit}` : 'none yet'}`);
    return state;
  }

  async saveDatabase(state: DatabaseCache | undefined): Promise<void> {
    if (!state || state.hit === state.key || !this.hasDatabase()) return;
    try {
      // The same paths as the restore: they are part of the cache's version.
      await cache.saveCache([...state.paths], state.key);
    } catch (error) {
      core.warning(`Could not save the Trivy database cache: ${errorMessage(error)}`);
    }
  }

  private databasePaths(): string[] {
    return [join(this.cacheDir, 'db'), join(this.cacheDir, 'java-db')];
  }
}

export interface DatabaseCache {
  key: string;
  paths: string[];
  hit: string | undefined;
}
