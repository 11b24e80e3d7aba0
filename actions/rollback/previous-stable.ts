import type { HelmRevision } from '../../lib/helm';
import { findStableRevision } from '../../lib/release-history';

/** Revisions that made a new stable version: a promote, a first install (by ml-deploy or plain helm). */
const NEW_STABLE = /^(?:ml-deploy (?:promote|install) |Install complete$)/;

function ran(status: string): boolean {
  return status === 'deployed' || status === 'superseded';
}

/**
 * `target: previous-stable`: back past the newest promote or install (a bad promote) to the stable
 * revision before it. Rollback revisions are never the newest promote, so running it twice changes nothing
 * the second time. Returns the revision, or why there is none.
 */
export function previousStable(
  history: readonly HelmRevision[],
): { revision: number; past: number } | { refuse: string } {
  const newest = [...history]
    .filter((r) => ran(r.status) && NEW_STABLE.test(r.description))
    .sort((a, b) => b.revision - a.revision)[0];
  if (!newest) {
    return { refuse: 'target previous-stable: no promote or install revision in the release history' };
  }
  const before = findStableRevision(history, { before: newest.revision });
  if (!before) {
    return {
      refuse: `target previous-stable: revision ${newest.revision} (${newest.description}) has no stable revision before it`,
    };
  }
  return { revision: before.revision, past: newest.revision };
}
