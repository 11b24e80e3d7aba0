import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../sandbox/kube/types';
import { repoRoot } from '../../helpers/run-bundle';
import { startSandbox, tool, until, versions, type Sandbox } from './helpers';

const hookChart = join(repoRoot, 'test', 'fixtures', 'kube-hook-chart');

function releaseStatus(secret: Json): string {
  const inner = Buffer.from(secret.data.release, 'base64').toString('utf8');
  return JSON.parse(gunzipSync(Buffer.from(inner, 'base64')).toString('utf8')).info.status;
}

describe('the Job controller', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 100 });
  });
  afterAll(async () => {
    await sb?.stop();
  });

  const job = (name: string, image: string, backoffLimit: number): Json => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: {
      backoffLimit,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'task', image }] } },
    },
  });
  const podsOf = async (name: string): Promise<Json[]> =>
    (await sb.api('GET', `/api/v1/namespaces/default/pods?labelSelector=job-name%3D${name}`)).body.items;

  test('a Job whose container exits 0 completes: one pod Succeeded, Complete, kubectl wait sees it', async () => {
    expect(
      (await sb.api('POST', '/apis/batch/v1/namespaces/default/jobs', job('ok', 'task:1.0', 2))).status,
    ).toBe(201);
    await sb.ok(tool('1.31', 'kubectl'), ['wait', '--for=condition=complete', 'job/ok', '--timeout=60s']);
    const stored = (await sb.api('GET', '/apis/batch/v1/namespaces/default/jobs/ok')).body;
    expect(stored.status).toMatchObject({ succeeded: 1 });
    expect(stored.status.active).toBeUndefined();
    expect(stored.status.failed).toBeUndefined();
    expect(stored.status.startTime).toBeTruthy();
    expect(stored.status.completionTime).toBeTruthy();
    expect(stored.status.conditions.map((c: Json) => [c.type, c.status, c.reason])).toEqual([
      ['SuccessCriteriaMet', 'True', 'CompletionsReached'],
      ['Complete', 'True', 'CompletionsReached'],
    ]);
    const [pod] = await podsOf('ok');
    expect(pod.status.phase).toBe('Succeeded');
    expect(pod.spec.restartPolicy).toBe('Never');
    expect(pod.metadata.ownerReferences[0]).toMatchObject({
      kind: 'Job',
      name: 'ok',
      uid: stored.metadata.uid,
      controller: true,
    });
    expect(pod.metadata.labels['batch.kubernetes.io/controller-uid']).toBe(stored.metadata.uid);
    expect(pod.status.containerStatuses[0].state.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
    const events = (
      await sb.api('GET', '/api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dok')
    ).body.items;
    expect(events.map((e: Json) => e.reason).sort()).toEqual(['Completed', 'SuccessfulCreate']);
  });

  test('-fails: each pod exits 1, is replaced up to backoffLimit, then the Job Failed', async () => {
    await sb.api('POST', '/apis/batch/v1/namespaces/default/jobs', job('bad', 'task:1.0-fails', 1));
    const wait = await sb.run(tool('1.35', 'kubectl'), [
      'wait',
      '--for=condition=failed',
      'job/bad',
      '--timeout=60s',
    ]);
    expect(wait.code).toBe(0);
    const stored = (await sb.api('GET', '/apis/batch/v1/namespaces/default/jobs/bad')).body;
    expect(stored.status).toMatchObject({ failed: 2 });
    expect(stored.status.succeeded).toBeUndefined();
    expect(stored.status.conditions.find((c: Json) => c.type === 'Failed')).toMatchObject({
      status: 'True',
      reason: 'BackoffLimitExceeded',
      message: 'Job has reached the specified backoff limit',
    });
    const pods = await podsOf('bad');
    expect(pods.map((p) => p.status.phase)).toEqual(['Failed', 'Failed']);
    expect(pods[0].status.containerStatuses[0].state.terminated).toMatchObject({
      exitCode: 1,
      reason: 'Error',
    });
    // Deleting the Job takes its pods.
    await sb.ok(tool('1.35', 'kubectl'), ['delete', 'job', 'bad']);
    await until('the pods collected', async () => (await podsOf('bad')).length === 0);
  });
});

describe.each(versions)('real helm from .tools/k8s-%s waits on hook Jobs', (version) => {
  const helm = tool(version, 'helm');
  const ns = 'ml';
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ readyDelayMs: 100 });
  });
  afterAll(async () => {
    await sb?.stop();
  });
  const secrets = async (): Promise<Json[]> =>
    (await sb.api('GET', `/api/v1/namespaces/${ns}/secrets?labelSelector=owner%3Dhelm,name%3Dsvc`)).body
      .items;
  const hookJob = async (): Promise<Json> =>
    (await sb.api('GET', `/apis/batch/v1/namespaces/${ns}/jobs/svc-smoke-test`)).body;

  test('a succeeding post-upgrade hook: deployed; a failing one: the upgrade and the release fail', async () => {
    await sb.ok(helm, [
      'install',
      'svc',
      hookChart,
      '-n',
      ns,
      '--create-namespace',
      '--wait',
      '--timeout',
      '2m',
    ]);
    expect((await hookJob()).status).toMatchObject({ succeeded: 1 });

    await sb.ok(helm, [
      'upgrade',
      'svc',
      hookChart,
      '-n',
      ns,
      '--set',
      'image=registry.local/model-server:1.1.0',
      '--wait',
      '--timeout',
      '2m',
    ]);
    const passed = await hookJob();
    expect(passed.status.succeeded).toBe(1);
    expect(passed.status.conditions.find((c: Json) => c.type === 'Complete').status).toBe('True');
    const v2 = (await secrets()).find((s) => s.metadata.labels.version === '2');
    expect(v2.metadata.labels.status).toBe('deployed');
    expect(releaseStatus(v2)).toBe('deployed');

    const failed = await sb.run(helm, [
      'upgrade',
      'svc',
      hookChart,
      '-n',
      ns,
      '--set',
      'image=registry.local/model-server:1.2.0',
      '--set',
      'hook.image=registry.local/smoke-test:1.0.0-fails',
      '--wait',
      '--timeout',
      '2m',
    ]);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/post-upgrade hooks failed/);
    // helm 3 reads the Failed condition's reason; helm 4 the kstatus of the Job.
    expect(failed.stderr).toMatch(
      version === '1.31'
        ? /post-upgrade hooks failed: 1 error occurred:\s+\* job svc-smoke-test failed: BackoffLimitExceeded/
        : /Job\/ml\/svc-smoke-test not ready\. status: Failed/,
    );
    const job = await hookJob();
    expect(job.status.failed).toBe(2);
    expect(job.status.conditions.find((c: Json) => c.type === 'Failed')).toMatchObject({
      status: 'True',
      reason: 'BackoffLimitExceeded',
    });
    const v3 = (await secrets()).find((s) => s.metadata.labels.version === '3');
    expect(v3.metadata.labels.status).toBe('failed');
    expect(releaseStatus(v3)).toBe('failed');
    const history = JSON.parse(await sb.ok(helm, ['history', 'svc', '-n', ns, '-o', 'json']));
    expect(history.map((r: Json) => [r.revision, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'deployed'],
      [3, 'failed'],
    ]);
  });
});
