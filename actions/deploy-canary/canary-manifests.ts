import { isMap, isSeq, parseAllDocuments, type Document } from 'yaml';

/** What the post-renderer adds to a chart's rendered manifests (written by deploy-canary, read by the post-renderer). */
export interface CanaryManifestConfig {
  /** The one Deployment that serves the model; every Deployment when absent. */
  workload?: string;
  /** The stable image repository: picks the model container among sidecars. */
  modelRepository?: string;
  canary?: {
    image: string;
    /** Pods of the canary (and baseline); derived from the weight and the stable replicas when absent. */
    replicas?: number;
    weight: number;
  };
  baseline?: boolean;
}

type Json = Record<string, unknown>;

const TRACK = 'track';
const VERSION = 'version';

/** The `version` label of an image: its tag, else its digest, made a valid label value. */
export function versionLabel(image: string): string {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : '';
  const raw = tag || (at >= 0 ? image.slice(at + 1).replace(':', '-') : 'latest');
  return raw
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 63)
    .replace(/[-_.]+$/, '');
}

/** `repo/name:tag@digest` → `repo/name`. */
export function imageRepository(image: string): string {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

/**
 * Canary pods for a weight by replica ratio, as charts/inference-service derives them:
 * stable × weight / (100 − weight), rounded, at least 1 for a weight above 0.
 */
export function canaryReplicasFor(weight: number, stableReplicas: number): number {
  if (weight <= 0) return 0;
  if (weight >= 100) {
    throw new Error(
      'weight 100 cannot be reached by replica ratio: promote instead, or give canary-replicas',
    );
  }
  return Math.max(1, Math.round((stableReplicas * weight) / (100 - weight)));
}

/**
 * Adds the canary (and baseline) tracks to a chart's rendered manifests: each Deployment of the release (or
 * the one `workload` names) gets a `-canary` copy running the canary image in its model container, with
 * `track`/`version` labels on its pods and selector and its own replica count; everything else (volumes,
 * ConfigMaps, sidecars, env) is the same. The original becomes the stable track by labels on its pod
 * template only: its selector is immutable and already selects every track, as the Service does, so
 * traffic follows the replica ratio.
 */
export function addCanaryTracks(stream: string, config: CanaryManifestConfig): string {
  const docs = parseAllDocuments(stream);
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new Error(`the chart rendered invalid YAML: ${doc.errors[0]!.message}`);
  }
  const deployments = docs.filter((d) => isDeployment(d.toJS() as Json | null));
  const names = deployments.map((d) => name(d.toJS() as Json));
  if (config.workload && !names.includes(config.workload)) {
    throw new Error(
      `workload ${config.workload} is not a Deployment of the chart (it renders ${names.length ? names.join(', ') : 'no Deployment'})`,
    );
  }
  if (deployments.length === 0) {
    throw new Error('the chart renders no Deployment: there is no workload to run a canary of');
  }

  const out: Document[] = [];
  for (const doc of docs) {
    const object = doc.toJS() as Json | null;
    if (!object || Object.keys(object).length === 0) continue;
    // A track the chart renders itself (canary-from: manifests forced on a chart with canary keys) is left as is.
    if (
      !isDeployment(object) ||
      (config.workload && name(object) !== config.workload) ||
      ['canary', 'baseline'].includes(String(doc.getIn(['spec', 'template', 'metadata', 'labels', TRACK])))
    ) {
      out.push(doc);
      continue;
    }
    const model = modelContainer(object, config.modelRepository);
    const stableImage = String(model.image ?? '');
    setTrack(doc, 'stable', versionLabel(stableImage), false);
    out.push(doc);
    if (!config.canary) continue;
    const stableReplicas = typeof object.spec === 'object' ? ((object.spec as Json).replicas as number) : 1;
    const replicas = config.canary.replicas ?? canaryReplicasFor(config.canary.weight, stableReplicas ?? 1);
    out.push(trackCopy(doc, 'canary', config.canary.image, replicas, model.name as string));
    if (config.baseline) out.push(trackCopy(doc, 'baseline', stableImage, replicas, model.name as string));
  }
  return out.map((d) => d.toString()).join('---\n');
}

function isDeployment(object: Json | null): boolean {
  return !!object && object.kind === 'Deployment' && String(object.apiVersion ?? '').startsWith('apps/');
}

function name(object: Json): string {
  return String((object.metadata as Json | undefined)?.name ?? '');
}

function containers(object: Json): Json[] {
  const spec = (object.spec as Json | undefined)?.template as Json | undefined;
  return (((spec?.spec as Json | undefined)?.containers as Json[] | undefined) ?? []).filter(Boolean);
}

/** The container running the stable image repository, or the only container. */
function modelContainer(object: Json, repository: string | undefined): Json {
  const all = containers(object);
  const byImage = repository
    ? all.find((c) => imageRepository(String(c.image ?? '')) === repository)
    : undefined;
  if (byImage) return byImage;
  if (all.length === 1) return all[0]!;
  const images = all.map((c) => `${String(c.name)} (${String(c.image)})`).join(', ');
  throw new Error(
    `Deployment ${name(object)} has ${all.length} containers and none runs ${repository ?? 'the stable image repository'}: ${images}. ` +
      `Name the model image's repository key (image-repository-key) so the canary replaces the right one`,
  );
}

function setTrack(doc: Document, track: string, version: string, selector: boolean): void {
  doc.setIn(['spec', 'template', 'metadata', 'labels', TRACK], track);
  doc.setIn(['spec', 'template', 'metadata', 'labels', VERSION], version);
  if (!selector) return;
  doc.setIn(['metadata', 'labels', TRACK], track);
  doc.setIn(['metadata', 'labels', VERSION], version);
  doc.setIn(['spec', 'selector', 'matchLabels', TRACK], track);
}

function trackCopy(
  doc: Document,
  track: 'canary' | 'baseline',
  image: string,
  replicas: number,
  container: string,
): Document {
  const copy = doc.clone();
  copy.setIn(['metadata', 'name'], `${name(doc.toJS() as Json)}-${track}`);
  copy.setIn(['spec', 'replicas'], replicas);
  setTrack(copy, track, versionLabel(image), true);
  const list = copy.getIn(['spec', 'template', 'spec', 'containers']);
  if (isSeq(list)) {
    for (const item of list.items) {
      if (isMap(item) && item.get('name') === container) item.set('image', image);
    }
  }
  return copy;
}
