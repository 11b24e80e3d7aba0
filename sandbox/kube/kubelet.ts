import { createHash, randomBytes } from 'node:crypto';
import { formatDuration, parseDuration } from '../../lib/durations';
import type { Api } from './api';
import type { EventSource, Recorder } from './events';
import { byKind } from './resources';
import { badRequest } from './status';
import type { Store } from './store';
import { clone, deepEqual, type Json, type KObject } from './types';

export type Behaviour = 'ready' | 'crashloop' | 'pullfail' | 'unready' | 'slow' | 'loads' | 'fails' | 'runs';

const slowReadyMs = 30_000;
/** How long a run-to-completion container (a Job's) runs before it exits. */
const completionRunMs = 1_000;

function tagOf(image: string): string {
  return /:([^/:@]+)(@.*)?$/.exec(image)?.[1] ?? '';
}

/** How long a `-loads-<duration>` image's model server takes to load its weights (ms), if its tag says. */
export function loadTimeOf(image: string): number | undefined {
  const m = /-loads-([0-9][0-9.a-z]*)$/.exec(tagOf(image));
  return m ? parseDuration(m[1]!) : undefined;
}

/** How long a `-runs-<duration>` image runs before it exits 0 (ms), if its tag says. */
export function runTimeOf(image: string): number | undefined {
  const m = /-runs-([0-9][0-9.a-z]*)$/.exec(tagOf(image));
  return m ? parseDuration(m[1]!) : undefined;
}

/** The behaviour of an image: the explicit map first, then its tag's suffix, else ready. */
export function behaviourOf(image: string, map: Record<string, Behaviour> = {}): Behaviour {
  if (map[image]) return map[image];
  if (loadTimeOf(image) !== undefined) return 'loads';
  if (runTimeOf(image) !== undefined) return 'runs';
  const tag = tagOf(image);
  for (const b of ['crashloop', 'pullfail', 'unready', 'slow', 'fails'] as const)
    if (tag.endsWith(`-${b}`)) return b;
  return 'ready';
}

interface ContainerSim {
  name: string;
  image: string;
  behaviour: Behaviour;
  state: Json;
  lastState: Json;
  ready: boolean;
  started: boolean;
  restartCount: number;
  containerID?: string;
  /** Time of the next transition (ms since epoch), Infinity when none is due. */
  next: number;
  step: 'creating' | 'running' | 'crashed' | 'pullError' | 'pullBackOff' | 'unreadyProbe' | 'loading';
  /** `loads`: when the weights are loaded and the readiness probe starts passing (ms). */
  loadedAt?: number;
  attempts: number;
  log: string[];
  previousLog: string[];
}

interface PodSim {
  uid: string;
  namespace: string;
  name: string;
  node: string;
  hostIP: string;
  podIP: string;
  startTime: string;
  /** When the simulated kubelet first saw the pod (ms): creationTimestamp only has whole seconds. */
  admittedAt: number;
  /** restartPolicy Never or OnFailure (a Job's pod): containers exit, and the pod ends Succeeded or Failed. */
  runsToCompletion: boolean;
  /** When the kubelet saw the pod's deletion (ms). */
  terminatingSince?: number;
  containers: ContainerSim[];
}

/**
 * `-fails` exits 1: a Job's pod fails; a serving container restarts, so it crash-loops. `-runs-<d>` is a
 * Job's length: a serving container of it is simply ready.
 */
function serving(behaviour: Behaviour, runsToCompletion: boolean): Behaviour {
  if (runsToCompletion) return behaviour;
  return behaviour === 'fails' ? 'crashloop' : behaviour === 'runs' ? 'ready' : behaviour;
}

/** Whether a container runs to its exit: a Job's container of the default, `-fails` or `-runs-<d>` kind. */
function exits(sim: PodSim, c: ContainerSim): boolean {
  return (
    sim.runsToCompletion && (c.behaviour === 'ready' || c.behaviour === 'fails' || c.behaviour === 'runs')
  );
}

function kubeletOf(pod: KObject): EventSource {
  return { component: 'kubelet', host: pod.spec?.nodeName };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function imageId(image: string): string {
  const repo = image.replace(/[:@].*$/, '');
  const full = repo.includes('/') ? repo : `docker.io/library/${repo}`;
  return `${full}@sha256:${createHash('sha256').update(image).digest('hex')}`;
}

/**
 * A simulated kubelet on one node: it "runs" every pod, moving each container through the states the
 * real kubelet reports (ContainerCreating, Running, CrashLoopBackOff, ErrImagePull, ImagePullBackOff),
 * sets readiness and restart counts, keeps a log per container, and records the kubelet's Events.
 */
export class Kubelet {
  private readonly sims = new Map<string, PodSim>();
  private ipCounter = 2;

  constructor(
    private readonly api: Api,
    private readonly store: Store,
    private readonly events: Recorder,
    private readonly readyDelayMs: number,
    private readonly imageBehaviours: Record<string, Behaviour>,
  ) {}

  private get startDelay(): number {
    return Math.max(10, Math.floor(this.readyDelayMs / 2));
  }

  /** The readiness probe's period, compressed like every other kubelet delay. */
  private get probePeriod(): number {
    return Math.max(1_000, this.readyDelayMs * 5);
  }

  private backoff(attempt: number): number {
    const base = Math.max(200, this.readyDelayMs * 2);
    return Math.min(base * 2 ** Math.max(0, attempt - 1), Math.max(10_000, base * 8));
  }

  /** Advances every pod to `now`; returns the time of the next transition due. */
  sync(now = Date.now()): number {
    const rt = byKind('Pod');
    const pods = this.store.list(rt);
    const live = new Set(pods.map((p) => p.metadata.uid!));
    for (const uid of this.sims.keys()) if (!live.has(uid)) this.sims.delete(uid);
    let next = Infinity;
    for (const pod of pods) {
      let sim = this.sims.get(pod.metadata.uid!);
      if (pod.metadata.deletionTimestamp) {
        next = Math.min(next, this.terminate(pod, sim, now));
        continue;
      }
      if (!sim) {
        // Pods the scheduler has not bound to a node yet are not this kubelet's.
        if (!pod.spec?.nodeName) continue;
        sim = this.admit(pod, now);
      }
      for (const c of sim.containers) {
        let guard = 0;
        while (c.next <= now && guard++ < 50) this.advance(pod, sim, c, Math.max(c.next, sim.admittedAt));
        next = Math.min(next, c.next);
      }
      this.writeStatus(pod, sim);
    }
    return next;
  }

  /**
   * A pod being deleted: its containers are stopped (not ready, `Killing` events) and, once they have
   * exited (half the ready delay, at most the grace period), the pod turns Succeeded and is removed.
   */
  private terminate(pod: KObject, sim: PodSim | undefined, now: number): number {
    if (!sim) {
      this.api.delete(byKind('Pod'), pod.metadata.namespace, pod.metadata.name!, { gracePeriodSeconds: 0 });
      return Infinity;
    }
    if (sim.terminatingSince === undefined) {
      sim.terminatingSince = now;
      for (const c of sim.containers) {
        if (c.started)
          this.events.record(
            pod,
            'Normal',
            'Killing',
            `Stopping container ${c.name}`,
            kubeletOf(pod),
            `spec.containers{${c.name}}`,
          );
        c.ready = false;
        c.next = Infinity;
      }
      this.writeStatus(pod, sim);
    }
    const graceMs = (pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
    const gone = sim.terminatingSince + Math.min(graceMs, this.startDelay);
    if (now < gone) return gone;
    // The containers exited on SIGTERM: the kubelet reports the terminal phase, then the pod goes.
    const last = clone(pod);
    last.status = {
      ...last.status,
      phase: last.status?.phase === 'Failed' ? 'Failed' : 'Succeeded',
      containerStatuses: sim.containers.map((c) => ({
        name: c.name,
        state: c.state.terminated
          ? c.state
          : c.started
            ? {
                terminated: {
                  exitCode: 0,
                  reason: 'Completed',
                  startedAt: c.state.running?.startedAt,
                  finishedAt: iso(now),
                  containerID: c.containerID,
                },
              }
            : { waiting: c.state.waiting ?? { reason: 'ContainerCreating' } },
        lastState: c.lastState,
        ready: false,
        restartCount: c.restartCount,
        image: c.image,
        imageID: c.containerID ? imageId(c.image) : '',
        ...(c.containerID ? { containerID: c.containerID } : {}),
        started: false,
      })),
    };
    this.api.update(byKind('Pod'), pod.metadata.namespace, pod.metadata.name!, last, { internal: true });
    this.api.delete(byKind('Pod'), pod.metadata.namespace, pod.metadata.name!, { gracePeriodSeconds: 0 });
    return Infinity;
  }

  private admit(pod: KObject, now: number): PodSim {
    const n = this.ipCounter++;
    const runsToCompletion = (pod.spec?.restartPolicy ?? 'Always') !== 'Always';
    const sim: PodSim = {
      uid: pod.metadata.uid!,
      namespace: pod.metadata.namespace!,
      name: pod.metadata.name!,
      node: pod.spec.nodeName,
      hostIP:
        this.api.tryGet(byKind('Node'), undefined, pod.spec.nodeName)?.status?.addresses?.[0]?.address ?? '',
      podIP: `10.244.${(n >> 8) & 255}.${n & 255}`,
      startTime: iso(now),
      admittedAt: now,
      runsToCompletion,
      containers: (pod.spec?.containers ?? []).map((c: Json) => ({
        name: c.name,
        image: c.image,
        behaviour: serving(behaviourOf(c.image ?? '', this.imageBehaviours), runsToCompletion),
        state: { waiting: { reason: 'ContainerCreating' } },
        lastState: {},
        ready: false,
        started: false,
        restartCount: 0,
        next: now + this.startDelay,
        step: 'creating',
        attempts: 0,
        log: [],
        previousLog: [],
      })),
    };
    this.sims.set(sim.uid, sim);
    return sim;
  }

  private start(pod: KObject, sim: PodSim, c: ContainerSim, at: number, pulled: boolean): void {
    const field = `spec.containers{${c.name}}`;
    if (pulled)
      this.events.record(
        pod,
        'Normal',
        'Pulled',
        `Container image "${c.image}" already present on machine`,
        kubeletOf(pod),
        field,
      );
    else {
      this.events.record(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, kubeletOf(pod), field);
      this.events.record(
        pod,
        'Normal',
        'Pulled',
        `Successfully pulled image "${c.image}" in 412ms (412ms including waiting). Image size: 52428800 bytes.`,
        kubeletOf(pod),
        field,
      );
    }
    this.events.record(pod, 'Normal', 'Created', `Created container: ${c.name}`, kubeletOf(pod), field);
    this.events.record(pod, 'Normal', 'Started', `Started container ${c.name}`, kubeletOf(pod), field);
    c.containerID = `containerd://${randomBytes(32).toString('hex')}`;
    c.state = { running: { startedAt: iso(at) } };
    c.started = true;
    c.step = 'running';
    c.log.push(`${iso(at)} starting ${c.image} in ${sim.namespace}/${sim.name}`, `${iso(at)} loading model`);
    if (exits(sim, c)) {
      c.next = at + (runTimeOf(c.image) ?? completionRunMs);
      return;
    }
    switch (c.behaviour) {
      case 'ready':
        c.next = Math.max(at, sim.admittedAt + this.readyDelayMs);
        break;
      case 'slow':
        c.next = at + slowReadyMs;
        break;
      case 'unready':
        c.step = 'unreadyProbe';
        c.next = at + this.readyDelayMs;
        break;
      case 'crashloop':
        c.next = at + this.readyDelayMs;
        break;
      case 'loads': {
        const loadMs = loadTimeOf(c.image) ?? 0;
        c.log.push(`${iso(at)} loading model weights (expected ${formatDuration(loadMs)})`);
        c.step = 'loading';
        c.loadedAt = at + loadMs;
        c.next = Math.min(c.loadedAt, at + this.probePeriod);
        break;
      }
      default:
        c.next = Infinity;
    }
  }

  private advance(pod: KObject, sim: PodSim, c: ContainerSim, at: number): void {
    const field = `spec.containers{${c.name}}`;
    switch (c.step) {
      case 'creating':
      case 'pullBackOff':
        if (c.behaviour === 'pullfail') {
          c.attempts++;
          const why = `failed to pull and unpack image "${c.image}": failed to resolve reference "${c.image}": ${c.image}: not found`;
          this.events.record(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, kubeletOf(pod), field);
          this.events.record(
            pod,
            'Warning',
            'Failed',
            `Failed to pull image "${c.image}": rpc error: code = NotFound desc = ${why}`,
            kubeletOf(pod),
            field,
          );
          this.events.record(pod, 'Warning', 'Failed', 'Error: ErrImagePull', kubeletOf(pod), field);
          c.state = {
            waiting: { reason: 'ErrImagePull', message: `rpc error: code = NotFound desc = ${why}` },
          };
          c.step = 'pullError';
          c.next = at + Math.max(100, this.startDelay);
        } else if (c.step === 'creating') this.start(pod, sim, c, at, false);
        return;
      case 'pullError':
        this.events.record(
          pod,
          'Normal',
          'BackOff',
          `Back-off pulling image "${c.image}"`,
          kubeletOf(pod),
          field,
        );
        this.events.record(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', kubeletOf(pod), field);
        c.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } };
        c.step = 'pullBackOff';
        c.next = at + this.backoff(c.attempts);
        return;
      case 'running':
        if (exits(sim, c)) {
          const exitCode = c.behaviour === 'fails' ? 1 : 0;
          c.log.push(exitCode ? `${iso(at)} error: job failed (exit code 1)` : `${iso(at)} done`);
          c.state = {
            terminated: {
              exitCode,
              reason: exitCode ? 'Error' : 'Completed',
              startedAt: c.state.running?.startedAt ?? iso(at),
              finishedAt: iso(at),
              containerID: c.containerID,
            },
          };
          c.started = false;
          c.next = Infinity;
          return;
        }
        if (c.behaviour === 'crashloop') {
          const startedAt = c.state.running?.startedAt ?? iso(at);
          c.log.push(`${iso(at)} error: model server exited: failed to load model (exit code 1)`);
          // Until the restart, both the current and the previous log are the run that crashed.
          c.previousLog = [...c.log];
          c.restartCount++;
          c.ready = false;
          c.started = false;
          c.lastState = {
            terminated: {
              exitCode: 1,
              reason: 'Error',
              startedAt,
              finishedAt: iso(at),
              containerID: c.containerID,
            },
          };
          const wait = this.backoff(c.restartCount);
          c.state = {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off ${Math.round(wait / 1000) || 1}s restarting failed container=${c.name} pod=${sim.name}_${sim.namespace}(${sim.uid})`,
            },
          };
          this.events.record(
            pod,
            'Warning',
            'BackOff',
            `Back-off restarting failed container ${c.name} in pod ${sim.name}_${sim.namespace}(${sim.uid})`,
            kubeletOf(pod),
            field,
          );
          c.step = 'crashed';
          c.next = at + wait;
          return;
        }
        c.ready = true;
        c.log.push(`${iso(at)} ready: serving on :8080`);
        c.next = Infinity;
        return;
      case 'crashed':
        c.log = [];
        this.start(pod, sim, c, at, true);
        return;
      case 'loading':
        if (at >= c.loadedAt!) {
          c.ready = true;
          c.log.push(`${iso(at)} model weights loaded`, `${iso(at)} ready: serving on :8080`);
          c.next = Infinity;
          return;
        }
        // The server answers its readiness probe 503 until the weights are in memory.
        this.readinessFailed(pod, field);
        c.next = Math.min(c.loadedAt!, at + this.probePeriod);
        return;
      case 'unreadyProbe':
        this.readinessFailed(pod, field);
        c.next = at + Math.max(1_000, this.readyDelayMs * 5);
        return;
    }
  }

  private readinessFailed(pod: KObject, field: string): void {
    this.events.record(
      pod,
      'Warning',
      'Unhealthy',
      'Readiness probe failed: HTTP probe failed with statuscode: 503',
      kubeletOf(pod),
      field,
    );
  }

  private writeStatus(pod: KObject, sim: PodSim): void {
    const allReady = sim.containers.every((c) => c.ready);
    const anyRunning = sim.containers.some((c) => c.state.running);
    const old = pod.status ?? {};
    const cond = (type: string, ok: boolean, reason?: string): Json => {
      const prev = (old.conditions ?? []).find((c: Json) => c.type === type);
      const status = ok ? 'True' : 'False';
      return {
        type,
        status,
        lastProbeTime: null,
        lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime : iso(Date.now()),
        ...(!ok && reason === 'PodCompleted' ? { reason } : {}),
        ...(!ok && reason === 'ContainersNotReady'
          ? {
              reason,
              message: `containers with unready status: [${sim.containers
                .filter((c) => !c.ready)
                .map((c) => c.name)
                .join(' ')}]`,
            }
          : {}),
      };
    };
    const started = sim.containers.some((c) => c.started || c.restartCount > 0);
    const exited = sim.containers.every((c) => c.state.terminated);
    const status: Json = {
      phase: exited
        ? sim.containers.every((c) => c.state.terminated.exitCode === 0)
          ? 'Succeeded'
          : 'Failed'
        : anyRunning || sim.containers.some((c) => c.restartCount > 0)
          ? 'Running'
          : 'Pending',
      conditions: [
        cond('PodReadyToStartContainers', started || anyRunning),
        cond('Initialized', true),
        cond('Ready', allReady, exited ? 'PodCompleted' : 'ContainersNotReady'),
        cond('ContainersReady', allReady, exited ? 'PodCompleted' : 'ContainersNotReady'),
        cond('PodScheduled', true),
      ],
      hostIP: sim.hostIP,
      hostIPs: [{ ip: sim.hostIP }],
      podIP: sim.podIP,
      podIPs: [{ ip: sim.podIP }],
      startTime: sim.startTime,
      containerStatuses: sim.containers.map((c) => ({
        name: c.name,
        state: c.state,
        lastState: c.lastState,
        ready: c.ready,
        restartCount: c.restartCount,
        image: c.image,
        imageID: c.containerID ? imageId(c.image) : '',
        ...(c.containerID ? { containerID: c.containerID } : {}),
        started: c.started,
      })),
      qosClass: old.qosClass ?? 'BestEffort',
    };
    if (deepEqual(old, status)) return;
    const next = clone(pod);
    next.status = status;
    this.api.update(byKind('Pod'), pod.metadata.namespace, pod.metadata.name!, next, { internal: true });
  }

  /**
   * The log of one container (the first when none is named); `previous` for the last crashed run.
   * Throws the kubelet's 400s for a container that is unknown, has not started, or has no previous run.
   */
  log(pod: KObject, container: string | undefined, previous: boolean): string {
    const podName = pod.metadata.name;
    const names: string[] = (pod.spec?.containers ?? []).map((c: Json) => c.name);
    if (container && !names.includes(container))
      throw badRequest(`container ${container} is not valid for pod ${podName}`);
    if (!container && names.length > 1)
      throw badRequest(
        `a container name must be specified for pod ${podName}, choose one of: [${names.join(' ')}]`,
      );
    const name = container ?? names[0];
    const sim = this.sims.get(pod.metadata.uid!);
    const c = sim?.containers.find((x) => x.name === name);
    if (previous) {
      if (!c || c.restartCount === 0)
        throw badRequest(`previous terminated container "${name}" in pod "${podName}" not found`);
      return c.previousLog.map((l) => `${l}\n`).join('');
    }
    if (!c || !c.containerID) {
      const reason: string = c?.state.waiting?.reason ?? 'ContainerCreating';
      const why =
        reason === 'ErrImagePull' || reason === 'ImagePullBackOff'
          ? 'trying and failing to pull image'
          : reason;
      throw badRequest(`container "${name}" in pod "${podName}" is waiting to start: ${why}`);
    }
    return c.log.map((l) => `${l}\n`).join('');
  }
}
