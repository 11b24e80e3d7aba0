/**
 * Counter readings between samples. The sequential test weighs request counts, and its fail guarantee
 * holds at any number of looks, chosen in any way; so an SLI whose counts already point over its budget
 * (or over its allowed share of the reference) is read again every LOOK_MS between samples, and a
 * conclusive regression rolls back then instead of at the next sample. Every LOOK_MS whatever the scrape
 * interval: Prometheus renews the counters at scrapes whose phase is unknown, and a reading soon after
 * each catches the new counts within LOOK_MS. SLIs that point within budget are not read between
 * samples: a healthy canary costs no extra query.
 */
import type { SequentialDecision } from './sequential';

/** The spacing of counter readings between samples: it bounds their queries. */
export const LOOK_MS = 5_000;

/** Offsets (ms after a sample) of the counter readings before the next one: every LOOK_MS. */
export function countLookOffsets(intervalMs: number): number[] {
  const parts = Math.ceil(intervalMs / LOOK_MS);
  return Array.from({ length: Math.max(0, parts - 1) }, (_, i) => (i + 1) * LOOK_MS);
}

/**
 * Whether an SLI's last test points towards a fail: an open test, with bad events, whose statistic is on
 * the fail side (log e-value over the budget above 0, or the canary's share above its allowed share).
 * Without bad events nothing points over (no traffic gives a log e-value of 0 up to rounding).
 */
export function leansOver(test: SequentialDecision | undefined): boolean {
  return test?.decision === 'continue' && (test.canary?.bad ?? 0) > 0 && test.statistic > 0;
}
