import type { InputReader } from './inputs';
import { readKubeconfigInput, type KubeconfigSource } from './kube-config';
import { isReleaseName } from './release-name';

/** The Helm release an action works on, and how to reach its cluster. */
export interface ReleaseTarget {
  release: string;
  namespace: string;
  kubeconfig: KubeconfigSource;
  context?: string;
}

/** Reads the inputs every action on a release shares: release, namespace, kubeconfig and context. */
export async function readReleaseTarget(reader: InputReader): Promise<ReleaseTarget> {
  const release = reader.required('release');
  if (release !== '' && !isReleaseName(release)) {
    reader.invalid(
      'release',
      'a helm release name (lower case letters, digits, - and ., at most 53)',
      release,
    );
  }
  const namespace = reader.dnsLabel('namespace', 'default');
  const kubeconfig = await readKubeconfigInput(reader);
  const context = reader.line('context', 253);
  return { release, namespace, kubeconfig, context };
}
