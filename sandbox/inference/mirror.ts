import type { KObject } from '../kube/types';

/** Where a pod's requests come from when it only receives mirrored copies (a shadow canary). */
export interface MirrorSource {
  /** Share of the source pods' requests copied, in percent. */
  percent: number;
  /** The source pods' track (stable) and how many source and mirrored pods share the copies. */
  sourceTrack: string;
  sourcePods: number;
  targetPods: number;
}

interface PodLabels {
  namespace: string;
  name: string;
  labels: Record<string, string>;
}

/**
 * For every pod behind a Service that an HTTPRoute's RequestMirror filter targets, the share of the
 * rule's weighted backends' requests it receives, split over the mirrored Service's pods.
 */
export function mirroredPods(
  routes: KObject[],
  services: KObject[],
  pods: PodLabels[],
): Map<string, MirrorSource> {
  const out = new Map<string, MirrorSource>();
  const podsOf = (namespace: string, name: string) => {
    const selector = services.find((s) => s.metadata.namespace === namespace && s.metadata.name === name)
      ?.spec?.selector as Record<string, string> | undefined;
    if (!selector) return [];
    return pods.filter(
      (p) => p.namespace === namespace && Object.entries(selector).every(([k, v]) => p.labels[k] === v),
    );
  };
  for (const route of routes) {
    const namespace = route.metadata.namespace!;
    for (const rule of (route.spec?.rules ?? []) as Array<Record<string, unknown>>) {
      const backends = (rule.backendRefs ?? []) as Array<{ name: string; weight?: number }>;
      const sources = backends.filter((b) => (b.weight ?? 1) > 0).flatMap((b) => podsOf(namespace, b.name));
      const filters = (rule.filters ?? []) as Array<{
        type: string;
        requestMirror?: { backendRef: { name: string }; percent?: number };
      }>;
      for (const filter of filters) {
        if (filter.type !== 'RequestMirror' || !filter.requestMirror || sources.length === 0) continue;
        const targets = podsOf(namespace, filter.requestMirror.backendRef.name);
        for (const pod of targets) {
          out.set(`${namespace}/${pod.name}`, {
            percent: filter.requestMirror.percent ?? 100,
            sourceTrack: sources[0]!.labels.track ?? 'stable',
            sourcePods: sources.length,
            targetPods: targets.length,
          });
        }
      }
    }
  }
  return out;
}
