import type { Scenario } from '../scenario';
import { trackStateAt } from '../scenario';
import { LATENCY_BUCKETS, TrafficGenerator } from './traffic';

/** A pod whose metrics the simulator serves; labels as a real inference service sets them. */
export interface SimulatedPod {
  namespace: string;
  name: string;
  release: string;
  track: string;
  version: string;
}

export type PodSource = () => SimulatedPod[];

interface PodCounters {
  pod: SimulatedPod;
  restarts: number;
  ok: number;
  errors: number;
  buckets: number[];
  overflow: number;
  latencySum: number;
}

/** The pods a scenario describes, for runs without the kube emulator: `<release>-<track>-<n>`. */
export function scenarioPods(scenario: Scenario): SimulatedPod[] {
  return Object.entries(scenario.tracks).flatMap(([track, profile]) =>
    Array.from({ length: profile.pods }, (_, i) => ({
      namespace: scenario.namespace,
      name: `${scenario.release}-${track}-${i}`,
      release: scenario.release,
      track,
      version: profile.version,
    })),
  );
}

/**
 * Advances the traffic of every pod of every scenario and renders it in the Prometheus text format.
 * A pod is driven by the scenario of its namespace and release, and the profile of its track.
 */
export class InferenceSimulator {
  private readonly counters = new Map<string, PodCounters>();
  /** One generator per scenario, seeded by it, so a scenario's traffic does not depend on the others. */
  private readonly traffic = new Map<Scenario, TrafficGenerator>();
  /** Scenarios by namespace/release (the first wins), looked up for every pod at every step. */
  private readonly byRelease = new Map<string, Scenario>();
  private lastStep: number;

  constructor(
    scenarios: Scenario[],
    private readonly podSource: PodSource,
    private readonly startedAt = Date.now(),
  ) {
    for (const s of scenarios) {
      const key = `${s.namespace}/${s.release}`;
      if (!this.byRelease.has(key)) this.byRelease.set(key, s);
    }
    this.lastStep = startedAt;
  }

  step(now = Date.now()): void {
    const seconds = Math.max(0, (now - this.lastStep) / 1000);
    this.lastStep = now;
    const elapsed = now - this.startedAt;
    const seen = new Set<string>();
    for (const pod of this.podSource()) {
      const scenario = this.scenarioFor(pod);
      const profile = scenario?.tracks[pod.track];
      if (!scenario || !profile) continue;
      const key = `${pod.namespace}/${pod.name}`;
      seen.add(key);
      const state = trackStateAt(profile, elapsed);
      let counters = this.counters.get(key);
      if (!counters || counters.restarts < state.restarts) {
        counters = {
          pod,
          restarts: state.restarts,
          ok: 0,
          errors: 0,
          buckets: LATENCY_BUCKETS.map(() => 0),
          overflow: 0,
          latencySum: 0,
        };
        this.counters.set(key, counters);
      }
      counters.pod = pod;
      let traffic = this.traffic.get(scenario);
      if (!traffic) {
        traffic = new TrafficGenerator(scenario.seed);
        this.traffic.set(scenario, traffic);
      }
      const served = traffic.step(state.rps, state.errorRate, state.latency.p50, state.latency.p95, seconds);
      counters.ok += served.ok;
      counters.errors += served.errors;
      served.buckets.forEach((n, i) => (counters.buckets[i]! += n));
      counters.overflow += served.overflow;
      counters.latencySum += served.latencySum;
    }
    for (const key of this.counters.keys()) if (!seen.has(key)) this.counters.delete(key);
  }

  /** The exposition text of every pod whose metrics are currently exported. */
  render(now = Date.now()): string {
    const elapsed = now - this.startedAt;
    const requests: string[] = [];
    const histogram: string[] = [];
    for (const c of this.counters.values()) {
      const profile = this.scenarioFor(c.pod)?.tracks[c.pod.track];
      if (!profile || !trackStateAt(profile, elapsed).metrics) continue;
      const labels = `namespace="${c.pod.namespace}",pod="${c.pod.name}",release="${c.pod.release}",track="${c.pod.track}",version="${c.pod.version}"`;
      requests.push(`http_requests_total{${labels},code="200"} ${c.ok}`);
      requests.push(`http_requests_total{${labels},code="500"} ${c.errors}`);
      let cumulative = 0;
      LATENCY_BUCKETS.forEach((le, i) => {
        cumulative += c.buckets[i]!;
        histogram.push(`http_request_duration_seconds_bucket{${labels},le="${le}"} ${cumulative}`);
      });
      const count = cumulative + c.overflow;
      histogram.push(`http_request_duration_seconds_bucket{${labels},le="+Inf"} ${count}`);
      histogram.push(`http_request_duration_seconds_sum{${labels}} ${c.latencySum.toFixed(6)}`);
      histogram.push(`http_request_duration_seconds_count{${labels}} ${count}`);
    }
    return [
      '# HELP http_requests_total Inference requests served, by HTTP status code.',
      '# TYPE http_requests_total counter',
      ...requests,
      '# HELP http_request_duration_seconds Inference request latency.',
      '# TYPE http_request_duration_seconds histogram',
      ...histogram,
      '',
    ].join('\n');
  }

  private scenarioFor(pod: SimulatedPod): Scenario | undefined {
    return this.byRelease.get(`${pod.namespace}/${pod.release}`);
  }
}
