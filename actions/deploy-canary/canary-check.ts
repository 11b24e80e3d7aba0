import * as core from '@actions/core';
import type { KubeConfig } from '@kubernetes/client-node';
import {
  readClusterState,
  verifyCanary,
  type CanaryExpectation,
  type CanaryVerification,
} from '../../lib/canary-verification';
import type { Helm } from '../../lib/helm';
import { hasValue, parseImageRef, sameImage, type ValueKeys } from './canary-values';
import type { CanarySource } from './canary-source';

/** What the step expects of its canary; images are compared by their parsed references. */
export type CanaryCheck = Omit<CanaryExpectation, 'sameImage'>;

function sameImageText(a: string, b: string): boolean {
  const x = parseImageRef(a);
  const y = parseImageRef(b);
  return x && y ? sameImage(x, y) : a === b;
}

export async function checkCanary(kubeConfig: KubeConfig, check: CanaryCheck): Promise<CanaryVerification> {
  const state = await readClusterState(kubeConfig, check.namespace);
  return verifyCanary(state, { ...check, sameImage: sameImageText });
}

/** The values keys a canary step set that the chart does not have (so its templates cannot read them). */
export function ignoredKeys(check: CanaryCheck, keys: ValueKeys, source: CanarySource): string[] {
  const image = parseImageRef(check.image);
  const set = [
    keys.canaryEnabled,
    keys.canaryImageRepository,
    keys.canaryImageTag,
    ...(image?.digest ? [keys.canaryImageDigest] : []),
    keys.canaryWeight,
    ...(check.replicas !== undefined ? [keys.canaryReplicas] : []),
    ...(check.baseline ? [keys.baselineEnabled] : []),
  ];
  return set.filter((key) => !hasValue(source.chartDefaults, key));
}

/**
 * After a canary step: the canary it reports must run in the cluster. Throws, naming what is missing and
 * the values keys the chart ignored, so the step fails and the post step (or rollback) restores stable.
 */
export async function verifyCanaryStep(
  kubeConfig: KubeConfig,
  helm: Helm,
  check: CanaryCheck,
  keys: ValueKeys,
  source: CanarySource,
): Promise<string> {
  const result = await checkCanary(kubeConfig, check);
  if (result.verified) {
    core.info(`Canary verified: ${result.summary}.`);
    return result.summary;
  }
  let why = '';
  if (source.mode === 'values') {
    const ignored = ignoredKeys(check, keys, source);
    const manifest = await helm.getManifest(check.release, check.namespace).catch(() => '');
    const rendered = manifest.includes(check.image)
      ? ''
      : `; no object in its manifest (helm get manifest) names ${check.image}`;
    if (ignored.length > 0 || rendered) {
      why =
        `. The chart ignored ${ignored.length > 0 ? `${ignored.join(', ')} (not in its default values)` : 'the canary values'}${rendered}: ` +
        `use canary-from: manifests (or auto) for a chart without canary keys, or name its keys with the *-key inputs`;
    }
  }
  throw new Error(`No canary runs although this step set one: ${result.missing.join('; ')}${why}.`);
}

/** Before promote: a verified canary must run, unless skip-canary says to roll out without one. */
export async function requireVerifiedCanary(kubeConfig: KubeConfig, check: CanaryCheck): Promise<void> {
  const result = await checkCanary(kubeConfig, check);
  if (result.verified) {
    core.info(`Canary verified before promote: ${result.summary}.`);
    return;
  }
  throw new Error(
    `Refusing to promote ${check.image}: no verified canary of it runs (${result.missing.join('; ')}). Nothing was changed. ` +
      `Run it as a canary first (action: deploy), or set skip-canary: true to roll it out without one.`,
  );
}
