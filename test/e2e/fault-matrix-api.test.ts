import { expect } from 'vitest';
import type { Faults } from '../../sandbox/kube/faults';
import { chart, podsBecome, REPO, until, type Cluster } from './deploy-canary.helpers';
import { errorLine, faultMatrix, timed, type RowSpec } from './fault-matrix.helpers';

const ROW_TIMEOUT_MS = 180_000;

const base = `image.repository=${REPO}\nreplicaCount=1`;

async function install(c: Cluster, release: string): Promise<void> {
  const step = await c.action('deploy-canary', { release, chart, image: `${REPO}:v1`, set: base });
  expect(step.exitCode, step.stdout).toBe(0);
}

/**
 * A canary step whose rollout runs under `faults`: they start once helm has recorded the canary revision as
 * deployed (helm itself is not what these rows test) and end with the step, so that checks read the
 * cluster unfaulted.
 */
async function canaryUnder(
  c: Cluster,
  release: string,
  image: string,
  faults: Faults,
): Promise<[Awaited<ReturnType<Cluster['action']>>, number]> {
  const step = timed(() =>
    c.action('deploy-canary', { release, chart, image: `${REPO}:${image}`, set: base, timeout: '2m' }),
  );
  const secret = `sh.helm.release.v1.${release}.v2`;
  await until(
    `revision 2 of ${release} deployed`,
    () =>
      c.sb.emulator
        .objects('Secret')
        .some((s) => s.metadata.name === secret && s.metadata.labels?.status === 'deployed'),
    120_000,
  );
  c.sb.emulator.setFaults(faults);
  try {
    return await step;
  } finally {
    c.sb.emulator.setFaults(undefined);
  }
}

async function historyStatuses(c: Cluster, release: string): Promise<string[]> {
  return (await c.history(release)).map((r) => `${r.revision} ${r.status}`);
}

const rows: Record<string, RowSpec> = {
  'api-errors': {
    run: async (c) => {
      const release = 'errs';
      await install(c, release);
      // Watches are cut every 4 s too, so that the rollout watch keeps asking (an open watch sees no 500).
      const [step, ms] = await canaryUnder(c, release, 'v2-loads-20s', {
        rate: 0.3,
        codes: [500, 409],
        dropWatchesAfterMs: 4000,
      });
      expect(step.exitCode, step.stdout).toBe(0);
      const retries =
        step.stdout.match(/(?:list|watch) \S+: 500 [^;\n]*; (?:retrying|listing again) in \S+/g) ?? [];
      expect(retries.length, step.stdout).toBeGreaterThan(0);
      expect(step.stdout).toMatch(/Canary verified: /);
      // After helm's upgrade the step only reads: no call of it was a write to answer 409.
      expect(step.stdout).not.toMatch(/: 409 /);
      await podsBecome(c, release, ['stable v1', 'canary v2-loads-20s']);
      expect(await historyStatuses(c, release)).toEqual(['1 superseded', '2 deployed']);
      return {
        outcome: `passed after ${retries.length} retried 500s, e.g. ${retries[0]}; the step writes nothing after helm, so no 409`,
        detectMs: ms,
      };
    },
  },
  'api-429': {
    run: async (c) => {
      const release = 'busy';
      await install(c, release);
      const [step, ms] = await canaryUnder(c, release, 'v2-loads-15s', {
        rate: 0.5,
        codes: [429],
        retryAfterSeconds: 2,
      });
      expect(step.exitCode, step.stdout).toBe(0);
      const waits =
        step.stdout.match(
          /(?:list|watch) \S+: 429 [^;\n]*; (?:retrying|listing again) in 2s as Retry-After says/g,
        ) ?? [];
      expect(waits.length, step.stdout).toBeGreaterThan(0);
      await podsBecome(c, release, ['stable v1', 'canary v2-loads-15s']);
      expect(await historyStatuses(c, release)).toEqual(['1 superseded', '2 deployed']);
      return { outcome: `passed; ${waits.length} waits as Retry-After said, e.g. ${waits[0]}`, detectMs: ms };
    },
  },
  'watch-dropped': {
    run: async (c) => {
      const release = 'cut';
      await install(c, release);
      const [step, ms] = await canaryUnder(c, release, 'v2-loads-15s', { dropWatchesAfterMs: 2500 });
      expect(step.exitCode, step.stdout).toBe(0);
      const relists = step.stdout.match(/watch (?:pods|deployments): [^;\n]*; listing again in \S+/g) ?? [];
      // A 15 s load under watches cut every 2.5 s: each watch is cut several times.
      expect(relists.length, step.stdout).toBeGreaterThanOrEqual(4);
      await podsBecome(c, release, ['stable v1', 'canary v2-loads-15s']);
      expect(await historyStatuses(c, release)).toEqual(['1 superseded', '2 deployed']);
      return {
        outcome: `passed; the watches were cut and listed again ${relists.length} times, e.g. ${relists[0]}`,
        detectMs: ms,
      };
    },
  },
  'list-hangs': {
    run: async (c) => {
      const release = 'stuck';
      await install(c, release);
      // The API server never answers a list of pods; helm's upgrade lists none.
      c.sb.emulator.setFaults({ hang: [{ resource: 'pods', verb: 'list' }] });
      const inputs = { release, chart, image: `${REPO}:v2`, set: base, timeout: '10s' };
      const [step, ms] = await timed(() => c.action('deploy-canary', inputs));
      expect(step.exitCode).toBe(1);
      expect(errorLine(step.stdout)).toMatch(
        /^the rollout could not be watched within 10s: the API server did not answer \(list pods: no answer for \d+s\)/,
      );
      const post = await c.post(step, inputs);
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(/cleanup-on-failure: canary removed, revision 3 restores revision 1/);
      // The list still hangs: the post step says it cannot confirm the rollout of stable, and does not fail.
      const unconfirmed =
        /cleanup-on-failure: the rollout of stable could not be confirmed: .*list pods: no answer for \d+s\)/.exec(
          post.stdout,
        );
      expect(unconfirmed, post.stdout).not.toBeNull();
      c.sb.emulator.setFaults(undefined);
      await podsBecome(c, release, ['stable v1']);
      expect(await historyStatuses(c, release)).toEqual(['1 superseded', '2 superseded', '3 deployed']);
      return {
        outcome: `${errorLine(step.stdout)}; post step: canary removed, rollout of stable unconfirmed`,
        detectMs: ms,
      };
    },
  },
};

faultMatrix('api', rows, ROW_TIMEOUT_MS);
