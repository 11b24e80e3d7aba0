import * as core from '@actions/core';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../../lib/errors';

export interface TrivyLocation {
  path: string;
  from: 'PATH' | 'tool cache' | 'download';
}

export interface InstallOptions {
  version: string;
  /** Base of the release downloads: `<releaseUrl>/v<version>/<asset>`. */
  releaseUrl: string;
  platform?: string;
  arch?: string;
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

/** Trivy from PATH, else the pinned version from the tool cache, else downloaded, verified and cached. */
export async function findOrInstallTrivy(options: InstallOptions): Promise<TrivyLocation> {
  const onPath = await io.which('trivy', false);
  if (onPath) return { path: onPath, from: 'PATH' };
  const arch = options.arch ?? process.arch;
  const cached = tc.find('trivy', options.version, arch);
  if (cached && existsSync(binaryIn(cached, options.platform))) {
    return { path: binaryIn(cached, options.platform), from: 'tool cache' };
  }
  return { path: await installTrivy(options), from: 'download' };
}

/**
 * Downloads the release archive and the release's checksums file, refuses the archive unless its SHA-256
 * is the one listed, and caches the extracted binary in the tool cache. Returns the binary's path.
 */
export async function installTrivy(options: InstallOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const asset = releaseAsset(options.version, platform, arch);
  const base = `${options.releaseUrl.replace(/\/+$/, '')}/v${options.version}`;
  const checksumsName = `trivy_${options.version}_checksums.txt`;

  const checksumsFile = await download(`${base}/${checksumsName}`);
  const expected = checksumFor(await readFile(checksumsFile, 'utf8'), asset);
  if (!expected) throw new TrivyInstallError(`${checksumsName} lists no SHA-256 for ${asset}`);
  const archive = await download(`${base}/${asset}`);
  const actual = await sha256(archive);
  if (actual !== expected) {
    await io.rmRF(archive);
    throw new TrivyInstallError(
      `SHA-256 of ${asset} is ${actual} but ${checksumsName} says ${expected}: the download was refused, nothing was installed`,
    );
  }
  core.info(`Trivy ${options.version}: ${asset} matches ${checksumsName} (sha256 ${actual})`);
  const extracted = asset.endsWith('.zip') ? await tc.extractZip(archive) : await tc.extractTar(archive);
  if (!existsSync(binaryIn(extracted, platform))) {
    throw new TrivyInstallError(`${asset} has no trivy binary at its top level`);
  }
  const cached = await tc.cacheDir(extracted, 'trivy', options.version, arch);
  return binaryIn(cached, platform);
}

/** The SHA-256 listed for `asset` in a `sha256sum`-style file (`<hex>  <name>`, `*` for binary mode). */
export function checksumFor(checksums: string, asset: string): string | undefined {
  for (const line of checksums.split('\n')) {
    const m = /^([a-fA-F0-9]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (m && m[2] === asset) return m[1]!.toLowerCase();
  }
  return undefined;
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
