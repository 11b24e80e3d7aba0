import type { HelmRevision } from '../../lib/helm';
import { deployedRevision, parseDescription } from '../../lib/release-history';
import { formatImageRef, parseImageRef, sameImage } from './canary-values';

/**
 * A pipeline step moves the canary the previous step started, and only that one: when the release no longer
 * runs it (an on-call engineer rolled it back, someone promoted or replaced it), the step must not start a
 * fresh canary of the same image on top. Revisions after the given canary revision may only be later steps of
 * the same canary (same image); anything else, or the revision not deployed at all, refuses.
 *
 * Returns why the step must refuse, or undefined when the release still runs that canary.
 */
export function continuityRefusal(
  history: readonly HelmRevision[],
  canaryRevision: number,
  where: string,
): string | undefined {
  const refuse = (what: string) =>
    `canary revision ${canaryRevision} no longer runs in ${where}: ${what}. Nothing was changed. ` +
    'Start a new pipeline run to deploy a canary again.';
  const row = history.find((r) => r.revision === canaryRevision);
  if (!row) {
    const known = history.length ? history.map((r) => r.revision).join(', ') : 'none';
    return refuse(`it is not in the release history (revisions: ${known})`);
  }
  const started = parseDescription(row.description);
  if (started.kind !== 'canary') {
    return refuse(`revision ${canaryRevision} is not a canary revision (${row.description || row.status})`);
  }
  const image = started.image ? parseImageRef(started.image) : undefined;
  for (const later of history.filter((r) => r.revision > canaryRevision)) {
    const description = parseDescription(later.description);
    const laterImage =
      description.kind === 'canary' && description.image ? parseImageRef(description.image) : undefined;
    const sameCanary =
      description.kind === 'canary' && (!image || !laterImage || sameImage(image, laterImage));
    if (!sameCanary || !['deployed', 'superseded'].includes(later.status)) {
      return refuse(`since then ${since(history, canaryRevision)}`);
    }
  }
  const deployed = deployedRevision(history);
  if (!deployed || deployed.revision < canaryRevision || !['deployed', 'superseded'].includes(row.status)) {
    return refuse(
      `revision ${canaryRevision} is ${row.status}${deployed ? ` and revision ${deployed.revision} is deployed` : ''}`,
    );
  }
  return undefined;
}

/** What happened after a revision, one clause per revision, from helm history. */
function since(history: readonly HelmRevision[], revision: number): string {
  return history
    .filter((r) => r.revision > revision)
    .map((r) => `revision ${r.revision} ${r.status}: ${whatItWas(r)}`)
    .join('; ');
}

function whatItWas(row: HelmRevision): string {
  const d = parseDescription(row.description);
  if (d.kind === 'rollback') return `rolled back to revision ${d.to}`;
  if (d.kind === 'promote') return `promoted ${d.image ?? 'the canary'}`;
  if (d.kind === 'canary') {
    const image = d.image ? parseImageRef(d.image) : undefined;
    return `canary${image ? ` ${formatImageRef(image)}` : ''} at ${d.weight}%`;
  }
  return row.description || 'changed outside ml-deploy';
}
