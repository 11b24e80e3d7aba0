import { ConfigurationError } from '../../lib/errors';
import type { Helm, ValuesTree } from '../../lib/helm';
import type { CanaryManifestConfig } from './canary-manifests';
import { formatImageRef, hasValue, mergeValues, readTrackState, type ValueKeys } from './canary-values';

export type CanaryFrom = 'auto' | 'values' | 'manifests';

/** Where a canary comes from: the chart's own canary values, or tracks added to its rendered manifests. */
export interface CanarySource {
  mode: 'values' | 'manifests';
  reason: string;
  /** The chart's default values (`helm show values`). */
  chartDefaults: ValuesTree;
}

/** `canary-from` as given, or (auto) values when the chart's default values have the canary-enabled key. */
export async function chooseCanarySource(
  helm: Helm,
  chart: { ref: string; version?: string; repo?: string },
  from: CanaryFrom,
  keys: ValueKeys,
): Promise<CanarySource> {
  const chartDefaults = await helm.showValues(chart.ref, { version: chart.version, repo: chart.repo });
  if (from !== 'auto') return { mode: from, reason: `canary-from: ${from}`, chartDefaults };
  return hasValue(chartDefaults, keys.canaryEnabled)
    ? { mode: 'values', reason: `the chart's values have ${keys.canaryEnabled}`, chartDefaults }
    : {
        mode: 'manifests',
        reason: `the chart's values have no ${keys.canaryEnabled}: deploy-canary adds the canary to the rendered manifests`,
        chartDefaults,
      };
}

/** Refuses traffic methods a chart without canary keys cannot express: only the replica ratio needs nothing of it. */
export function checkTrafficForManifests(traffic: string | undefined): void {
  if (traffic && traffic !== 'replicas') {
    throw new ConfigurationError(
      `traffic: ${traffic} needs a chart that renders the canary's own Service and ${traffic === 'nginx' ? 'canary Ingress' : 'HTTPRoute backend'} (canary keys in its values); ` +
        `deploy-canary adds canaries to other charts by replica ratio only: use traffic: replicas, or a chart with canary support and canary-from: values`,
    );
  }
}

/** What the post-renderer adds for the values of a step (the canary recorded under the same keys). */
export function manifestConfig(
  values: ValuesTree,
  source: CanarySource,
  keys: ValueKeys,
  workload: string | undefined,
): CanaryManifestConfig {
  const tracks = readTrackState(mergeValues(source.chartDefaults, values), keys);
  const canary =
    tracks.canaryEnabled && tracks.canaryImage
      ? { image: formatImageRef(tracks.canaryImage), weight: tracks.weight ?? 0, replicas: tracks.replicas }
      : undefined;
  return {
    ...(workload ? { workload } : {}),
    ...(tracks.stableImage ? { modelRepository: tracks.stableImage.repository } : {}),
    ...(canary ? { canary, baseline: tracks.baseline } : {}),
  };
}
