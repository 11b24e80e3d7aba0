import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseDuration } from '../../lib/durations';
import { checkVar, placeholders } from '../../lib/promql-template';
import { distributionEntry } from './drift-slo-file';
import { DRIFT_MEASURES } from './drift-measures';
import { DEFAULT_SLACK, parseAmount, type SliSpec } from './sli';

const amount = z.union([z.number(), z.string()]);

const entry = z
  .object({
    name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a lower-case name such as error-rate'),
    /** `distribution`: judged on the drift of a histogram or class counters from the reference track. */
    kind: z.enum(['value', 'distribution']).default('value'),
    query: z.string().min(1).optional(),
    histogram: z.string().min(1).optional(),
    classes: z.string().min(1).optional(),
    'class-label': z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a Prometheus label name')
      .optional(),
    'max-drift': z.number().min(0).optional(),
    'drift-measure': z.enum(DRIFT_MEASURES).optional(),
    unit: z.enum(['ratio', 'seconds', 'number']).default('number'),
    direction: z.enum(['below', 'above']).default('below'),
    budget: amount.optional(),
    /** true: judged against the reference track (compare-to); default: when compare-to is set. */
    compare: z.boolean().optional(),
    tolerance: z.number().min(0).optional(),
    slack: z.number().min(0).optional(),
    'burn-rate': z
      .object({
        objective: z.number().gt(0).lt(1),
        'short-window': z.string(),
        'long-window': z.string(),
        max: z.number().positive(),
      })
      .strict()
      .optional(),
  })
  .strict();

const file = z.object({ slis: z.array(entry).min(1) }).strict();

export interface SloFileDefaults {
  /** compare-to is set: SLIs are relative unless they say `compare: false`. */
  comparing: boolean;
  tolerance: number;
}

/** Reads an slo-file; every problem is returned (with its path in the file), nothing is thrown. */
export function readSloFile(
  path: string,
  defaults: SloFileDefaults,
): { slis: SliSpec[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { slis: [], problems: [`slo-file ${path}: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = file.safeParse(raw);
  if (!result.success) {
    return {
      slis: [],
      problems: result.error.issues.map(
        (i) => `slo-file ${path}: ${i.path.join('.') || '(top)'}: ${i.message}`,
      ),
    };
  }
  const problems: string[] = [];
  const slis = result.data.slis.map((e, n): SliSpec => {
    const where = `slo-file ${path}: slis.${n} (${e.name})`;
    if (e.kind === 'distribution') {
      const { sli, problems: found } = distributionEntry(e, where, defaults.comparing);
      problems.push(...found);
      return sli;
    }
    if (e.query === undefined) problems.push(`${where}: give a query`);
    const budget = e.budget === undefined ? undefined : parseAmount(e.budget, e.unit);
    if (e.budget !== undefined && budget === undefined)
      problems.push(`${where}: budget ${JSON.stringify(e.budget)} is not a ${e.unit}`);
    const compare = e.compare ?? (defaults.comparing && !e['burn-rate']);
    if (compare && !defaults.comparing) problems.push(`${where}: compare: true needs the compare-to input`);
    const burn = e['burn-rate'];
    if (burn) {
      for (const w of [burn['short-window'], burn['long-window']]) {
        if (parseDuration(w) === undefined)
          problems.push(`${where}: burn-rate window ${JSON.stringify(w)} is not a duration`);
        else {
          const checked = checkVar('window', w);
          if ('problem' in checked) problems.push(`${where}: ${checked.problem}`);
        }
      }
      if (!placeholders(e.query ?? '').includes('window')) {
        problems.push(`${where}: a burn-rate query must use {{window}}`);
      }
    }
    if (burn && e.compare === true) {
      problems.push(
        `${where}: a burn-rate SLI is judged on the canary's own burn rate; compare: true does not apply to it`,
      );
    }
    if (budget === undefined && !compare && !burn)
      problems.push(`${where}: give a budget, compare: true or burn-rate`);
    return {
      name: e.name,
      query: e.query ?? '',
      unit: e.unit,
      direction: e.direction,
      budget,
      relative: compare
        ? { tolerance: e.tolerance ?? defaults.tolerance, slack: e.slack ?? DEFAULT_SLACK[e.unit] }
        : undefined,
      burnRate: burn
        ? {
            objective: burn.objective,
            shortWindow: canonicalWindow(burn['short-window']),
            longWindow: canonicalWindow(burn['long-window']),
            maxBurnRate: burn.max,
          }
        : undefined,
    };
  });
  const names = slis.map((s) => s.name);
  const dupes = names.filter((n, i) => names.indexOf(n) !== i);
  if (dupes.length)
    problems.push(`slo-file ${path}: SLI names must be unique (${[...new Set(dupes)].join(', ')})`);
  return { slis, problems };
}

/** The window as it enters PromQL: parsed and rendered canonically (an unparsable one is reported above). */
function canonicalWindow(text: string): string {
  const checked = checkVar('window', text);
  return 'value' in checked ? checked.value : text;
}
