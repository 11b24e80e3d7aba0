import { gpuResource } from './scheduler';
import type { KObject } from './types';

export const defaultNodeName = 'sandbox-node';
/** The label that names a node's group, as cluster-autoscaler's cloud providers label them. */
export const nodeGroupLabel = 'sandbox.ml-deploy/node-group';
export const gpuNodeGroup = 'gpu-pool';

function node(
  name: string,
  ip: string,
  labels: Record<string, string>,
  allocatable: Record<string, string>,
): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        ...labels,
      },
    },
    spec: {},
    status: {
      conditions: [
        { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      capacity: allocatable,
      allocatable,
    },
  };
}

/** The one general-purpose node every cluster has: large enough that only absurd requests miss it. */
export function defaultNode(): KObject {
  return node(defaultNodeName, '10.0.0.10', {}, { cpu: '64', memory: '256Gi', pods: '1000' });
}

/** Node `index` (from 1) of the GPU pool: one `nvidia.com/gpu` each. */
export function gpuNode(index: number): KObject {
  return node(
    `gpu-node-${index}`,
    `10.0.1.${index}`,
    { [nodeGroupLabel]: gpuNodeGroup, 'nvidia.com/gpu.present': 'true' },
    { cpu: '8', memory: '64Gi', pods: '110', [gpuResource]: '1' },
  );
}
