import type { ResourceType } from './resources';
import { invalid } from './status';
import { deepEqual, isObject, type Json, type KObject } from './types';

const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function defaultContainer(c: Json): void {
  if (!isObject(c)) return;
  if (!c.imagePullPolicy && typeof c.image === 'string') {
    const tag = /:([^/:@]+)$/.exec(c.image)?.[1];
    c.imagePullPolicy = !tag || tag === 'latest' ? 'Always' : 'IfNotPresent';
  }
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) if (isObject(p)) p.protocol ??= 'TCP';
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const pr = c[probe];
    if (!isObject(pr)) continue;
    pr.timeoutSeconds ??= 1;
    pr.periodSeconds ??= 10;
    pr.successThreshold ??= 1;
    pr.failureThreshold ??= 3;
    if (isObject(pr.httpGet)) pr.httpGet.scheme ??= 'HTTP';
  }
}

export function defaultPodSpec(spec: Json): void {
  if (!isObject(spec)) return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) defaultContainer(c);
}

function defaultTemplate(spec: Json): void {
  if (!isObject(spec)) return;
  spec.template ??= {};
  spec.template.metadata ??= {};
  defaultPodSpec((spec.template.spec ??= {}));
}

let nextIp = 1;
function allocateClusterIp(): string {
  const n = nextIp++;
  return `10.96.${(n >> 8) & 255}.${n & 255}`;
}

/** Fills in the defaults the real API server's defaulting would (what clients read back and compare). */
export function applyDefaults(rt: ResourceType, obj: KObject, old: KObject | undefined): void {
  const spec = obj.spec;
  switch (rt.kind) {
    case 'Namespace':
      obj.spec ??= { finalizers: ['kubernetes'] };
      obj.status ??= { phase: 'Active' };
      obj.metadata.labels = { ...obj.metadata.labels, 'kubernetes.io/metadata.name': obj.metadata.name! };
      break;
    case 'Pod':
      defaultPodSpec((obj.spec ??= {}));
      obj.spec.enableServiceLinks ??= true;
      obj.status ??= { phase: 'Pending', qosClass: 'BestEffort' };
      break;
    case 'Deployment':
      if (!isObject(spec)) break;
      spec.replicas ??= 1;
      spec.revisionHistoryLimit ??= 10;
      spec.progressDeadlineSeconds ??= 600;
      spec.strategy ??= { type: 'RollingUpdate' };
      spec.strategy.type ??= 'RollingUpdate';
      if (spec.strategy.type === 'RollingUpdate') {
        spec.strategy.rollingUpdate ??= {};
        spec.strategy.rollingUpdate.maxSurge ??= '25%';
        spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
      }
      defaultTemplate(spec);
      break;
    case 'ReplicaSet':
    case 'StatefulSet':
      if (!isObject(spec)) break;
      spec.replicas ??= 1;
      defaultTemplate(spec);
      break;
    case 'Service':
      if (!isObject(spec)) break;
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      if (spec.type !== 'ExternalName') {
        if (!spec.clusterIP && old?.spec?.clusterIP) spec.clusterIP = old.spec.clusterIP;
        if (!spec.clusterIP) spec.clusterIP = allocateClusterIp();
        spec.clusterIPs ??= [spec.clusterIP];
        spec.ipFamilies ??= ['IPv4'];
        spec.ipFamilyPolicy ??= 'SingleStack';
        spec.internalTrafficPolicy ??= 'Cluster';
      }
      for (const p of spec.ports ?? []) {
        if (!isObject(p)) continue;
        p.protocol ??= 'TCP';
        p.targetPort ??= p.port;
      }
      obj.status ??= { loadBalancer: {} };
      break;
    case 'Secret':
      obj.type ??= 'Opaque';
      if (isObject(obj.stringData)) {
        obj.data = { ...obj.data };
        for (const [k, v] of Object.entries(obj.stringData))
          obj.data[k] = Buffer.from(String(v)).toString('base64');
        delete obj.stringData;
      }
      break;
  }
}

/** The validation the clients depend on seeing as 422 Invalid. */
export function validate(rt: ResourceType, obj: KObject, old: KObject | undefined): void {
  const name = obj.metadata.name ?? '';
  const causes: { field: string; message: string }[] = [];
  const nameRule = ['Namespace', 'Service'].includes(rt.kind) ? dns1123Label : dns1123Subdomain;
  if (!name)
    causes.push({ field: 'metadata.name', message: 'Required value: name or generateName is required' });
  else if (!nameRule.test(name) || name.length > 253)
    causes.push({
      field: 'metadata.name',
      message:
        nameRule === dns1123Label
          ? `Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`
          : `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
    });
  for (const [k, v] of Object.entries(obj.metadata.labels ?? {})) {
    if (typeof v !== 'string' || v.length > 63 || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v))
      causes.push({
        field: `metadata.labels`,
        message: `Invalid value: "${v}": a valid label value for ${k} must be 63 characters or less`,
      });
  }
  if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(rt.kind) && isObject(obj.spec)) {
    const spec = obj.spec;
    const sel = spec.selector?.matchLabels ?? {};
    const labels = spec.template?.metadata?.labels ?? {};
    if (!spec.selector) causes.push({ field: 'spec.selector', message: 'Required value' });
    else if (!Object.entries(sel).every(([k, v]) => labels[k] === v))
      causes.push({
        field: 'spec.template.metadata.labels',
        message: `Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\``,
      });
    if (old && !deepEqual(old.spec?.selector, spec.selector))
      causes.push({
        field: 'spec.selector',
        message: `Invalid value: ${JSON.stringify(spec.selector)}: field is immutable`,
      });
    const containers = spec.template?.spec?.containers;
    if (!Array.isArray(containers) || containers.length === 0)
      causes.push({ field: 'spec.template.spec.containers', message: 'Required value' });
    else
      containers.forEach((c: Json, i: number) => {
        if (!c?.name)
          causes.push({ field: `spec.template.spec.containers[${i}].name`, message: 'Required value' });
        if (!c?.image)
          causes.push({ field: `spec.template.spec.containers[${i}].image`, message: 'Required value' });
      });
    if (typeof spec.replicas === 'number' && spec.replicas < 0)
      causes.push({
        field: 'spec.replicas',
        message: `Invalid value: ${spec.replicas}: must be greater than or equal to 0`,
      });
  }
  if (rt.kind === 'Pod' && isObject(obj.spec)) {
    const containers = obj.spec.containers;
    if (!Array.isArray(containers) || containers.length === 0)
      causes.push({ field: 'spec.containers', message: 'Required value' });
  }
  if (
    rt.kind === 'Service' &&
    old &&
    old.spec?.clusterIP &&
    obj.spec?.clusterIP !== old.spec.clusterIP &&
    old.spec.clusterIP !== 'None'
  )
    causes.push({
      field: 'spec.clusterIPs[0]',
      message: `Invalid value: ${JSON.stringify(obj.spec?.clusterIP)}: may not change once set`,
    });
  if (causes.length) throw invalid(rt, name, causes);
}
