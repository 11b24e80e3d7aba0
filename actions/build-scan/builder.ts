import * as core from '@actions/core';
import * as io from '@actions/io';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../lib/errors';
import { Cli } from '../../lib/exec';
import { passSecrets } from './build-secrets';
import type { BuilderName } from './constants';
import type { BuildScanInputs } from './inputs';

export type BuildRequest = Pick<
  BuildScanInputs,
  | 'tags'
  | 'context'
  | 'dockerfile'
  | 'buildArgs'
  | 'labels'
  | 'platforms'
  | 'target'
  | 'cacheFrom'
  | 'cacheTo'
> &
  Partial<Pick<BuildScanInputs, 'secrets'>>;

export interface BuiltImage {
  /** Image ID of the local image; undefined when buildx pushed it without loading it. */
  id?: string;
  refs: string[];
  /** Registry digest, when the build itself pushed (buildx --push). */
  digest?: string;
}

/** Where Trivy finds the image: a local engine, or the registry. */
export type ImageSource = 'docker' | 'podman' | 'remote';

/** One way of building and pushing: docker buildx, the classic docker builder, or podman. */
export abstract class Builder {
  abstract readonly name: Exclude<BuilderName, 'auto'>;
  abstract readonly imageSource: Exclude<ImageSource, 'remote'>;

  /** `workDir` takes the files the build and push write (image ID, metadata, digest). */
  constructor(
    protected readonly cli: Cli,
    protected readonly workDir: string,
  ) {}

  /**
   * The build command's arguments: `docker build` and `podman build` take the same ones; buildx adds its
   * own, and `push` (building straight into the registry).
   */
  buildArgs(request: BuildRequest, files: { iidfile: string; metadata: string }, _push = false): string[] {
    return [
      'build',
      ...this.commonArgs(request),
      ...(request.platforms.length ? ['--platform', request.platforms.join(',')] : []),
      '--iidfile',
      files.iidfile,
      ...request.tags.flatMap((t) => ['--tag', t]),
      request.context,
    ];
  }

  async build(request: BuildRequest, push = false): Promise<BuiltImage> {
    const files = { iidfile: join(this.workDir, 'iid'), metadata: join(this.workDir, 'build-metadata.json') };
    const secrets = passSecrets(
      request.secrets ?? [],
      this.name === 'podman' ? 'podman' : 'docker',
      this.workDir,
    );
    try {
      const [command, ...rest] = this.buildArgs(request, files, push);
      const at = command === 'buildx' ? 2 : 1;
      const args = [command!, ...rest.slice(0, at - 1), ...secrets.args, ...rest.slice(at - 1)];
      await this.cli.execute(args, { env: secrets.env });
    } finally {
      secrets.cleanup();
    }
    // Pushed straight from the builder, the image is not loaded: only its registry digest names it.
    const id = push ? undefined : readText(files.iidfile) || undefined;
    const digest = push ? this.builtDigest(files.metadata) : undefined;
    if (!id && !digest)
      throw new Error(`${this.name} build finished but wrote no ${push ? 'digest' : 'image ID'}`);
    return { id, refs: request.tags, digest };
  }

  protected builtDigest(_metadata: string): string | undefined {
    return undefined;
  }

  async imageId(ref: string): Promise<string | undefined> {
    const result = await this.cli.execute(['image', 'inspect', '--format', '{{.Id}}', ref], {
      allowFailure: true,
      silent: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /**
   * Pushes every reference after checking it still names the image that was built and scanned, and returns
   * the digest the registry reported for the first one.
   */
  async push(image: BuiltImage): Promise<string> {
    let first: string | undefined;
    for (const ref of image.refs) {
      const id = await this.imageId(ref);
      if (image.id && !sameId(id, image.id)) {
        throw new Error(
          `${ref} now names image ${id ?? '(none)'}, not the ${image.id} that was built and scanned: not pushed`,
        );
      }
      const digest = await this.pushOne(ref);
      core.info(`pushed ${ref}: ${digest}`);
      first ??= digest;
    }
    if (!first) throw new Error('no reference to push');
    return first;
  }

  protected abstract pushOne(ref: string): Promise<string>;

  protected commonArgs(request: BuildRequest): string[] {
    const args: string[] = [];
    if (request.dockerfile) args.push('--file', request.dockerfile);
    if (request.target) args.push('--target', request.target);
    for (const [k, v] of request.buildArgs) args.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of [...ociLabels(), ...request.labels]) args.push('--label', `${k}=${v}`);
    for (const c of request.cacheFrom) args.push('--cache-from', c);
    return args;
  }
}

export class DockerBuilder extends Builder {
  readonly name: 'docker' | 'buildx' = 'docker';
  readonly imageSource = 'docker';

  protected async pushOne(ref: string): Promise<string> {
    const { stdout } = await this.cli.execute(['push', ref]);
    const digest = parsePushDigest(stdout);
    if (!digest) throw new Error(`docker push ${ref} finished but printed no digest`);
    return digest;
  }
}

export class BuildxBuilder extends DockerBuilder {
  override readonly name = 'buildx';

  override buildArgs(
    request: BuildRequest,
    files: { iidfile: string; metadata: string },
    push = false,
  ): string[] {
    return [
      'buildx',
      'build',
      ...this.commonArgs(request),
      ...request.cacheTo.flatMap((c) => ['--cache-to', c]),
      ...(request.platforms.length ? ['--platform', request.platforms.join(',')] : []),
      '--iidfile',
      files.iidfile,
      '--metadata-file',
      files.metadata,
      push ? '--push' : '--load',
      ...request.tags.flatMap((t) => ['--tag', t]),
      request.context,
    ];
  }

  protected override builtDigest(metadata: string): string | undefined {
    try {
      const data = JSON.parse(readFileSync(metadata, 'utf8')) as Record<string, unknown>;
      const digest = data['containerimage.digest'];
      return typeof digest === 'string' ? digest : undefined;
    } catch {
      return undefined;
    }
  }
}

export class PodmanBuilder extends Builder {
  readonly name = 'podman';
  readonly imageSource = 'podman';

  protected async pushOne(ref: string): Promise<string> {
    const file = join(this.workDir, 'push-digest');
    rmSync(file, { force: true });
    await this.cli.execute(['push', '--digestfile', file, ref]);
    const digest = readText(file);
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new Error(`podman push ${ref} wrote no digest`);
    return digest;
  }
}

/**
 * The builder to use: the one named, or for `auto` docker buildx when its plugin answers, else the classic
 * docker builder, else podman.
 */
export async function resolveBuilder(
  name: BuilderName,
  platforms: readonly string[],
  workDir: string,
): Promise<Builder> {
  let chosen: Exclude<BuilderName, 'auto'>;
  if (name !== 'auto') {
    chosen = name;
  } else if (await io.which('docker', false)) {
    const buildx = await new Cli('docker').execute(['buildx', 'version'], {
      allowFailure: true,
      silent: true,
    });
    chosen = buildx.exitCode === 0 ? 'buildx' : 'docker';
  } else if (await io.which('podman', false)) {
    chosen = 'podman';
  } else {
    throw new Error('no builder found: neither docker nor podman is on PATH');
  }
  if (chosen !== 'buildx' && platforms.length > 1) {
    throw new ConfigurationError(
      `several platforms need docker buildx, and builder ${name} resolved to ${chosen}`,
    );
  }
  core.info(`builder: ${chosen}${name === 'auto' ? ' (auto)' : ''}`);
  if (chosen === 'podman') return new PodmanBuilder(new Cli('podman'), workDir);
  const docker = new Cli('docker');
  return chosen === 'buildx' ? new BuildxBuilder(docker, workDir) : new DockerBuilder(docker, workDir);
}

/** OCI annotations from the GitHub context: where the source is, which revision, when it was built. */
export function ociLabels(
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Array<[string, string]> {
  const labels: Array<[string, string]> = [];
  if (env.GITHUB_REPOSITORY) {
    labels.push([
      'org.opencontainers.image.source',
      `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`,
    ]);
  }
  if (env.GITHUB_SHA) labels.push(['org.opencontainers.image.revision', env.GITHUB_SHA]);
  labels.push(['org.opencontainers.image.created', now.toISOString()]);
  return labels;
}

/** `v1: digest: sha256:… size: 420`, as docker push prints it. */
export function parsePushDigest(stdout: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(stdout)?.[1];
}

function sameId(a: string | undefined, b: string): boolean {
  const bare = (s: string) => s.replace(/^sha256:/, '');
  return a !== undefined && bare(a) === bare(b);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}
