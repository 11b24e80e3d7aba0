import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseDuration } from '../lib/durations';

const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDuration(String(v));
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `not a duration: ${v}` });
    return z.NEVER;
  }
  return ms;
});

const fraction = z.number().min(0).max(1);

/** Request latency as a log-normal distribution given by its median and 95th percentile. */
const latency = z.object({ p50: duration, p95: duration }).refine((l) => l.p95 >= l.p50, {
  message: 'latency p95 must be at least p50',
});

/** What the model answers: each request's score ~ Beta(alpha, beta) and the share of each predicted class. */
const predictions = z
  .object({
    scores: z.object({ alpha: z.number().positive(), beta: z.number().positive() }).optional(),
    classes: z
      .record(
        z.string().regex(/^[A-Za-z0-9_.-]+$/, 'a class name is letters, digits, _, . or -'),
        z.number().min(0),
      )
      .refine((shares) => Object.values(shares).some((share) => share > 0), {
        message: 'at least one class has a share above 0',
      })
      .optional(),
  })
  .strict();

const behaviour = z.object({
  rps: z.number().min(0).optional(),
  errorRate: fraction.optional(),
  latency: latency.optional(),
  /** false: the pods' series disappear from /metrics (an exporter outage); true brings them back. */
  metrics: z.boolean().optional(),
  predictions: predictions.optional(),
});

const change = behaviour.extend({
  at: duration,
  /** Restart every pod of the track: counters and histograms start again from zero. */
  restart: z.boolean().optional(),
});

const track = z.object({
  version: z.string().default('v1'),
  /** Pods to simulate when no kube emulator provides them. */
  pods: z.number().int().min(0).default(1),
  rps: z.number().min(0).default(10),
  errorRate: fraction.default(0),
  latency: latency.default({ p50: 50, p95: 150 }),
  metrics: z.boolean().default(true),
  /** Without it the track exports no prediction metrics. */
  predictions: predictions.optional(),
  changes: z.array(change).default([]),
});

export const scenarioSchema = z.object({
  name: z.string(),
  description: z.string().default(''),
  /** The verdict a correct judge reaches on this scenario (tests and benchmarks check it)... */
  expect: z.enum(['pass', 'fail', 'inconclusive']).optional(),
  /** ...with these verify-slo inputs (besides prometheus-url, vars and timing). */
  verify: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({}),
  namespace: z.string().default('ml'),
  release: z.string().default('model'),
  seed: z.number().int().default(1),
  tracks: z.record(z.string(), track),
  /** Kube emulator: image reference → pod behaviour (tag suffixes decide otherwise). */
  images: z.record(z.string(), z.enum(['ready', 'crashloop', 'pullfail', 'unready', 'slow'])).default({}),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type TrackProfile = z.infer<typeof track>;
export type TrackChange = z.infer<typeof change>;
export type Predictions = z.infer<typeof predictions>;

export function parseScenario(text: string, source = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(parse(text));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`${source} is not a valid scenario:\n- ${problems.join('\n- ')}`);
  }
  return result.data;
}

export function loadScenario(file: string): Scenario {
  return parseScenario(readFileSync(file, 'utf8'), file);
}

export interface TrackState {
  rps: number;
  errorRate: number;
  latency: { p50: number; p95: number };
  metrics: boolean;
  predictions?: Predictions;
  /** Restarts scheduled at or before this moment (pods reset counters once per restart). */
  restarts: number;
}

/** The behaviour of a track `elapsedMs` after the scenario started: its changes applied in time order. */
export function trackStateAt(profile: TrackProfile, elapsedMs: number): TrackState {
  const state: TrackState = {
    rps: profile.rps,
    errorRate: profile.errorRate,
    latency: profile.latency,
    metrics: profile.metrics,
    predictions: profile.predictions,
    restarts: 0,
  };
  const due = profile.changes.filter((c) => c.at <= elapsedMs).sort((a, b) => a.at - b.at);
  for (const c of due) {
    if (c.rps !== undefined) state.rps = c.rps;
    if (c.errorRate !== undefined) state.errorRate = c.errorRate;
    if (c.latency !== undefined) state.latency = c.latency;
    if (c.metrics !== undefined) state.metrics = c.metrics;
    if (c.predictions !== undefined) state.predictions = c.predictions;
    if (c.restart) state.restarts += 1;
  }
  return state;
}
