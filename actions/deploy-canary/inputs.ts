import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../lib/errors';
import type { ValuesTree } from '../../lib/helm';
import type { TrafficMethod } from '../../lib/canary-verification';
import { InputReader, isDnsSubdomain } from '../../lib/inputs';
import { parseYaml } from '../../lib/lazy/yaml';
import { readReleaseTarget, type ReleaseTarget } from '../../lib/release-target';
import { findPrototypeKey } from '../../lib/safe-keys';
import {
  DEFAULT_VALUE_KEYS,
  isValuePath,
  mergeValues,
  parseImageRef,
  setValue,
  type ImageRef,
  type ValueKeys,
} from './canary-values';
import type { CanaryFrom } from './canary-source';
import { readCanaryMode, withCanaryMode } from './shadow';

export const INPUTS = {
  release: 'release',
  namespace: 'namespace',
  chart: 'chart',
  chartVersion: 'chart-version',
  chartRepo: 'chart-repo',
  valuesFiles: 'values-files',
  set: 'set',
  image: 'image',
  action: 'action',
  weight: 'weight',
  baseline: 'baseline',
  canaryReplicas: 'canary-replicas',
  canaryRevision: 'canary-revision',
  kubeconfig: 'kubeconfig',
  context: 'context',
  timeout: 'timeout',
  readinessTimeout: 'readiness-timeout',
  unschedulableTimeout: 'unschedulable-timeout',
  cleanupOnFailure: 'cleanup-on-failure',
  githubToken: 'github-token',
  environment: 'environment',
  environmentUrl: 'environment-url',
  canaryFrom: 'canary-from',
  workload: 'workload',
  traffic: 'traffic',
  skipCanary: 'skip-canary',
} as const;

/** Inputs naming the chart's value keys, by ValueKeys field. */
export const KEY_INPUTS: Record<keyof ValueKeys, string> = {
  imageRepository: 'image-repository-key',
  imageTag: 'image-tag-key',
  imageDigest: 'image-digest-key',
  canaryEnabled: 'canary-enabled-key',
  canaryImageRepository: 'canary-image-repository-key',
  canaryImageTag: 'canary-image-tag-key',
  canaryImageDigest: 'canary-image-digest-key',
  canaryWeight: 'canary-weight-key',
  canaryReplicas: 'canary-replicas-key',
  baselineEnabled: 'baseline-enabled-key',
};

export const OUTPUTS = {
  stableRevision: 'stable-revision',
  revision: 'revision',
  canaryRevision: 'canary-revision',
  canaryImage: 'canary-image',
  weight: 'weight',
  status: 'status',
  result: 'result',
} as const;

export const STATE = {
  kubeconfigPath: 'kubeconfig-path',
  canaryStarted: 'canary-started',
  release: 'release',
  namespace: 'namespace',
  context: 'context',
  stableRevision: 'stable-revision',
  canaryImage: 'canary-image',
  cleanup: 'cleanup-on-failure',
  timeoutMs: 'timeout-ms',
} as const;

export const DEFAULT_WEIGHT = 10;
export const DEFAULT_TIMEOUT_MS = 20 * 60_000;
/** Model servers load weights for minutes before their first Ready. */
export const DEFAULT_READINESS_TIMEOUT_MS = 15 * 60_000;
/** A GPU node from a scale-from-zero pool takes minutes to join. */
export const DEFAULT_UNSCHEDULABLE_TIMEOUT_MS = 10 * 60_000;

export interface ChartSource {
  /** What helm is given: an absolute path, `repo/name`, a name with `repo`, or `oci://…`. */
  ref: string;
  version?: string;
  repo?: string;
}

export interface DeployCanaryInputs extends ReleaseTarget {
  chart: ChartSource;
  /** values-files then set, merged in that order. */
  userValues: ValuesTree;
  valuesFiles: string[];
  image?: ImageRef;
  action: 'deploy' | 'promote';
  weight: number;
  baseline: boolean;
  canaryReplicas?: number;
  /** The previous step's canary-revision: this step moves that canary only. */
  canaryRevision?: number;
  keys: ValueKeys;
  timeoutMs: number;
  readinessTimeoutMs: number;
  unschedulableTimeoutMs: number;
  cleanupOnFailure: boolean;
  githubToken?: string;
  environment: string;
  environmentUrl?: string;
  canaryFrom: CanaryFrom;
  workload?: string;
  traffic?: TrafficMethod;
  skipCanary: boolean;
}

const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const REPO_CHART = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CHART_VERSION = /^[vV]?[0-9A-Za-z.+\-~^<>=*|, ]+$/;

/** Reads and checks every input; all problems are reported together before anything is touched. */
export async function getInputs(reader = new InputReader()): Promise<DeployCanaryInputs> {
  const target = await readReleaseTarget(reader);
  const { release } = target;
  const action = reader.oneOf(INPUTS.action, ['deploy', 'promote'] as const, 'deploy');

  const chart = readChart(reader);
  const valuesFiles = reader.list(INPUTS.valuesFiles).map((f) => reader.path(INPUTS.valuesFiles, f));
  let userValues: ValuesTree = {};
  for (const file of valuesFiles) {
    const values = await readValuesFile(reader, file);
    if (values) userValues = mergeValues(userValues, values);
  }
  for (const [key, value] of reader.pairs(INPUTS.set)) {
    if (!isValuePath(key) || key.includes('[')) {
      reader.invalid(
        INPUTS.set,
        'keys such as a.b.c (no list indices: use values-files for lists; no __proto__, constructor or prototype)',
        key,
      );
      continue;
    }
    userValues = setValue(userValues, key, parseSetValue(value));
  }

  const imageText = reader.optional(INPUTS.image);
  let image: ImageRef | undefined;
  if (imageText !== undefined) {
    image = parseImageRef(imageText);
    if (!image) {
      reader.invalid(
        INPUTS.image,
        'repository:tag, repository@sha256:<64 hex> or repository:tag@sha256:<64 hex>',
        imageText,
      );
    }
  } else if (action === 'deploy') {
    reader.problem(`input '${INPUTS.image}' is required with action: deploy`);
  }

  const canaryMode = readCanaryMode(reader);
  // A shadow serves no user: its weight is 0 whatever the weight input says.
  const weight =
    canaryMode.mode === 'shadow'
      ? 0
      : (reader.number(INPUTS.weight, { min: 0, max: 100, integer: true }) ?? DEFAULT_WEIGHT);
  const baseline = reader.boolean(INPUTS.baseline, false);
  const canaryReplicas = reader.number(INPUTS.canaryReplicas, { min: 0, max: 1000, integer: true });
  const canaryRevision = reader.number(INPUTS.canaryRevision, { min: 1, integer: true });

  const keys = readValueKeys(reader);

  const timeoutMs = reader.duration(INPUTS.timeout, { min: 1000 }) ?? DEFAULT_TIMEOUT_MS;
  const readinessTimeoutMs =
    reader.duration(INPUTS.readinessTimeout, { min: 1000 }) ?? DEFAULT_READINESS_TIMEOUT_MS;
  const unschedulableTimeoutMs =
    reader.duration(INPUTS.unschedulableTimeout, { min: 1000 }) ?? DEFAULT_UNSCHEDULABLE_TIMEOUT_MS;
  const cleanupOnFailure = reader.boolean(INPUTS.cleanupOnFailure, true);
  const githubToken = reader.secret(INPUTS.githubToken);
  const environment = reader.string(INPUTS.environment, release);
  const environmentUrl = reader.url(INPUTS.environmentUrl)?.toString();
  const canaryFrom = reader.oneOf(INPUTS.canaryFrom, ['auto', 'values', 'manifests'] as const, 'auto');
  const workload = reader.optional(INPUTS.workload);
  if (workload !== undefined && !isDnsSubdomain(workload)) {
    reader.invalid(INPUTS.workload, 'the name of a Deployment the chart renders', workload);
  }
  const traffic = reader.optional(INPUTS.traffic)
    ? reader.oneOf(INPUTS.traffic, ['replicas', 'nginx', 'gateway-api'] as const, 'replicas')
    : undefined;
  const skipCanary = reader.boolean(INPUTS.skipCanary, false);
  if (skipCanary && action !== 'promote') {
    reader.problem(
      `input '${INPUTS.skipCanary}' applies to action: promote (rolling out an image without a canary)`,
    );
  }
  reader.finish();

  return {
    ...target,
    chart,
    userValues: withCanaryMode(userValues, canaryMode),
    valuesFiles,
    image,
    action,
    weight,
    baseline,
    canaryReplicas,
    canaryRevision,
    keys,
    timeoutMs,
    readinessTimeoutMs,
    unschedulableTimeoutMs,
    cleanupOnFailure,
    githubToken,
    environment,
    environmentUrl,
    canaryFrom,
    workload,
    traffic,
    skipCanary,
  };
}

/** The chart's value keys, defaults fitting charts/inference-service. */
export function readValueKeys(reader: InputReader): ValueKeys {
  const keys = { ...DEFAULT_VALUE_KEYS };
  for (const [field, input] of Object.entries(KEY_INPUTS) as Array<[keyof ValueKeys, string]>) {
    const value = reader.optional(input);
    if (value === undefined) continue;
    if (isValuePath(value)) keys[field] = value;
    else
      reader.invalid(
        input,
        'a values path such as canary.image.tag (no __proto__, constructor or prototype)',
        value,
      );
  }
  return keys;
}

function readChart(reader: InputReader): ChartSource {
  const text = reader.required(INPUTS.chart);
  const version = reader.optional(INPUTS.chartVersion);
  const repo = reader.url(INPUTS.chartRepo)?.toString();
  if (version !== undefined && !CHART_VERSION.test(version)) {
    reader.invalid(INPUTS.chartVersion, 'a chart version or range such as 1.2.3 or ^1.2', version);
  }
  if (text === '') return { ref: '' };
  if (text.startsWith('oci://')) {
    if (!/^oci:\/\/[^/\s]+\/\S+$/.test(text)) reader.invalid(INPUTS.chart, 'oci://registry/path/chart', text);
    if (repo) reader.problem(`input '${INPUTS.chartRepo}' does not apply to an oci:// chart`);
    return { ref: text, version };
  }
  const path = reader.path(INPUTS.chart, text);
  if (existsSync(path)) {
    const isDir = statSync(path).isDirectory();
    if (isDir && !existsSync(join(path, 'Chart.yaml'))) {
      reader.problem(`input '${INPUTS.chart}': ${path} is a directory without a Chart.yaml`);
    } else if (!isDir && !/\.tgz$/.test(path)) {
      reader.problem(`input '${INPUTS.chart}': ${path} is a file but not a packaged chart (.tgz)`);
    }
    if (version !== undefined)
      reader.problem(
        `input '${INPUTS.chartVersion}' applies to repository and oci:// charts, not to the local chart ${text}`,
      );
    if (repo) reader.problem(`input '${INPUTS.chartRepo}' does not apply to the local chart ${text}`);
    return { ref: path };
  }
  if (repo ? CHART_NAME.test(text) : REPO_CHART.test(text)) return { ref: text, version, repo };
  reader.invalid(
    INPUTS.chart,
    'a chart directory or .tgz that exists, repo/name (after helm repo add), a name with chart-repo, or oci://…',
    text,
  );
  return { ref: text };
}

async function readValuesFile(reader: InputReader, file: string): Promise<ValuesTree | undefined> {
  if (!existsSync(file)) {
    reader.problem(`input '${INPUTS.valuesFiles}': ${file} does not exist`);
    return undefined;
  }
  try {
    const doc: unknown = await parseYaml(readFileSync(file, 'utf8'));
    if (doc === null || doc === undefined) return {};
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      reader.problem(`input '${INPUTS.valuesFiles}': ${file} is not a map of values`);
      return undefined;
    }
    const unsafe = findPrototypeKey(doc);
    if (unsafe) {
      reader.problem(`input '${INPUTS.valuesFiles}': ${file} has the key ${unsafe}, which is not allowed`);
      return undefined;
    }
    return doc as ValuesTree;
  } catch (error) {
    reader.problem(
      `input '${INPUTS.valuesFiles}': ${file} is not valid YAML: ${errorMessage(error).split('\n')[0]}`,
    );
    return undefined;
  }
}

/** Typed as `helm --set` types them: true/false, null and integers; anything else stays a string. */
export function parseSetValue(text: string): unknown {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (/^-?(0|[1-9]\d*)$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  return text;
}
