import type { HelmRevision } from './helm';

/**
 * Every revision deploy-canary makes says what it is in its helm description, so that rollback, the post
 * step and a later manual run can tell canary revisions from stable ones with `helm history` alone:
 *   ml-deploy canary <sha> weight=<N> image=<ref>
 *   ml-deploy promote <sha> image=<ref>
 *   ml-deploy install <sha> image=<ref>      (a first install: the image is the stable version)
 * Revisions made by `helm rollback` read `Rollback to <N>` and are what revision N was.
 */
export type Description =
  | { kind: 'canary'; sha: string; weight: number; image?: string }
  | { kind: 'promote'; sha: string; image?: string }
  | { kind: 'rollback'; to: number }
  | { kind: 'other' };

const CANARY = /^ml-deploy canary (\S+) weight=(\d+)(?: image=(\S+))?/;
const PROMOTE = /^ml-deploy promote (\S+)(?: image=(\S+))?/;
const ROLLBACK = /^Rollback to (\d+)$/;

export function canaryDescription(sha: string, weight: number, image: string): string {
  return `ml-deploy canary ${shortSha(sha)} weight=${weight} image=${image}`;
}

export function promoteDescription(sha: string, image: string): string {
  return `ml-deploy promote ${shortSha(sha)} image=${image}`;
}

export function installDescription(sha: string, image: string): string {
  return `ml-deploy install ${shortSha(sha)} image=${image}`;
}

export function shortSha(sha: string): string {
  return sha ? sha.slice(0, 7) : 'local';
}

export function parseDescription(text: string): Description {
  const t = text.trim();
  let m = CANARY.exec(t);
  if (m) return { kind: 'canary', sha: m[1]!, weight: Number(m[2]), ...(m[3] ? { image: m[3] } : {}) };
  m = PROMOTE.exec(t);
  if (m) return { kind: 'promote', sha: m[1]!, ...(m[2] ? { image: m[2] } : {}) };
  m = ROLLBACK.exec(t);
  if (m) return { kind: 'rollback', to: Number(m[1]) };
  return { kind: 'other' };
}

/** Whether a revision runs a canary by its description, following `Rollback to N` to what N was. */
export function isCanaryRevision(history: readonly HelmRevision[], revision: number): boolean {
  const seen = new Set<number>();
  let current: number | undefined = revision;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const row = history.find((r) => r.revision === current);
    if (!row) return false;
    const description = parseDescription(row.description);
    if (description.kind === 'canary') return true;
    current = description.kind === 'rollback' ? description.to : undefined;
  }
  return false;
}

/** The revision a rollback revision restored, followed through chains (`Rollback to 7`, 7 = `Rollback to 3`). */
export function restoredRevision(history: readonly HelmRevision[], revision: number): number {
  const seen = new Set<number>();
  let current = revision;
  while (!seen.has(current)) {
    seen.add(current);
    const row = history.find((r) => r.revision === current);
    const description = row ? parseDescription(row.description) : undefined;
    if (description?.kind !== 'rollback') return current;
    current = description.to;
  }
  return current;
}

export const PENDING_STATUSES = ['pending-install', 'pending-upgrade', 'pending-rollback'] as const;

export function isPending(status: string): boolean {
  return (PENDING_STATUSES as readonly string[]).includes(status);
}

/** Statuses of a revision that once ran successfully. */
function wasDeployed(status: string): boolean {
  return status === 'deployed' || status === 'superseded';
}

/**
 * The latest revision when `helm upgrade` left it `failed` (a post-upgrade hook that exited non-zero, an
 * API error on a later object) and it is newer than the last deployed one: the objects it had applied
 * before failing still run, while helm keeps the older revision `deployed`.
 */
export function failedUpgrade(history: readonly HelmRevision[]): HelmRevision | undefined {
  const latest = latestRevision(history);
  if (latest?.status !== 'failed') return undefined;
  return latest.revision > (deployedRevision(history)?.revision ?? 0) ? latest : undefined;
}

/** What undoing a failed revision means, for logs and summaries. */
export function describeFailedUpgrade(history: readonly HelmRevision[], failed: HelmRevision): string {
  const deployed = deployedRevision(history);
  const text = failed.description.replace(/\s+/g, ' ').trim();
  const why = text ? ` (${text})` : '';
  return `revision ${failed.revision} failed${why}${deployed ? ` after deployed revision ${deployed.revision}` : ''}; the objects it applied before failing still run`;
}

export function latestRevision(history: readonly HelmRevision[]): HelmRevision | undefined {
  return history.reduce<HelmRevision | undefined>(
    (a, b) => (!a || b.revision > a.revision ? b : a),
    undefined,
  );
}

/** The revision helm currently reports as `deployed` (the one `helm get values` should read). */
export function deployedRevision(history: readonly HelmRevision[]): HelmRevision | undefined {
  return history
    .filter((r) => r.status === 'deployed')
    .reduce<HelmRevision | undefined>((a, b) => (!a || b.revision > a.revision ? b : a), undefined);
}

/**
 * The stable revision: the newest revision that ran successfully and is not a canary revision, optionally
 * only among revisions older than `before`.
 */
export function findStableRevision(
  history: readonly HelmRevision[],
  options: { before?: number } = {},
): HelmRevision | undefined {
  const candidates = history
    .filter((r) => wasDeployed(r.status))
    .filter((r) => options.before === undefined || r.revision < options.before)
    .filter((r) => !isCanaryRevision(history, r.revision))
    .sort((a, b) => b.revision - a.revision);
  return candidates[0];
}

export type RollbackPlan =
  | { action: 'none'; reason: string; current: HelmRevision }
  | {
      action: 'rollback';
      target: number;
      current: HelmRevision;
      recovering?: string;
      /** A failed revision newer than the deployed one, whose applied objects this rollback removes. */
      undoing?: number;
      reason: string;
    }
  | { action: 'uninstall'; current: HelmRevision; recovering: string; reason: string }
  | { action: 'refuse'; reason: string };

/**
 * What rollback does with a release, from its history alone: recover a pending release, go back to
 * `toRevision` or the stable revision, or nothing when the release already runs it.
 */
export function planRollback(history: readonly HelmRevision[], toRevision?: number): RollbackPlan {
  const current = latestRevision(history);
  if (!current) return { action: 'refuse', reason: 'the release does not exist (no helm history)' };

  if (toRevision !== undefined) {
    const row = history.find((r) => r.revision === toRevision);
    if (!row) {
      const known = history.map((r) => r.revision).join(', ');
      return { action: 'refuse', reason: `revision ${toRevision} is not in the release history (${known})` };
    }
    if (toRevision === current.revision && isPending(current.status)) {
      return {
        action: 'refuse',
        reason: `revision ${toRevision} is the ${current.status} revision itself; name a revision that was deployed`,
      };
    }
  }

  if (isPending(current.status)) {
    const target = toRevision ?? findStableRevision(history, { before: current.revision })?.revision;
    const previous = history.filter((r) => r.revision < current.revision && wasDeployed(r.status));
    if (target === undefined && previous.length === 0) {
      return {
        action: 'uninstall',
        current,
        recovering: current.status,
        reason: `revision ${current.revision} is ${current.status} and no earlier revision ever ran: uninstalling the release`,
      };
    }
    if (target === undefined) {
      return {
        action: 'refuse',
        reason: `revision ${current.revision} is ${current.status} and no earlier revision is a stable one: give to-revision (deployed before: ${previous.map((r) => r.revision).join(', ')})`,
      };
    }
    return {
      action: 'rollback',
      target,
      current,
      recovering: current.status,
      reason: `revision ${current.revision} was left ${current.status}; rolling back to revision ${target}`,
    };
  }

  const failed = failedUpgrade(history);
  if (failed && !history.some((r) => r.revision < failed.revision && wasDeployed(r.status))) {
    return {
      action: 'uninstall',
      current,
      recovering: 'failed',
      reason: `revision ${failed.revision} is a failed first install (${failed.description}): uninstalling the release removes what it applied`,
    };
  }
  const target = toRevision ?? findStableRevision(history)?.revision;
  if (target === undefined) {
    return {
      action: 'refuse',
      reason:
        'no revision in the history is a stable one (every deployed revision is a canary): give to-revision',
    };
  }
  if (
    current.status === 'deployed' &&
    restoredRevision(history, current.revision) === restoredRevision(history, target)
  ) {
    return {
      action: 'none',
      current,
      reason:
        toRevision === undefined
          ? `revision ${current.revision} is deployed and runs no canary: nothing to roll back`
          : current.revision === target
            ? `revision ${target} is already deployed`
            : `revision ${current.revision} already restored revision ${restoredRevision(history, target)}`,
    };
  }
  return {
    action: 'rollback',
    target,
    current,
    reason: failed
      ? `${describeFailedUpgrade(history, failed)}: rolling back to revision ${target} undoes them`
      : `revision ${current.revision} is ${current.status}${isCanaryRevision(history, current.revision) ? ' (a canary)' : ''}; rolling back to revision ${target}`,
    ...(failed ? { undoing: failed.revision } : {}),
  };
}
