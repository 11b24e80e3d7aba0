import { placeholders } from '../../lib/promql-template';
import { queriesOf } from './queries';
import type { SliSpec } from './sli';

/**
 * A relative SLI reads its query once for the canary and once with `{{track}}` set to the reference
 * track. A query without `{{track}}` reads the same series twice, so the canary is compared with itself
 * and always passes: one problem per such SLI, naming it and the query that lacks the placeholder.
 */
export function untrackedRelativeSlis(slis: SliSpec[], referenceTrack: string): string[] {
  return slis.flatMap((sli) => {
    // A distribution SLI is always judged against the reference track, by its counters (its query).
    if (!sli.relative && !sli.distribution) return [];
    const queries = [
      { what: 'query', query: sli.query },
      ...queriesOf(sli.sequential?.counts).map((query) => ({ what: 'counter query', query })),
    ];
    const untracked = queries.find(({ query }) => !placeholders(query).includes('track'));
    if (!untracked) return [];
    return [
      `SLI ${sli.name} is compared with the ${referenceTrack} track (compare-to), but its ${untracked.what} does not use {{track}}, so it would compare the canary with itself; select the track in it, e.g. track="{{track}}": ${untracked.query}`,
    ];
  });
}
