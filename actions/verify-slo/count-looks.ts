/**
 * Counter readings between samples. The sequential test weighs request counts, which Prometheus
 * renews at every scrape, and its fail guarantee holds at any number of looks; so when the scrape
 * interval is shorter than `interval`, the counters are read after each new scrape, and a conclusive
 * regression rolls back then instead of at the next sample (docs/sequential-decisions.md).
 */

/** The shortest spacing of counter readings: it bounds the queries, however fast Prometheus scrapes. */
export const MIN_LOOK_MS = 10_000;

/**
 * Offsets (ms after a sample) of the counter readings before the next sample: the interval split into
 * equal parts of at least one scrape interval and MIN_LOOK_MS. None when the scrape interval is unknown
 * or the parts would be the whole interval. `msPerScrapeMs` converts the scrape interval (real time,
 * as Prometheus' timestamps are) to the verification clock's milliseconds: 1 except in the benchmark,
 * whose clock runs faster.
 */
export function countLookOffsets(
  intervalMs: number,
  scrapeIntervalMs: number | undefined,
  msPerScrapeMs = 1,
): number[] {
  if (scrapeIntervalMs === undefined) return [];
  const spacing = Math.max(scrapeIntervalMs * msPerScrapeMs, MIN_LOOK_MS);
  const parts = Math.floor(intervalMs / spacing);
  return Array.from({ length: Math.max(0, parts - 1) }, (_, i) => Math.round(((i + 1) * intervalMs) / parts));
}
