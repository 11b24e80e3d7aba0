import { randomBytes } from 'node:crypto';
import type { Api } from './api';
import { byKind } from './resources';
import { nowIso, type KObject } from './types';

export interface EventSource {
  component: string;
  host?: string;
}

/**
 * Records core/v1 Events the way the kubelet and controllers do: one object per (object, reason,
 * message), whose count and lastTimestamp grow when it repeats.
 */
export class Recorder {
  private readonly seen = new Map<string, string>();

  constructor(private readonly api: Api) {}

  record(
    obj: KObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: EventSource,
    fieldPath?: string,
  ): void {
    const rt = byKind('Event');
    const ns = obj.metadata.namespace ?? 'default';
    const key = `${obj.metadata.uid}|${reason}|${message}|${fieldPath ?? ''}`;
    const now = nowIso();
    const existingName = this.seen.get(key);
    const existing = existingName ? this.api.tryGet(rt, ns, existingName) : undefined;
    try {
      if (existing) {
        existing.count = (existing.count ?? 1) + 1;
        existing.lastTimestamp = now;
        this.api.update(rt, ns, existing.metadata.name!, existing, { internal: true });
        return;
      }
      const name = `${obj.metadata.name}.${randomBytes(8).toString('hex')}`;
      this.seen.set(key, name);
      this.api.create(
        rt,
        ns,
        {
          apiVersion: 'v1',
          kind: 'Event',
          metadata: { name, namespace: ns },
          involvedObject: {
            kind: obj.kind,
            namespace: obj.metadata.namespace,
            name: obj.metadata.name,
            uid: obj.metadata.uid,
            apiVersion: obj.apiVersion,
            resourceVersion: obj.metadata.resourceVersion,
            ...(fieldPath ? { fieldPath } : {}),
          },
          reason,
          message,
          source,
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1,
          type,
          eventTime: null,
          reportingComponent: source.component,
          reportingInstance: source.host ?? '',
        },
        { internal: true },
      );
    } catch {
      // The namespace may be going away with its objects; an event that cannot be stored is dropped.
    }
  }
}
