import { formatDuration, parseDuration } from '../../lib/durations';
import { renderTemplate } from '../../lib/promql-template';
import type { QueryVars } from './queries';
import type { SliSpec } from './sli';

/** Prometheus' guidance: a rate() range of at least 4 scrapes, so it holds two samples even with a miss. */
export const SCRAPES_PER_WINDOW = 4;

/** Ranges tried in turn until the series hold a few samples: enough for 1 s scrapes up to 5 min ones. */
const LOOKBACKS_MS = [60_000, 300_000, 1_200_000];

export interface WindowPlan extends QueryVars {
  slis: SliSpec[];
  intervalMs: number;
  /** Input `scrape-interval`: known, so nothing is learned. */
  scrapeIntervalMs?: number;
  /** The user set `window` in `vars` (otherwise it is the default, sized here). */
  windowGiven?: boolean;
}

export interface WindowFit {
  vars: Record<string, string>;
  /** The scrape interval used, when known. */
  scrapeIntervalMs?: number;
  /** For the log: where the scrape interval came from and what the window became. */
  note: string;
  /** A window given in vars that was too short, and what it became. */
  warning?: string;
}

/** The default `{{window}}` when the scrape interval is unknown: two sampling intervals, at least 10 s. */
export function defaultWindowMs(intervalMs: number): number {
  return Math.max(2 * intervalMs, 10_000);
}

/**
 * The selectors that `{{window}}` ranges over in a template, rendered with `vars`: `m{a="{{x}}"}[{{window}}]`
 * gives `m{a="x"}`. Subqueries (`[{{window}}:1m]`) are left out: they do not read raw samples.
 */
export function windowedSelectors(template: string, vars: Record<string, string>): string[] {
  const selector =
    /([A-Za-z_:][A-Za-z0-9_:]*)?\s*(\{(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^{}"'])*\})?\s*\[\s*\{\{\s*window\s*\}\}\s*\]/g;
  const out: string[] = [];
  for (const m of template.matchAll(selector)) {
    if (!m[1] && !m[2]) continue;
    out.push(renderTemplate(`${m[1] ?? ''}${m[2] ?? ''}`, vars));
  }
  return [...new Set(out)];
}

/** The typical spacing of consecutive samples (the median), rounded to whole seconds; undefined without two samples. */
export function sampleSpacing(series: number[][]): number | undefined {
  const gaps = series.flatMap((times) => times.slice(1).map((t, i) => t - times[i]!)).filter((g) => g > 0);
  if (gaps.length === 0) return undefined;
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  return median >= 1000 ? Math.round(median / 1000) * 1000 : median;
}

/**
 * The scrape interval of the series the SLIs judge: per selector, the spacing of its raw samples over
 * the shortest range that holds a few; the largest over all selectors (the window must fit the slowest).
 * The canary's series first, the reference track's when the canary has none yet.
 */
export async function learnScrapeInterval(
  plan: WindowPlan,
  sampleTimes: (selector: string) => Promise<number[][]>,
): Promise<{ ms: number; selectors: number } | undefined> {
  const tracks = [plan.vars];
  if (plan.referenceTrack) tracks.push({ ...plan.vars, track: plan.referenceTrack });
  const templates = [
    ...plan.slis.map((s) => s.query),
    ...(plan.requestCountQuery ? [plan.requestCountQuery] : []),
  ];
  for (const vars of tracks) {
    const selectors = [...new Set(templates.flatMap((t) => windowedSelectors(t, vars)))];
    const learned: number[] = [];
    for (const selector of selectors) {
      for (const lookback of LOOKBACKS_MS) {
        // An error is not "too few samples": a longer range would not help.
        const times = await sampleTimes(`${selector}[${formatDuration(lookback)}]`).catch(() => undefined);
        if (!times) break;
        const enough = times.some((t) => t.length >= 3);
        const spacing = sampleSpacing(times);
        if (spacing !== undefined && (enough || lookback === LOOKBACKS_MS.at(-1))) {
          learned.push(spacing);
          break;
        }
      }
    }
    if (learned.length) return { ms: Math.max(...learned), selectors: learned.length };
  }
  return undefined;
}

/**
 * A window given by the user (`what`: "vars window=1m", "burn-rate short-window 1m") raised to
 * SCRAPES_PER_WINDOW scrapes when shorter, with the warning that says so; unchanged otherwise.
 */
export function raiseShortWindow(
  what: string,
  window: string,
  scrapeIntervalMs: number,
  source?: string,
): { window: string; warning?: string } {
  const minMs = SCRAPES_PER_WINDOW * scrapeIntervalMs;
  const ms = parseDuration(window);
  if (ms === undefined || ms >= minMs) return { window };
  const raised = formatDuration(minMs);
  const interval = `${formatDuration(scrapeIntervalMs)} scrape interval${source ? ` (${source})` : ''}`;
  return {
    window: raised,
    warning: `${what} is shorter than ${SCRAPES_PER_WINDOW} scrapes of the ${interval}, so rate() over it would often be empty: raised to ${raised}`,
  };
}

/**
 * Sizes `{{window}}` to hold at least SCRAPES_PER_WINDOW scrapes: the default becomes
 * max(2 × interval, 10 s, 4 × scrape interval); a shorter window given in vars is raised, with a warning.
 */
export function fitWindow(plan: WindowPlan, scrapeIntervalMs: number | undefined, source: string): WindowFit {
  const window = plan.vars.window;
  if (scrapeIntervalMs === undefined) {
    return { vars: plan.vars, note: `scrape interval unknown (${source}); {{window}} is ${window}` };
  }
  const scrape = formatDuration(scrapeIntervalMs);
  if (!plan.windowGiven || window === undefined) {
    const ms = Math.max(defaultWindowMs(plan.intervalMs), SCRAPES_PER_WINDOW * scrapeIntervalMs);
    return {
      vars: { ...plan.vars, window: formatDuration(ms) },
      scrapeIntervalMs,
      note: `scrape interval ${scrape} (${source}); {{window}} is ${formatDuration(ms)} (at least ${SCRAPES_PER_WINDOW} scrapes)`,
    };
  }
  const fitted = raiseShortWindow(`vars window=${window}`, window, scrapeIntervalMs, source);
  return {
    vars: { ...plan.vars, window: fitted.window },
    scrapeIntervalMs,
    note: `scrape interval ${scrape} (${source}); {{window}} is ${fitted.window}`,
    ...(fitted.warning ? { warning: fitted.warning } : {}),
  };
}

/**
 * The plan's vars with `{{window}}` fitted to the scrape interval: the `scrape-interval` input when
 * given, else learned from the judged series (when the query client can read raw samples).
 */
export async function sizeWindow(
  plan: WindowPlan,
  sampleTimes: ((selector: string) => Promise<number[][]>) | undefined,
): Promise<WindowFit> {
  if (plan.scrapeIntervalMs !== undefined)
    return fitWindow(plan, plan.scrapeIntervalMs, 'input scrape-interval');
  if (!sampleTimes) return fitWindow(plan, undefined, 'not learned');
  const learned = await learnScrapeInterval(plan, sampleTimes);
  return learned
    ? fitWindow(
        plan,
        learned.ms,
        `learned from the samples of ${learned.selectors} selector${learned.selectors === 1 ? '' : 's'}`,
      )
    : fitWindow(plan, undefined, 'no series with two samples yet');
}
