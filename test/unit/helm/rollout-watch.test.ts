import { KubeConfig } from '@kubernetes/client-node';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  deploymentProgress,
  matchesSelector,
  podFailure,
  RolloutFailure,
  watchRollout,
  type DeploymentLike,
  type PodLike,
} from '../../../lib/rollout-watch';
import { KubeAccessError } from '../../../lib/kube-errors';
import { failureMarkdown } from '../../../lib/rollout-report';

const HELM = { 'meta.helm.sh/release-name': 'mnist', 'meta.helm.sh/release-namespace': 'models' };

function deployment(
  name: string,
  s: {
    gen?: number;
    observed?: number;
    replicas?: number;
    updated?: number;
    total?: number;
    available?: number;
    deadline?: boolean;
  } = {},
): DeploymentLike {
  const replicas = s.replicas ?? 1;
  return {
    metadata: {
      name,
      generation: s.gen ?? 1,
      annotations: HELM,
      labels: { track: name.endsWith('canary') ? 'canary' : 'stable' },
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'm', track: name.endsWith('canary') ? 'canary' : 'stable' } },
      template: { spec: { containers: [{ image: 'r/m:v2' }] } },
    },
    status: {
      observedGeneration: s.observed ?? s.gen ?? 1,
      replicas: s.total ?? s.updated ?? replicas,
      updatedReplicas: s.updated ?? replicas,
      availableReplicas: s.available ?? replicas,
      conditions: s.deadline
        ? [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }]
        : [],
    },
  };
}

describe('deploymentProgress reads status as kubectl rollout status does', () => {
  test.each([
    ['complete', {}, true, /1 of 1 pods available/],
    ['generation not observed yet', { gen: 2, observed: 1 }, false, /observe generation 2/],
    ['pods not updated', { replicas: 2, updated: 1 }, false, /1 of 2 pods updated/],
    ['old pods still there', { replicas: 2, updated: 2, total: 3 }, false, /1 old pods pending termination/],
    [
      'updated pods not available',
      { replicas: 2, updated: 2, available: 1 },
      false,
      /1 of 2 updated pods available/,
    ],
    ['scaled to zero', { replicas: 0, updated: 0, total: 0, available: 0 }, true, /0 of 0/],
  ])('%s', (_name, status, done, message) => {
    const progress = deploymentProgress(deployment('mnist-inference-service', status));
    expect(progress.done).toBe(done);
    expect(progress.message).toMatch(message);
    expect(progress.failed).toBeUndefined();
  });

  test('progress deadline exceeded fails', () => {
    expect(deploymentProgress(deployment('d', { available: 0, deadline: true })).failed).toMatch(
      /progress deadline/,
    );
  });
});

function pod(name: string, status: PodLike['status'], extra: Partial<PodLike['metadata']> = {}): PodLike {
  return { metadata: { name, labels: { app: 'm', track: 'canary' }, ...extra }, status };
}
const running = { running: { startedAt: '2026-01-01T00:00:00Z' } };

describe('podFailure', () => {
  const at = { nowMs: 100_000, readinessTimeoutMs: 30_000 };
  test.each([
    [
      'crash loop, with restarts and exit code',
      pod('p', {
        phase: 'Running',
        containerStatuses: [
          {
            name: 'model-server',
            restartCount: 3,
            state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s' } },
            lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
          },
        ],
      }),
      'CrashLoopBackOff',
      'pod p container model-server: CrashLoopBackOff: restarted 3 times, last exit code 137 (OOMKilled)',
    ],
    [
      'image pull error',
      pod('p', {
        phase: 'Pending',
        containerStatuses: [
          { name: 'model-server', state: { waiting: { reason: 'ErrImagePull', message: 'not found' } } },
        ],
      }),
      'ErrImagePull',
      'pod p container model-server: ErrImagePull: not found',
    ],
    [
      'image pull back-off',
      pod('p', {
        phase: 'Pending',
        containerStatuses: [{ name: 'c', state: { waiting: { reason: 'ImagePullBackOff' } } }],
      }),
      'ImagePullBackOff',
      'ImagePullBackOff',
    ],
    [
      'init container',
      pod('p', {
        phase: 'Pending',
        initContainerStatuses: [{ name: 'fetch-model', state: { waiting: { reason: 'CrashLoopBackOff' } } }],
      }),
      'CrashLoopBackOff',
      'container fetch-model',
    ],
    [
      'config error',
      pod('p', {
        phase: 'Pending',
        containerStatuses: [
          {
            name: 'c',
            state: {
              waiting: { reason: 'CreateContainerConfigError', message: 'secret "hf-token" not found' },
            },
          },
        ],
      }),
      'CreateContainerConfigError',
      'secret "hf-token" not found',
    ],
    [
      'unschedulable',
      pod('p', {
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
          },
        ],
      }),
      'Unschedulable',
      'pod p is unschedulable: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    ],
    [
      'failed pod',
      pod('p', { phase: 'Failed', reason: 'Evicted', message: 'low on memory' }),
      'PodFailed',
      'pod p failed: Evicted low on memory',
    ],
  ])('%s', (_name, p, reason, message) => {
    const failure = podFailure(p, at);
    expect(failure?.reason).toBe(reason);
    expect(failure?.message).toContain(message);
  });

  test.each([
    [
      'creating',
      pod('p', {
        phase: 'Pending',
        containerStatuses: [{ name: 'c', state: { waiting: { reason: 'ContainerCreating' } } }],
      }),
      undefined,
    ],
    [
      'ready',
      pod('p', {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [{ name: 'c', ready: true, state: running }],
      }),
      undefined,
    ],
    [
      'unready, first seen now',
      pod('p', { phase: 'Running', containerStatuses: [{ name: 'c', ready: false, state: running }] }),
      100_000,
    ],
    [
      'unready, seen 29s ago',
      pod('p', { phase: 'Running', containerStatuses: [{ name: 'c', ready: false, state: running }] }),
      71_000,
    ],
    [
      'terminating',
      pod(
        'p',
        {
          phase: 'Running',
          containerStatuses: [{ name: 'c', state: { waiting: { reason: 'CrashLoopBackOff' } } }],
        },
        { deletionTimestamp: '2026-01-01T00:00:00Z' },
      ),
      undefined,
    ],
  ])('no failure: %s', (_name, p, notReadySinceMs) => {
    expect(podFailure(p, { ...at, notReadySinceMs })).toBeUndefined();
  });

  test('running but unready past the readiness timeout (our clock, not the pod startedAt)', () => {
    const p = pod('p', {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False' }],
      containerStatuses: [{ name: 'model-server', ready: false, state: running }],
    });
    expect(podFailure(p, { ...at, notReadySinceMs: 70_000 })).toMatchObject({
      reason: 'ReadinessNeverPassed',
      message: 'pod p has run for 30s without passing its readiness probe (container model-server)',
    });
  });
});

test.each([
  [{ a: '1', b: '2' }, { matchLabels: { a: '1' } }, true],
  [{ a: '1' }, { matchLabels: { a: '2' } }, false],
  [{ a: '1' }, { matchExpressions: [{ key: 'a', operator: 'In', values: ['1', '3'] }] }, true],
  [{ a: '1' }, { matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['1'] }] }, false],
  [{ a: '1' }, { matchExpressions: [{ key: 'b', operator: 'DoesNotExist' }] }, true],
  [{ a: '1' }, { matchExpressions: [{ key: 'b', operator: 'Exists' }] }, false],
  [{ a: '1' }, {}, false],
  [{ a: '1' }, undefined, false],
])('matchesSelector(%j, %j) = %s', (labels, selector, expected) => {
  expect(matchesSelector(labels, selector)).toBe(expected);
});

/** Just enough of the API for watchRollout: list and watch of deployments and pods, events, logs. */
class FakeApi {
  deployments = new Map<string, DeploymentLike>();
  pods = new Map<string, PodLike>();
  events: object[] = [];
  log = 'loading model\nerror: CUDA out of memory\n';
  private rv = 10;
  private watchers: Array<{ kind: string; res: ServerResponse }> = [];
  lists = 0;
  /** List requests still to answer with 500, as an overloaded API server does. */
  failLists = 0;
  /** Answers a list or watch request itself when it returns true (faults: 401, 403, 429, no answer). */
  intercept?: (kind: string, watch: boolean, res: ServerResponse) => boolean;
  server: Server = createServer((req, res) => this.handle(req, res));

  async start(): Promise<KubeConfig> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    const port = (this.server.address() as { port: number }).port;
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'c', server: `http://127.0.0.1:${port}`, skipTLSVerify: true }],
      users: [{ name: 'u' }],
      contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
      currentContext: 'x',
    });
    return kc;
  }

  async stop(): Promise<void> {
    for (const w of this.watchers) w.res.end();
    this.server.closeAllConnections();
    await new Promise((done) => this.server.close(done));
  }

  put(kind: 'deployments' | 'pods', obj: DeploymentLike | PodLike, type = 'MODIFIED'): void {
    obj.metadata = { ...obj.metadata, resourceVersion: String(++this.rv) };
    const map = kind === 'deployments' ? this.deployments : this.pods;
    if (type === 'DELETED') map.delete(obj.metadata.name!);
    else map.set(obj.metadata.name!, obj);
    for (const w of this.watchers.filter((w) => w.kind === kind))
      w.res.write(`${JSON.stringify({ type, object: obj })}\n`);
  }

  /** Ends every open watch, as an API server does after its timeout. */
  closeWatches(): void {
    for (const w of this.watchers.splice(0)) w.res.end();
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url!, 'http://x');
    const kind = url.pathname.endsWith('/deployments')
      ? 'deployments'
      : url.pathname.endsWith('/pods')
        ? 'pods'
        : undefined;
    if (kind && this.intercept?.(kind, url.searchParams.get('watch') === 'true', res)) return;
    const read = url.pathname.endsWith('/log') ? 'log' : url.pathname.endsWith('/events') ? 'events' : '';
    if (read && this.intercept?.(read, false, res)) return;
    if (kind && url.searchParams.get('watch') === 'true') {
      // As the API server does: the 200 goes out at once, events follow.
      res.writeHead(200, { 'content-type': 'application/json' }).flushHeaders();
      this.watchers.push({ kind, res });
      return;
    }
    if (kind && this.failLists > 0) {
      this.failLists--;
      res
        .writeHead(500)
        .end(JSON.stringify({ kind: 'Status', code: 500, message: 'etcdserver: request timed out' }));
      return;
    }
    res.writeHead(200, { 'content-type': url.pathname.endsWith('/log') ? 'text/plain' : 'application/json' });
    if (kind) {
      this.lists++;
      const items = [...(kind === 'deployments' ? this.deployments : this.pods).values()];
      res.end(
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'List',
          metadata: { resourceVersion: String(this.rv) },
          items,
        }),
      );
    } else if (url.pathname.endsWith('/events')) {
      res.end(JSON.stringify({ apiVersion: 'v1', kind: 'EventList', metadata: {}, items: this.events }));
    } else if (url.pathname.endsWith('/log')) {
      res.end(this.log);
    } else {
      res.writeHead(404).end();
    }
  }
}

describe('watchRollout against a fake API', () => {
  let api: FakeApi;
  afterEach(async () => api?.stop());

  async function begin(options: { readinessTimeoutMs?: number; timeoutMs?: number } = {}) {
    api = new FakeApi();
    const kc = await api.start();
    const progress: string[] = [];
    const result = watchRollout({
      kubeConfig: kc,
      namespace: 'models',
      release: 'mnist',
      timeoutMs: options.timeoutMs ?? 20_000,
      readinessTimeoutMs: options.readinessTimeoutMs ?? 20_000,
      onProgress: (line) => progress.push(line),
    });
    return { result, progress };
  }

  test('resolves when every Deployment of the release is rolled out, ignoring other releases', async () => {
    api = new FakeApi();
    api.put('deployments', deployment('mnist-inference-service'));
    api.put('deployments', deployment('mnist-inference-service-canary', { available: 0 }));
    api.put('deployments', {
      ...deployment('other-release', { available: 0 }),
      metadata: { name: 'other-release', annotations: { 'meta.helm.sh/release-name': 'other' } },
    });
    const kc = await api.start();
    const progress: string[] = [];
    const result = watchRollout({
      kubeConfig: kc,
      namespace: 'models',
      release: 'mnist',
      timeoutMs: 20_000,
      readinessTimeoutMs: 20_000,
      onProgress: (l) => progress.push(l),
    });
    // The canary finishes only once the watch has seen it unavailable (client-node loads first).
    await vi.waitFor(
      () =>
        expect(progress).toContain(
          'deployment/mnist-inference-service-canary: 0 of 1 updated pods available',
        ),
      { timeout: 30_000, interval: 50 },
    );
    api.put('deployments', deployment('mnist-inference-service-canary'));
    const summaries = await result;
    expect(summaries.map((d) => [d.name, d.track, d.available, d.desired]).sort()).toEqual([
      ['mnist-inference-service', 'stable', 1, 1],
      ['mnist-inference-service-canary', 'canary', 1, 1],
    ]);
    expect(progress).toContain('deployment/mnist-inference-service-canary: 0 of 1 updated pods available');
  });

  test('rejects on a crash-looping pod with the reason (not the timeout), its Events and log tail', async () => {
    const { result } = await begin();
    api.put('deployments', deployment('mnist-inference-service'), 'ADDED');
    api.put('deployments', deployment('mnist-inference-service-canary', { available: 0 }), 'ADDED');
    api.events = [
      {
        involvedObject: { name: 'canary-1' },
        type: 'Warning',
        reason: 'BackOff',
        message: 'Back-off restarting failed container',
        count: 3,
        lastTimestamp: '2026-01-01T00:00:02Z',
      },
      {
        involvedObject: { name: 'canary-1' },
        type: 'Normal',
        reason: 'Pulled',
        message: 'Pulled image',
        lastTimestamp: '2026-01-01T00:00:01Z',
      },
      { involvedObject: { name: 'someone-else' }, type: 'Normal', reason: 'Pulled', message: 'x' },
    ];
    api.put(
      'pods',
      pod('canary-1', {
        phase: 'Running',
        containerStatuses: [
          { name: 'model-server', restartCount: 1, state: { waiting: { reason: 'CrashLoopBackOff' } } },
        ],
      }),
      'ADDED',
    );
    const error = await result.catch((e) => e);
    expect(error).toBeInstanceOf(RolloutFailure);
    expect(error.reason).toBe('CrashLoopBackOff');
    expect(error.pod).toBe('canary-1');
    expect(error.events).toEqual([
      'Normal Pulled: Pulled image',
      'Warning BackOff (x3): Back-off restarting failed container',
    ]);
    expect(error.logTail).toContain('CUDA out of memory');
  });

  test('a pod of a finished rollout does not fail it', async () => {
    api = new FakeApi();
    api.put('deployments', deployment('mnist-inference-service'));
    api.put('pods', {
      ...pod('old', {
        phase: 'Running',
        containerStatuses: [{ name: 'c', state: { waiting: { reason: 'CrashLoopBackOff' } } }],
      }),
      metadata: { name: 'old', labels: { app: 'm', track: 'stable' } },
    });
    const kc = await api.start();
    await expect(
      watchRollout({
        kubeConfig: kc,
        namespace: 'models',
        release: 'mnist',
        timeoutMs: 5000,
        readinessTimeoutMs: 5000,
      }),
    ).resolves.toHaveLength(1);
  });

  test('readiness that never passes fails after the readiness timeout', async () => {
    const { result } = await begin({ readinessTimeoutMs: 1500 });
    api.put('deployments', deployment('mnist-inference-service-canary', { available: 0 }), 'ADDED');
    api.put(
      'pods',
      pod('canary-1', {
        phase: 'Running',
        containerStatuses: [{ name: 'model-server', ready: false, state: running }],
      }),
      'ADDED',
    );
    const error = await result.catch((e) => e);
    expect(error.reason).toBe('ReadinessNeverPassed');
  });

  test('a slow pod that becomes ready in time passes', async () => {
    const { result } = await begin({ readinessTimeoutMs: 3000 });
    api.put('deployments', deployment('mnist-inference-service-canary', { available: 0 }), 'ADDED');
    api.put(
      'pods',
      pod('canary-1', { phase: 'Running', containerStatuses: [{ name: 'c', ready: false, state: running }] }),
      'ADDED',
    );
    await new Promise((r) => setTimeout(r, 1500));
    api.put(
      'pods',
      pod('canary-1', {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [{ name: 'c', ready: true, state: running }],
      }),
    );
    api.put('deployments', deployment('mnist-inference-service-canary'));
    await expect(result).resolves.toHaveLength(1);
  });

  test('survives the server ending the watch: lists again and goes on', async () => {
    const { result } = await begin();
    api.put('deployments', deployment('mnist-inference-service-canary', { available: 0 }), 'ADDED');
    await new Promise((r) => setTimeout(r, 200));
    const listsBefore = api.lists;
    api.closeWatches();
    await new Promise((r) => setTimeout(r, 900));
    expect(api.lists).toBeGreaterThan(listsBefore);
    api.put('deployments', deployment('mnist-inference-service-canary'));
    await expect(result).resolves.toHaveLength(1);
  });

  test('lists failing with 500 are retried, not fatal', async () => {
    api = new FakeApi();
    api.failLists = 3;
    api.put('deployments', deployment('mnist-inference-service'));
    const kc = await api.start();
    await expect(
      watchRollout({
        kubeConfig: kc,
        namespace: 'models',
        release: 'mnist',
        timeoutMs: 20_000,
        readinessTimeoutMs: 20_000,
      }),
    ).resolves.toHaveLength(1);
    expect(api.failLists).toBe(0);
  });

  test('times out naming what it waits for', async () => {
    const { result } = await begin({ timeoutMs: 1500 });
    api.put(
      'deployments',
      deployment('mnist-inference-service-canary', { replicas: 2, updated: 1, available: 1 }),
      'ADDED',
    );
    await expect(result).rejects.toThrow(
      /did not finish within 2s: deployment\/mnist-inference-service-canary: 1 of 2 pods updated/,
    );
  });

  test('progress deadline exceeded fails at once', async () => {
    const { result } = await begin();
    api.put(
      'deployments',
      deployment('mnist-inference-service-canary', { available: 0, deadline: true }),
      'ADDED',
    );
    await expect(result).rejects.toMatchObject({ reason: 'ProgressDeadlineExceeded' });
  });
});

describe('watchRollout when the API refuses or does not answer', () => {
  let api: FakeApi;
  afterEach(async () => api?.stop());

  function watchWith(kc: KubeConfig, timeoutMs = 20_000) {
    return watchRollout({
      kubeConfig: kc,
      namespace: 'models',
      release: 'mnist',
      timeoutMs,
      readinessTimeoutMs: 20_000,
      apiTimeoutMs: 500,
    });
  }
  const status = (res: ServerResponse, code: number, message: string, headers = {}) => {
    res
      .writeHead(code, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, message }));
    return true;
  };

  test('a 403 on the watch of pods is not retried and ends in one line naming the missing rule', async () => {
    api = new FakeApi();
    api.put('deployments', deployment('mnist-inference-service', { available: 0 }));
    let watches = 0;
    api.intercept = (kind, watch, res) => {
      if (!(kind === 'pods' && watch)) return false;
      watches++;
      return status(
        res,
        403,
        'pods is forbidden: User "system:serviceaccount:models:deployer" cannot watch resource "pods" in API group "" in the namespace "models"',
      );
    };
    const error = await watchWith(await api.start()).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(KubeAccessError);
    expect((error as Error).message).toBe(
      'forbidden: cannot watch pods in namespace models (add verbs [watch] on resource pods to the Role)',
    );
    expect(watches).toBe(1);
  });

  test('a 403 on the watch of pods fails a rollout its first lists already show complete', async () => {
    api = new FakeApi();
    api.put('deployments', deployment('mnist-inference-service'));
    api.intercept = (kind, watch, res) =>
      kind === 'pods' &&
      watch &&
      status(
        res,
        403,
        'pods is forbidden: User "system:serviceaccount:models:deployer" cannot watch resource "pods" in API group "" in the namespace "models"',
      );
    const error = await watchWith(await api.start()).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(KubeAccessError);
    expect((error as Error).message).toBe(
      'forbidden: cannot watch pods in namespace models (add verbs [watch] on resource pods to the Role)',
    );
  });

  test('a crash loop without pods/log and events: the crash is the failure, the refusals named beside it', async () => {
    api = new FakeApi();
    api.put('deployments', deployment('mnist-inference-service-canary', { available: 0 }));
    api.put(
      'pods',
      pod('canary-1', {
        phase: 'Running',
        containerStatuses: [
          { name: 'model-server', restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } },
        ],
      }),
    );
    api.intercept = (kind, _watch, res) =>
      kind === 'log'
        ? status(
            res,
            403,
            'pods "canary-1" is forbidden: User "system:serviceaccount:models:deployer" cannot get resource "pods/log" in API group "" in the namespace "models"',
          )
        : kind === 'events' &&
          status(
            res,
            403,
            'events is forbidden: User "system:serviceaccount:models:deployer" cannot list resource "events" in API group "" in the namespace "models"',
          );
    const error = (await watchWith(await api.start()).catch((e: unknown) => e)) as RolloutFailure;
    expect(error).toBeInstanceOf(RolloutFailure);
    expect(error.message).toBe('pod canary-1 container model-server: CrashLoopBackOff: restarted 2 times');
    expect(error.logTail).toBe('');
    expect(error.events).toEqual([]);
    expect(error.refused.sort()).toEqual([
      'the Events of pod canary-1 could not be read: forbidden: cannot list events in namespace models (add verbs [list] on resource events to the Role)',
      'the log of pod canary-1 could not be read: forbidden: cannot get pods/log in namespace models (add verbs [get] on resource pods/log to the Role)',
    ]);
    expect(failureMarkdown(error)).toContain(
      '⚠️ the log of pod canary-1 could not be read: forbidden: cannot get pods/log in namespace models',
    );
  });

  test('a 401 on a list (expired token) ends in one line at once', async () => {
    api = new FakeApi();
    api.intercept = (kind, _watch, res) => kind === 'deployments' && status(res, 401, 'Unauthorized');
    const error = await watchWith(await api.start()).catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe(
      'unauthorized: the cluster rejected the credentials when trying to list deployments in namespace models (the token is invalid or expired: give a fresh kubeconfig or token)',
    );
    expect((error as Error).message).not.toContain('\n');
  });

  test('a list that never answers fails at the rollout timeout, saying so', async () => {
    api = new FakeApi();
    api.intercept = (kind) => kind === 'pods';
    const error = await watchWith(await api.start(), 3000).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(RolloutFailure);
    expect((error as Error).message).toBe(
      'the rollout could not be watched within 3s: the API server did not answer (list pods: no answer within its deadline)',
    );
  });

  test('a list that has not answered by a rollout timeout shorter than its deadline is named with its age', async () => {
    api = new FakeApi();
    api.intercept = (kind) => kind === 'pods';
    const error = await watchRollout({
      kubeConfig: await api.start(),
      namespace: 'models',
      release: 'mnist',
      timeoutMs: 2000,
      readinessTimeoutMs: 20_000,
    }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(
      /^the rollout could not be watched within 2s: the API server did not answer \(list pods: no answer for [23]s\)$/,
    );
  });

  test('a 429 is retried after its Retry-After', async () => {
    api = new FakeApi();
    api.put('deployments', deployment('mnist-inference-service'));
    const seen: number[] = [];
    api.intercept = (kind, watch, res) => {
      if (kind !== 'pods' || watch) return false;
      seen.push(Date.now());
      return seen.length === 1 && status(res, 429, 'Too many requests', { 'retry-after': '2' });
    };
    await expect(watchWith(await api.start())).resolves.toHaveLength(1);
    expect(seen).toHaveLength(2);
    expect(seen[1]! - seen[0]!).toBeGreaterThanOrEqual(1900);
  });
});
