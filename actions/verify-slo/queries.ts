import { renderTemplate } from '../../lib/promql-template';
import type { CountSpec } from './evidence';
import type { SliSpec } from './sli';

/** The resolved PromQL of one SLI for one sample. */
export interface SliQueries {
  canary: string;
  reference?: string;
  longWindow?: string;
}

export interface QueryPlan {
  slis: SliQueries[];
  requestCount?: { canary: string; reference?: string };
}

export interface QueryVars {
  vars: Record<string, string>;
  /** Track judged against, for relative SLIs. */
  referenceTrack?: string;
  requestCountQuery?: string;
}

/** Fills the templates: `{{track}}` becomes the reference track, `{{window}}` the burn-rate windows. */
export function resolveQueries(slis: SliSpec[], options: QueryVars): QueryPlan {
  const { vars, referenceTrack } = options;
  const asReference = referenceTrack ? { ...vars, track: referenceTrack } : undefined;
  return {
    slis: slis.map((sli) => ({
      canary: renderTemplate(sli.query, sli.burnRate ? { ...vars, window: sli.burnRate.shortWindow } : vars),
      reference: sli.relative && asReference ? renderTemplate(sli.query, asReference) : undefined,
      longWindow: sli.burnRate
        ? renderTemplate(sli.query, { ...vars, window: sli.burnRate.longWindow })
        : undefined,
    })),
    requestCount: options.requestCountQuery
      ? {
          canary: renderTemplate(options.requestCountQuery, vars),
          reference:
            asReference && slis.some((s) => s.relative)
              ? renderTemplate(options.requestCountQuery, asReference)
              : undefined,
        }
      : undefined,
  };
}

/** Every distinct query of a plan, each with the SLI (or purpose) it serves, for the preflight. */
export function allQueries(plan: QueryPlan, slis: SliSpec[]): Array<{ owner: string; query: string }> {
  const out: Array<{ owner: string; query: string }> = [];
  plan.slis.forEach((q, i) => {
    const name = slis[i]!.name;
    out.push({ owner: name, query: q.canary });
    if (q.reference) out.push({ owner: `${name} (reference)`, query: q.reference });
    if (q.longWindow) out.push({ owner: `${name} (long window)`, query: q.longWindow });
  });
  if (plan.requestCount) {
    out.push({ owner: 'request-count-query', query: plan.requestCount.canary });
    if (plan.requestCount.reference) {
      out.push({ owner: 'request-count-query (reference)', query: plan.requestCount.reference });
    }
  }
  return out.filter((q, i) => out.findIndex((o) => o.query === q.query) === i);
}

/** The PromQL templates a spec reads, in the order TrackCounts.observe expects them. */
export function queriesOf(spec: CountSpec | undefined): string[] {
  if (!spec) return [];
  return spec.kind === 'errors' ? [spec.requests, spec.errors] : [spec.buckets];
}

/** Samples the verification takes: one per interval after the warm-up. */
export function expectedSamples(plan: { durationMs: number; warmupMs: number; intervalMs: number }): number {
  return Math.floor((plan.durationMs - plan.warmupMs) / plan.intervalMs);
}
