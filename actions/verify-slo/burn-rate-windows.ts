import { formatDuration, parseDuration } from '../../lib/durations';
import { SCRAPES_PER_WINDOW } from './scrape-interval';
import type { SliSpec } from './sli';

/**
 * A burn-rate SLI's windows (slo-file) stand in its queries instead of `{{window}}`: like a window given in
 * vars, one shorter than SCRAPES_PER_WINDOW scrapes is raised, with a warning, or its rate() stays empty.
 */
export function fitBurnRateWindows(
  slis: SliSpec[],
  scrapeIntervalMs: number,
): { slis: SliSpec[]; warnings: string[] } {
  const minMs = SCRAPES_PER_WINDOW * scrapeIntervalMs;
  const warnings: string[] = [];
  const fit = (sli: SliSpec, which: string, window: string): string => {
    const ms = parseDuration(window);
    if (ms === undefined || ms >= minMs) return window;
    const raised = formatDuration(minMs);
    warnings.push(
      `${sli.name}: burn-rate ${which} ${window} is shorter than ${SCRAPES_PER_WINDOW} scrapes of the ${formatDuration(scrapeIntervalMs)} scrape interval, so rate() over it would often be empty: raised to ${raised}`,
    );
    return raised;
  };
  const fitted = slis.map((sli) =>
    sli.burnRate
      ? {
          ...sli,
          burnRate: {
            ...sli.burnRate,
            shortWindow: fit(sli, 'short-window', sli.burnRate.shortWindow),
            longWindow: fit(sli, 'long-window', sli.burnRate.longWindow),
          },
        }
      : sli,
  );
  return { slis: fitted, warnings };
}
