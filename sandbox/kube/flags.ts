import { parseDuration } from '../../lib/durations';
import type { KubeEmulatorOptions } from './index';

/** The `npm run sandbox` flags that shape the emulated cluster, for node:util's parseArgs. */
export const kubeFlags = {
  'gpu-nodes': { type: 'string' },
  'gpu-max-nodes': { type: 'string' },
  'scale-up-delay': { type: 'string' },
} as const;

export type ClusterOptions = Omit<KubeEmulatorOptions, 'stateDir' | 'imageBehaviours'>;

function count(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`--${flag} must be a whole number, got "${text}"`);
  return Number(text);
}

/** Reads the cluster flags; a bad value is one line naming the flag. */
export function clusterOptions(values: Partial<Record<keyof typeof kubeFlags, string>>): ClusterOptions {
  const options: ClusterOptions = {};
  options.gpuNodes = count('gpu-nodes', values['gpu-nodes']);
  options.gpuMaxNodes = count('gpu-max-nodes', values['gpu-max-nodes']);
  if (options.gpuMaxNodes !== undefined && options.gpuNodes === undefined) options.gpuNodes = 0;
  const delay = values['scale-up-delay'];
  if (delay !== undefined) {
    const ms = parseDuration(delay);
    if (ms === undefined)
      throw new Error(`--scale-up-delay must be a duration such as 90s or 2m, got "${delay}"`);
    options.scaleUpDelayMs = ms;
  }
  return options;
}
