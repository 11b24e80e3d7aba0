import * as core from '@actions/core';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../lib/errors';
import { Cli } from '../../lib/exec';

export interface TrivyLocation {
  path: string;
  from: 'PATH' | 'tool cache' | 'download';
}

/** SHA-256 of release assets by version and asset name: the archive is checked against these only. */
export type TrivyPins = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The published SHA-256 of each supported release asset of the pinned Trivy (from the release's checksums
 * file, written here so that a download is checked against the source, not against a file from the same
 * server as the archive).
 */
export const TRIVY_SHA256: TrivyPins = {
  '0.67.2': {
    'trivy_0.67.2_Linux-64bit.tar.gz': '546511a5514afc813c0b72e4abeea2c16a32228a13a1e5114d927c190e76b1f9',
    'trivy_0.67.2_Linux-ARM64.tar.gz': 'e4f28390b06cdaaed94f8c49cce2c4c847938b5188aefdeb82453f2e933e57cb',
    'trivy_0.67.2_macOS-64bit.tar.gz': '4a5b936a8d89b508ecdc6edd65933b6fe3e9a368796cbdf917fd0df393f26542',
    'trivy_0.67.2_macOS-ARM64.tar.gz': '6b3163667f29fc608a2ed647c1bd42023af5779349286148190a168c5b3f28f1',
  },
};

/** A trivy found on PATH older than this is not used: the pinned one is installed instead. */
export const TRIVY_MIN_VERSION = '0.67.2';

export interface InstallOptions {
  version: string;
  /** Base of the release downloads: `<releaseUrl>/v<version>/<asset>`. */
  releaseUrl: string;
  platform?: string;
  arch?: string;
  /** Default TRIVY_SHA256. */
  pins?: TrivyPins;
  /** The user's own pin for this runner's asset (`trivy-sha256`), checked instead of the table. */
  sha256?: string;
  /** Default TRIVY_MIN_VERSION. */
  minVersion?: string;
}

export class TrivyInstallError extends Error {
  override name = 'TrivyInstallError';
}

const OS: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'windows' };
const CPU: Record<string, string> = {
  x64: '64bit',
  arm64: 'ARM64',
  arm: 'ARM',
  ppc64: 'PPC64LE',
  s390x: 's390x',
};

/** The release archive for a platform, named as Trivy's releases name them. */
export function releaseAsset(
  version: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  const os = OS[platform];
  const cpu = CPU[arch];
  if (!os || !cpu) throw new TrivyInstallError(`Trivy publishes no release for ${platform}/${arch}`);
  return `trivy_${version}_${os}-${cpu}.${platform === 'win32' ? 'zip' : 'tar.gz'}`;
}

/**
 * Trivy from PATH when it is at least the minimum version, else the pinned version from the tool cache,
 * else downloaded, verified and cached.
 */
export async function findOrInstallTrivy(options: InstallOptions): Promise<TrivyLocation> {
  const onPath = await io.which('trivy', false);
  if (onPath) {
    const minimum = options.minVersion ?? TRIVY_MIN_VERSION;
    const found = await installedVersion(onPath);
    if (found && compareVersions(found, minimum) >= 0) return { path: onPath, from: 'PATH' };
    core.warning(
      `${onPath} is Trivy ${found ?? '(version unknown)'}, older than the minimum ${minimum}: it is not used, Trivy ${options.version} is installed instead.`,
    );
  }
  const arch = options.arch ?? process.arch;
  const cached = tc.find('trivy', options.version, arch);
  if (cached && existsSync(binaryIn(cached, options.platform))) {
    return { path: binaryIn(cached, options.platform), from: 'tool cache' };
  }
  return { path: await installTrivy(options), from: 'download' };
}

/**
 * Downloads the release archive, refuses it unless its SHA-256 is the pinned one (the table in the source,
 * or the user's `trivy-sha256`), and caches the extracted binary in the tool cache. Returns its path.
 */
export async function installTrivy(options: InstallOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const asset = releaseAsset(options.version, platform, arch);
  const base = `${options.releaseUrl.replace(/\/+$/, '')}/v${options.version}`;
  const pins = options.pins ?? TRIVY_SHA256;
  const expected = options.sha256?.toLowerCase() ?? pins[options.version]?.[asset];
  const pinnedBy = options.sha256 ? 'trivy-sha256' : 'the pinned SHA-256';
  if (!expected) {
    throw new TrivyInstallError(
      `no SHA-256 is pinned for ${asset} (pinned: Trivy ${Object.keys(pins).join(', ') || 'none'}); give its SHA-256 in trivy-sha256`,
    );
  }
  const archive = await download(`${base}/${asset}`);
  const actual = await sha256(archive);
  if (actual !== expected) {
    await io.rmRF(archive);
    throw new TrivyInstallError(
      `SHA-256 of ${asset} is ${actual} but ${pinnedBy} is ${expected}: the download was refused, nothing was installed`,
    );
  }
  core.info(`Trivy ${options.version}: ${asset} matches ${pinnedBy} (sha256 ${actual})`);
  const extracted = asset.endsWith('.zip') ? await tc.extractZip(archive) : await tc.extractTar(archive);
  if (!existsSync(binaryIn(extracted, platform))) {
    throw new TrivyInstallError(`${asset} has no trivy binary at its top level`);
  }
  const cached = await tc.cacheDir(extracted, 'trivy', options.version, arch);
  return binaryIn(cached, platform);
}

/** `Version: 0.67.2` from `trivy --version`; undefined when it does not answer so. */
async function installedVersion(binary: string): Promise<string | undefined> {
  const result = await new Cli(binary).execute(['--version'], { allowFailure: true, silent: true });
  return /Version:\s*v?(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1];
}

/** Compares dotted release numbers (`0.67.2`) numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

async function download(url: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (error) {
    throw new TrivyInstallError(`could not download ${url}: ${errorMessage(error)}`);
  }
}

function binaryIn(dir: string, platform: string = process.platform): string {
  return join(dir, platform === 'win32' ? 'trivy.exe' : 'trivy');
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
