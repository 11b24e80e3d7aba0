import type { HelmRevision, ValuesTree } from '../../lib/helm';
import {
  canaryDescription,
  deployedRevision,
  findStableRevision,
  isPending,
  latestRevision,
  installDescription,
  promoteDescription,
} from '../../lib/release-history';
import {
  canaryOverrides,
  formatImageRef,
  mergeValues,
  promoteOverrides,
  readTrackState,
  sameImage,
  stableOverrides,
  type ImageRef,
  type TrackState,
  type ValueKeys,
} from './canary-values';

export interface DeployRequest {
  action: 'deploy' | 'promote';
  /** Required for deploy; for promote, when given, must be the running canary's. */
  image?: ImageRef;
  weight: number;
  baseline: boolean;
  canaryReplicas?: number;
  /** Values from values-files and set, merged in order. */
  userValues: ValuesTree;
  keys: ValueKeys;
  /** The commit, for revision descriptions. */
  sha: string;
  release: string;
  namespace: string;
  /** Promote: roll out `image` (or an unverified canary) without a canary. */
  skipCanary?: boolean;
}

export interface ReleaseState {
  history: HelmRevision[];
  /** The values of the deployed revision (`{}` without one). */
  values: ValuesTree;
}

export type Plan =
  | { kind: 'refuse'; message: string }
  | { kind: 'nothing'; message: string; revision: number; stableRevision?: number; tracks: TrackState }
  | {
      kind: 'install' | 'start-canary' | 'update-canary' | 'promote';
      /** The full values file for helm. */
      values: ValuesTree;
      description: string;
      stableRevision?: number;
      /** What this step changes, one line each, for the log and the summary. */
      changes: string[];
      before: TrackState;
      image: ImageRef;
    };

const NOTHING_CHANGED = 'Nothing was changed.';

/**
 * Decides what deploy-canary does from the release's history and current values. Pure: no helm, no cluster.
 */
export function planDeploy(request: DeployRequest, state: ReleaseState): Plan {
  const { history } = state;
  const where = `release ${request.release} in namespace ${request.namespace}`;
  const latest = latestRevision(history);
  if (latest && isPending(latest.status)) {
    return {
      kind: 'refuse',
      message:
        `${where} is ${latest.status} at revision ${latest.revision}: an earlier helm run was interrupted (a cancelled job?). ` +
        `${NOTHING_CHANGED} Recover it with the rollback action (it rolls back to the stable revision), then run deploy-canary again.`,
    };
  }
  const deployed = deployedRevision(history);
  const fresh = !latest || latest.status === 'uninstalled';
  if (!deployed && !fresh) {
    return {
      kind: 'refuse',
      message:
        `${where} has no deployed revision (revision ${latest!.revision} is ${latest!.status}). ${NOTHING_CHANGED} ` +
        `Roll back to a revision that worked (rollback action with to-revision), or uninstall the release and deploy again.`,
    };
  }
  const before = readTrackState(state.values, request.keys);
  return request.action === 'promote'
    ? planPromote(request, state, before, where)
    : planCanary(request, state, before, where);
}

function planCanary(request: DeployRequest, state: ReleaseState, before: TrackState, where: string): Plan {
  const image = request.image!;
  const deployed = deployedRevision(state.history);
  const base = mergeValues(state.values, request.userValues);

  if (!deployed) {
    return {
      kind: 'install',
      values: mergeValues(base, stableOverrides(image, request.keys, state.values)),
      description: installDescription(request.sha, formatImageRef(image)),
      changes: [`no release yet: installing ${formatImageRef(image)} as the stable version (no canary)`],
      before,
      image,
    };
  }

  if (before.canaryEnabled && before.canaryImage && !sameImage(before.canaryImage, image)) {
    return {
      kind: 'refuse',
      message:
        `a canary of ${formatImageRef(before.canaryImage)} is already running in ${where} ` +
        `(weight ${before.weight ?? '?'}%, revision ${deployed.revision}). ${NOTHING_CHANGED} ` +
        `Promote it (action: promote) or roll it back (the rollback action) before starting a canary of ${formatImageRef(image)}.`,
    };
  }

  const running = before.canaryEnabled;
  const stableRevision = running
    ? findStableRevision(state.history, { before: deployed.revision })?.revision
    : deployed.revision;

  if (!running && before.stableImage && sameImage(before.stableImage, image)) {
    return {
      kind: 'nothing',
      message: `${formatImageRef(image)} is already the stable image of ${where} (revision ${deployed.revision}): no canary to start.`,
      revision: deployed.revision,
      stableRevision,
      tracks: before,
    };
  }

  const changes: string[] = [];
  if (!running) {
    changes.push(
      `canary ${formatImageRef(image)} at ${request.weight}%${request.baseline ? ' with a baseline' : ''} next to stable ${before.stableImage ? formatImageRef(before.stableImage) : '(chart default)'}`,
    );
    const replicas = request.canaryReplicas ?? before.replicas;
    if (replicas !== undefined) changes.push(`canary replicas: ${replicas}`);
  } else {
    if (before.weight !== request.weight)
      changes.push(`weight ${before.weight ?? '?'}% → ${request.weight}%`);
    if (before.baseline !== request.baseline)
      changes.push(`baseline ${before.baseline ? 'on' : 'off'} → ${request.baseline ? 'on' : 'off'}`);
    if (request.canaryReplicas !== undefined && before.replicas !== request.canaryReplicas)
      changes.push(`canary replicas ${before.replicas ?? '(chart default)'} → ${request.canaryReplicas}`);
    if (changes.length === 0)
      changes.push(`canary unchanged at ${request.weight}% (values files and set applied again)`);
  }

  return {
    kind: running ? 'update-canary' : 'start-canary',
    values: mergeValues(
      base,
      canaryOverrides(
        { image, weight: request.weight, baseline: request.baseline, replicas: request.canaryReplicas },
        request.keys,
        state.values,
      ),
    ),
    description: canaryDescription(request.sha, request.weight, formatImageRef(image)),
    stableRevision,
    changes,
    before,
    image,
  };
}

function planPromote(request: DeployRequest, state: ReleaseState, before: TrackState, where: string): Plan {
  const deployed = deployedRevision(state.history);
  if (!deployed) {
    return { kind: 'refuse', message: `${where} does not exist: there is nothing to promote.` };
  }

  if (!before.canaryEnabled || !before.canaryImage) {
    if (request.image && before.stableImage && sameImage(before.stableImage, request.image)) {
      return {
        kind: 'nothing',
        message: `${formatImageRef(request.image)} is already the stable image of ${where} (revision ${deployed.revision}): already promoted.`,
        revision: deployed.revision,
        stableRevision: deployed.revision,
        tracks: before,
      };
    }
    if (request.skipCanary && request.image) {
      return {
        kind: 'promote',
        values: mergeValues(
          mergeValues(state.values, request.userValues),
          promoteOverrides(request.image, request.keys, state.values),
        ),
        description: `${promoteDescription(request.sha, formatImageRef(request.image))} skip-canary`,
        stableRevision: deployed.revision,
        changes: [
          `stable ${before.stableImage ? formatImageRef(before.stableImage) : '(chart default)'} → ${formatImageRef(request.image)} without a canary (skip-canary)`,
        ],
        before,
        image: request.image,
      };
    }
    return {
      kind: 'refuse',
      message:
        `no canary is running in ${where} (revision ${deployed.revision}, stable ${before.stableImage ? formatImageRef(before.stableImage) : 'image unknown'}): ` +
        `nothing to promote. ${NOTHING_CHANGED} Start one with action: deploy first.`,
    };
  }
  if (request.image && !sameImage(before.canaryImage, request.image)) {
    return {
      kind: 'refuse',
      message:
        `the running canary is ${formatImageRef(before.canaryImage)}, not ${formatImageRef(request.image)}. ${NOTHING_CHANGED} ` +
        `Promote without image, or with the canary's image.`,
    };
  }
  const image = before.canaryImage;
  const stableRevision = findStableRevision(state.history, { before: deployed.revision })?.revision;
  return {
    kind: 'promote',
    values: mergeValues(
      mergeValues(state.values, request.userValues),
      promoteOverrides(image, request.keys, state.values),
    ),
    description: `${promoteDescription(request.sha, formatImageRef(image))}${request.skipCanary ? ' skip-canary' : ''}`,
    stableRevision,
    changes: [
      `stable ${before.stableImage ? formatImageRef(before.stableImage) : '(chart default)'} → ${formatImageRef(image)}`,
      `canary${before.baseline ? ' and baseline' : ''} removed`,
    ],
    before,
    image,
  };
}
