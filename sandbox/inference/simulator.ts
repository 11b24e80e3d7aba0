import type { Predictions, Scenario } from '../scenario';
import { trackStateAt } from '../scenario';
import type { MirrorSource } from './mirror';
import { PredictionGenerator, SCORE_BUCKETS } from './predictions';
import { LATENCY_BUCKETS, TrafficGenerator } from './traffic';

/** A pod whose metrics the simulator serves; labels as a real inference service sets them. */
export interface SimulatedPod {
  namespace: string;
  name: string;
  release: string;
  track: string;
  version: string;
  /** A shadow: its requests are copies of another track's, not its own track's rps. */
  mirror?: MirrorSource;
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
  /** Present once the track predicts: a score histogram (non-cumulative) and counts per class. */
  predictions?: { scored: boolean; buckets: number[]; scoreSum: number; classes: Record<string, number> };
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
  /** Apart from the traffic generators, so adding predictions leaves a scenario's traffic unchanged. */
  private readonly predicting = new Map<Scenario, PredictionGenerator>();
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
      const rps = pod.mirror ? mirroredRps(pod.mirror, scenario, elapsed) : state.rps;
      const served = traffic.step(rps, state.errorRate, state.latency.p50, state.latency.p95, seconds);
      counters.ok += served.ok;
      counters.errors += served.errors;
      served.buckets.forEach((n, i) => (counters.buckets[i]! += n));
      counters.overflow += served.overflow;
      counters.latencySum += served.latencySum;
      if (state.predictions) this.predict(scenario, counters, state.predictions, served.ok);
    }
    for (const key of this.counters.keys()) if (!seen.has(key)) this.counters.delete(key);
  }

  /** Successful requests get a prediction; failed ones answer none. */
  private predict(
    scenario: Scenario,
    counters: PodCounters,
    predictions: Predictions,
    requests: number,
  ): void {
    let generator = this.predicting.get(scenario);
    if (!generator) {
      generator = new PredictionGenerator(scenario.seed + 100);
      this.predicting.set(scenario, generator);
    }
    const made = generator.step(predictions, requests);
    const totals = (counters.predictions ??= {
      scored: false,
      buckets: SCORE_BUCKETS.map(() => 0),
      scoreSum: 0,
      classes: {},
    });
    if (predictions.scores) {
      totals.scored = true;
      made.buckets.forEach((n, i) => (totals.buckets[i]! += n));
      totals.scoreSum += made.scoreSum;
    }
    for (const [name, n] of Object.entries(made.classes))
      totals.classes[name] = (totals.classes[name] ?? 0) + n;
  }

  /** The exposition text of every pod whose metrics are currently exported. */
  render(now = Date.now()): string {
    const elapsed = now - this.startedAt;
    const requests: string[] = [];
    const histogram: string[] = [];
    const scores: string[] = [];
    const classes: string[] = [];
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
      if (c.predictions?.scored)
        scores.push(...renderScores(labels, c.predictions.buckets, c.predictions.scoreSum));
      if (c.predictions) {
        for (const [name, n] of Object.entries(c.predictions.classes)) {
          classes.push(`model_predictions_total{${labels},class="${name}"} ${n}`);
        }
      }
    }
    return [
      '# HELP http_requests_total Inference requests served, by HTTP status code.',
      '# TYPE http_requests_total counter',
      ...requests,
      '# HELP http_request_duration_seconds Inference request latency.',
      '# TYPE http_request_duration_seconds histogram',
      ...histogram,
      ...(scores.length > 0
        ? [
            '# HELP model_prediction_score Score of each prediction the model made.',
            '# TYPE model_prediction_score histogram',
            ...scores,
          ]
        : []),
      ...(classes.length > 0
        ? [
            '# HELP model_predictions_total Predictions the model made, by predicted class.',
            '# TYPE model_predictions_total counter',
            ...classes,
          ]
        : []),
      '',
    ].join('\n');
  }

  private scenarioFor(pod: SimulatedPod): Scenario | undefined {
    return this.byRelease.get(`${pod.namespace}/${pod.release}`);
  }
}

function renderScores(labels: string, buckets: number[], sum: number): string[] {
  let cumulative = 0;
  const lines = SCORE_BUCKETS.map((le, i) => {
    cumulative += buckets[i]!;
    return `model_prediction_score_bucket{${labels},le="${le}"} ${cumulative}`;
  });
  return [
    ...lines,
    `model_prediction_score_bucket{${labels},le="+Inf"} ${cumulative}`,
    `model_prediction_score_sum{${labels}} ${sum.toFixed(6)}`,
    `model_prediction_score_count{${labels}} ${cumulative}`,
  ];
}

/** A mirrored pod's share of its source track's requests (every source pod serves the track's rps). */
function mirroredRps(mirror: MirrorSource, scenario: Scenario, elapsed: number): number {
  const source = scenario.tracks[mirror.sourceTrack];
  if (!source || mirror.targetPods === 0) return 0;
  return (trackStateAt(source, elapsed).rps * mirror.sourcePods * mirror.percent) / 100 / mirror.targetPods;
}
