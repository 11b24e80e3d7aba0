import { raiseShortWindow } from './scrape-interval';
import type { SliSpec } from './sli';

/**
 * A burn-rate SLI's windows (slo-file) stand in its queries instead of `{{window}}`: like a window given in
 * vars, one shorter than SCRAPES_PER_WINDOW scrapes is raised, with a warning, or its rate() stays empty.
 */
export function fitBurnRateWindows(
  slis: SliSpec[],
  scrapeIntervalMs: number,
): { slis: SliSpec[]; warnings: string[] } {
  const warnings: string[] = [];
  const fit = (sli: SliSpec, which: string, window: string): string => {
    const fitted = raiseShortWindow(`${sli.name}: burn-rate ${which} ${window}`, window, scrapeIntervalMs);
    if (fitted.warning) warnings.push(fitted.warning);
    return fitted.window;
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
