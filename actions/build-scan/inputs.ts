import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputReader, splitList, type InputSource } from '../../lib/inputs';
import { readBuildSecrets, type BuildSecret } from './build-secrets';
import { BUILDERS, Defaults, Input, SBOM_FORMATS, SCANNERS, type BuilderName } from './constants';
import { parseExceptions, type ExceptionEntry } from './exceptions';
import { isImageName, isTag, splitTagged } from './reference';
import { parseReport, ReportError, SEVERITIES, type Severity, type TrivyReport } from './report';

export interface BuildScanInputs {
  /** Repository to build, without tag; undefined: nothing is built (gate `trivy-report` only). */
  image?: string;
  /** Full references (`name:tag`) the image gets. */
  tags: string[];
  context: string;
  dockerfile?: string;
  buildArgs: Array<[string, string]>;
  /** BuildKit / podman build secrets (never build args: those stay in the image history). */
  secrets: BuildSecret[];
  labels: Array<[string, string]>;
  platforms: string[];
  target?: string;
  cacheFrom: string[];
  cacheTo: string[];
  builder: BuilderName;
  push: boolean;
  scanBeforePush: boolean;
  /** Run Trivy (when no `trivy-report` is given). */
  scan: boolean;
  trivyVersion: string;
  trivyReleaseUrl: string;
  /** The user's pin of the release archive for this runner, for a version the action does not pin. */
  trivySha256?: string;
  dbRepository?: string;
  failOn: Severity[];
  ignoreUnfixed: boolean;
  scanners: string[];
  exceptionsFile?: string;
  exceptions: ExceptionEntry[];
  trivyReport?: string;
  /** `trivy-report`, read and checked. */
  report?: TrivyReport;
  sarif: boolean;
  sbomFormat: (typeof SBOM_FORMATS)[number];
  timeoutMs: number;
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;

/**
 * Reads and checks every input, reporting all problems at once (ConfigurationError) before anything is
 * built. Relative paths are read from GITHUB_WORKSPACE (the runner's working directory).
 */
export async function getInputs(source?: InputSource, today: Date = new Date()): Promise<BuildScanInputs> {
  const r = new InputReader(source);
  const path = (p: string, input: string) => r.path(input, p);

  const image = r.optional(Input.Image);
  if (image !== undefined && !isImageName(image)) {
    r.invalid(Input.Image, 'an image name without tag, e.g. ghcr.io/org/model-server', image);
  }
  const tags: string[] = [];
  for (const item of r.list(Input.Tags)) {
    if (item.includes('/') || item.includes(':')) {
      if (splitTagged(item)) tags.push(item);
      else r.invalid(Input.Tags, 'tags (v1.2) or full references (registry/name:tag)', item);
    } else if (isTag(item)) {
      if (image) tags.push(`${image}:${item}`);
    } else {
      r.invalid(Input.Tags, 'tags of letters, digits, _, . and - (at most 128)', item);
    }
  }
  if (image && tags.length === 0 && r.optional(Input.Tags) === undefined) tags.push(`${image}:latest`);

  const contextText = r.string(Input.Context, Defaults[Input.Context]);
  const remoteContext = /^[a-z]+:\/\//.test(contextText) || contextText.startsWith('git@');
  const context = remoteContext ? contextText : path(contextText, Input.Context);
  const dockerfileText = r.optional(Input.Dockerfile);
  const dockerfile = dockerfileText === undefined ? undefined : path(dockerfileText, Input.Dockerfile);
  if (image && !remoteContext) {
    if (!isDirectory(context)) r.problem(`input '${Input.Context}': ${context} is not a directory`);
    else if (
      dockerfile === undefined &&
      !['Dockerfile', 'Containerfile'].some((f) => existsSync(join(context, f)))
    ) {
      r.problem(
        `input '${Input.Context}': ${context} has no Dockerfile (name one with '${Input.Dockerfile}')`,
      );
    }
  }
  if (image && dockerfile !== undefined && !existsSync(dockerfile)) {
    r.problem(`input '${Input.Dockerfile}': ${dockerfile} does not exist`);
  }

  const buildArgs = r.pairs(Input.BuildArgs);
  const secrets = readBuildSecrets(r, (p) => path(p, Input.SecretFiles));
  const labels = r.pairs(Input.Labels);
  const platforms = r.list(Input.Platforms);
  for (const p of platforms)
    if (!PLATFORM.test(p)) r.invalid(Input.Platforms, 'os/arch[/variant], e.g. linux/amd64', p);
  const target = r.optional(Input.Target);
  const cacheFrom = lines(r.optional(Input.CacheFrom));
  const cacheTo = lines(r.optional(Input.CacheTo));
  const builder = r.oneOf(Input.Builder, BUILDERS, Defaults[Input.Builder]);
  const push = r.boolean(Input.Push, true);
  const scanBeforePush = r.boolean(Input.ScanBeforePush, true);
  const scan = r.boolean(Input.Scan, true);

  const versionText = r.string(Input.TrivyVersion, Defaults[Input.TrivyVersion]);
  const trivyVersion = versionText.replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+$/.test(trivyVersion))
    r.invalid(Input.TrivyVersion, 'a release such as 0.67.2', versionText);
  const releaseUrl = r.url(Input.TrivyReleaseUrl) ?? new URL(Defaults[Input.TrivyReleaseUrl]);
  const trivySha256 = r.optional(Input.TrivySha256);
  if (trivySha256 !== undefined && !/^[a-fA-F0-9]{64}$/.test(trivySha256))
    r.invalid(Input.TrivySha256, 'the SHA-256 of the release archive (64 hex digits)', trivySha256);
  const dbRepository = r.optional(Input.DbRepository);

  const failOn: Severity[] = [];
  const failOnItems = splitList(r.string(Input.FailOn, Defaults[Input.FailOn]));
  if (!(failOnItems.length === 1 && failOnItems[0]!.toLowerCase() === 'none')) {
    for (const item of failOnItems) {
      const s = item.toUpperCase();
      if ((SEVERITIES as readonly string[]).includes(s)) failOn.push(s as Severity);
      else r.invalid(Input.FailOn, `severities from ${SEVERITIES.join(', ')}, or none`, item);
    }
  }
  const ignoreUnfixed = r.boolean(Input.IgnoreUnfixed, false);
  const scanners = splitList(r.string(Input.Scanners, Defaults[Input.Scanners]));
  for (const s of scanners) {
    if (!(SCANNERS as readonly string[]).includes(s))
      r.invalid(Input.Scanners, `some of ${SCANNERS.join(', ')}`, s);
  }

  const exceptionsText = r.optional(Input.Exceptions);
  const exceptionsFile = exceptionsText === undefined ? undefined : path(exceptionsText, Input.Exceptions);
  let exceptions: ExceptionEntry[] = [];
  if (exceptionsFile !== undefined) {
    if (!existsSync(exceptionsFile)) {
      r.problem(`input '${Input.Exceptions}': ${exceptionsFile} does not exist`);
    } else {
      const parsed = await parseExceptions(readFileSync(exceptionsFile, 'utf8'), exceptionsText!, today);
      exceptions = parsed.entries;
      for (const problem of parsed.problems) r.problem(`input '${Input.Exceptions}': ${problem}`);
    }
  }

  const reportText = r.optional(Input.TrivyReport);
  const trivyReport = reportText === undefined ? undefined : path(reportText, Input.TrivyReport);
  let report: TrivyReport | undefined;
  if (trivyReport !== undefined) {
    if (!existsSync(trivyReport)) {
      r.problem(`input '${Input.TrivyReport}': ${trivyReport} does not exist`);
    } else {
      try {
        report = parseReport(readFileSync(trivyReport, 'utf8'), reportText!);
      } catch (error) {
        if (!(error instanceof ReportError)) throw error;
        r.problem(`input '${Input.TrivyReport}': ${error.message}`);
      }
    }
  }
  const sarif = r.boolean(Input.Sarif, true);
  const sbomFormat = r.oneOf(Input.SbomFormat, SBOM_FORMATS, Defaults[Input.SbomFormat]);
  const timeoutMs = r.duration(Input.Timeout, { min: 1000 }) ?? 600_000;

  if (!image && !trivyReport) {
    r.problem(
      `give '${Input.Image}' (to build, scan and push an image) or '${Input.TrivyReport}' (to gate an existing report)`,
    );
  }
  if (!image) {
    for (const name of [
      Input.Tags,
      Input.BuildArgs,
      Input.Secrets,
      Input.SecretFiles,
      Input.Labels,
      Input.Platforms,
      Input.Target,
    ]) {
      if (r.optional(name) !== undefined)
        r.problem(`input '${name}' needs '${Input.Image}': nothing is built without it`);
    }
  }
  if (sbomFormat !== 'none' && (trivyReport !== undefined || !scan)) {
    r.problem(
      `input '${Input.SbomFormat}' needs a Trivy scan: it cannot be made from '${Input.TrivyReport}' or with scan: false`,
    );
  }
  if (cacheTo.length > 0 && (builder === 'docker' || builder === 'podman')) {
    r.problem(`input '${Input.CacheTo}' needs builder buildx (builder is ${builder})`);
  }
  if (platforms.length > 1) {
    if (builder === 'docker' || builder === 'podman') {
      r.problem(`several platforms need builder buildx (builder is ${builder})`);
    }
    const gated = trivyReport !== undefined || scan;
    if (!push) {
      r.problem(
        `several platforms need push: true (a multi-platform image cannot be loaded to be scanned locally)`,
      );
    } else if (scanBeforePush && gated) {
      r.problem(
        'several platforms cannot be scanned before the push (a multi-platform image cannot be loaded locally): ' +
          'set scan-before-push: false to push first and scan each platform from the registry, or build one platform',
      );
    }
  }

  r.finish();
  return {
    image,
    tags,
    context,
    dockerfile,
    buildArgs,
    secrets,
    labels,
    platforms,
    target,
    cacheFrom,
    cacheTo,
    builder,
    push,
    scanBeforePush,
    scan,
    trivyVersion,
    trivyReleaseUrl: releaseUrl.toString().replace(/\/+$/, ''),
    trivySha256,
    dbRepository,
    failOn,
    ignoreUnfixed,
    scanners,
    exceptionsFile,
    exceptions,
    trivyReport,
    report,
    sarif,
    sbomFormat,
    timeoutMs,
  };
}

/** One item a line: cache specs such as `type=registry,ref=...` contain commas. */
function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
