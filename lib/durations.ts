const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;

/**
 * Parses `30s`, `5m`, `1h30m`, `250ms`, `7d`, `2w`; a bare number is read in `bareUnit` (seconds by default).
 * Returns milliseconds, or undefined when the text is not a duration.
 */
export function parseDuration(text: string, bareUnit: 'ms' | 's' = 's'): number | undefined {
  const t = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) {
    const ms = Number(t) * UNIT_MS[bareUnit]!;
    return Number.isFinite(ms) ? ms : undefined;
  }
  if (!DURATION.test(t)) return undefined;
  let total = 0;
  for (const [, value, unit] of t.matchAll(PART)) total += Number(value) * UNIT_MS[unit!]!;
  return Number.isFinite(total) ? total : undefined;
}

/** Formats milliseconds the way Prometheus range selectors accept them (`90s`, `5m`, `1h30m`). */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0s';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let rest = Math.round(ms / 1000);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}
