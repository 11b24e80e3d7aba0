import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/run-bundle';
import { clients, REPO, startCluster, until, type Cluster } from './deploy-canary.helpers';

const fixtures = join(repoRoot, 'test', 'fixtures', 'charts');

/** Running pods of a release under any label convention, as sorted `track version` lines. */
function tracks(cluster: Cluster, release: string, component?: string): string[] {
  return cluster.sb.emulator
    .pods()
    .filter(
      (p) =>
        p.namespace === 'default' &&
        p.phase !== 'Succeeded' &&
        (p.labels['app.kubernetes.io/instance'] === release || p.labels.release === release) &&
        (!component || p.labels['app.kubernetes.io/component'] === component),
    )
    .map((p) => `${p.labels.track ?? '-'} ${p.labels.version ?? '-'}${p.ready ? '' : ' (not ready)'}`)
    .sort();
}

async function tracksBecome(cluster: Cluster, release: string, expected: string[], component?: string) {
  await until(`pods of ${release}: ${expected.join(', ')}`, () => {
    return JSON.stringify(tracks(cluster, release, component)) === JSON.stringify([...expected].sort());
  });
}

function error(stdout: string): string {
  return stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
}

describe.each(clients)(
  'deploy-canary (bundled) on charts without canary keys, %s',
  (_name, version, node) => {
    let cluster: Cluster;
    let dir: string;
    let helmCreate: string;
    beforeAll(async () => {
      cluster = await startCluster(version, node);
      dir = mkdtempSync(join(tmpdir(), 'any-chart-'));
      // The chart this helm generates: the usual start of an in-house chart.
      await cluster.sb.ok(cluster.helm, ['create', join(dir, 'web')]);
      helmCreate = join(dir, 'web');
    });
    afterAll(async () => {
      await cluster?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    interface Shape {
      chart: () => string;
      set: string;
      extra?: Record<string, string>;
      /** The canary's name and the Service in front of it. */
      deployment: (release: string) => string;
      component?: string;
      stable: number;
    }
    const shapes: Record<string, Shape> = {
      'the helm create chart': {
        chart: () => helmCreate,
        set: `image.repository=${REPO}\nreplicaCount=2`,
        deployment: (r) => `${r}-web`,
        stable: 2,
      },
      'a chart with a sidecar and a ConfigMap-mounted model config (app/release labels)': {
        chart: () => join(fixtures, 'sidecar-model'),
        set: `image.repository=${REPO}`,
        deployment: (r) => `${r}-sidecar-model`,
        stable: 2,
      },
      'a chart with two Deployments, the model server chosen by workload': {
        chart: () => join(fixtures, 'two-deployments'),
        set: `model.image.repository=${REPO}`,
        extra: {
          'image-repository-key': 'model.image.repository',
          'image-tag-key': 'model.image.tag',
        },
        deployment: (r) => `${r}-model`,
        component: 'model',
        stable: 2,
      },
    };

    // The helm create chart on both helms; the two fixture charts one helm each, to keep the suite's time.
    const here = Object.entries(shapes).filter(
      ([label]) => label === 'the helm create chart' || label.includes('sidecar') === (version === '1.31'),
    );
    test.concurrent.each(here)(
      '%s: deploy → weight move → promote, then deploy → rollback',
      async (label, shape) => {
        const release = ['create', 'sidecar', 'two'][Object.keys(shapes).indexOf(label)]!;
        const workload: Record<string, string> = shape.component
          ? { workload: shape.deployment(release) }
          : {};
        const inputs = { release, chart: shape.chart(), set: shape.set, ...shape.extra, ...workload };
        const name = shape.deployment(release);

        const install = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v1` });
        expect(install.exitCode, install.stdout).toBe(0);
        expect(install.stdout).toContain('Canary from manifests');
        await tracksBecome(cluster, release, ['stable v1', 'stable v1'], shape.component);

        const ten = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v2`, weight: '10' });
        expect(ten.exitCode, ten.stdout).toBe(0);
        expect(ten.outputs).toMatchObject({
          result: 'start-canary',
          'canary-image': `${REPO}:v2`,
          weight: '10',
        });
        expect(ten.stdout).toMatch(
          new RegExp(
            `Canary verified: canary ${name}-canary: 1 Ready pod of ${REPO}:v2, selected with the stable pods by Service \\S+ \\(traffic by replica ratio\\)`,
          ),
        );
        await tracksBecome(cluster, release, ['stable v1', 'stable v1', 'canary v2'], shape.component);
        // A second Deployment with the new image, behind the same Service as stable.
        const canary = await cluster.get(`/apis/apps/v1/namespaces/default/deployments/${name}-canary`);
        const stable = await cluster.get(`/apis/apps/v1/namespaces/default/deployments/${name}`);
        expect(canary?.spec.template.spec.containers.map((c: { image: string }) => c.image)).toContain(
          `${REPO}:v2`,
        );
        expect(canary?.spec.template.spec.volumes).toEqual(stable?.spec.template.spec.volumes);
        expect(canary?.spec.template.spec.containers.length).toBe(
          stable?.spec.template.spec.containers.length,
        );
        if (shape.component) {
          // The other Deployment is left alone.
          expect(
            await cluster.get(`/apis/apps/v1/namespaces/default/deployments/${release}-gateway-canary`),
          ).toBeUndefined();
          expect(tracks(cluster, release, 'gateway')).toEqual(['- -']);
        }

        const fifty = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v2`, weight: '50' });
        expect(fifty.exitCode, fifty.stdout).toBe(0);
        expect(fifty.outputs).toMatchObject({ result: 'update-canary', weight: '50', revision: '3' });
        await tracksBecome(
          cluster,
          release,
          ['stable v1', 'stable v1', 'canary v2', 'canary v2'],
          shape.component,
        );

        const promote = await cluster.action('deploy-canary', { ...inputs, action: 'promote' });
        expect(promote.exitCode, promote.stdout).toBe(0);
        expect(promote.outputs).toMatchObject({ result: 'promoted', revision: '4' });
        expect(promote.stdout).toContain('Canary verified before promote');
        await tracksBecome(cluster, release, ['stable v2', 'stable v2'], shape.component);
        expect(
          await cluster.get(`/apis/apps/v1/namespaces/default/deployments/${name}-canary`),
        ).toBeUndefined();

        const next = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v3`, weight: '25' });
        expect(next.exitCode, next.stdout).toBe(0);
        await tracksBecome(cluster, release, ['stable v2', 'stable v2', 'canary v3'], shape.component);
        const rollback = await cluster.action('rollback', { release });
        expect(rollback.exitCode, rollback.stdout).toBe(0);
        expect(rollback.outputs).toMatchObject({ result: 'rolled-back', 'restored-revision': '4' });
        await tracksBecome(cluster, release, ['stable v2', 'stable v2'], shape.component);
        expect((await cluster.history(release)).map((r) => r.description)).toEqual([
          `ml-deploy install 0123456 image=${REPO}:v1 run=1.1`,
          `ml-deploy canary 0123456 weight=10 image=${REPO}:v2 run=1.1`,
          `ml-deploy canary 0123456 weight=50 image=${REPO}:v2 run=1.1`,
          `ml-deploy promote 0123456 image=${REPO}:v2 run=1.1`,
          `ml-deploy canary 0123456 weight=25 image=${REPO}:v3 run=1.1`,
          'Rollback to 4',
        ]);
      },
    );

    test.concurrent(
      'a chart that ignores the canary values (canary-from: values): the step fails, stable keeps serving',
      async () => {
        const release = 'phantom';
        const inputs = {
          release,
          chart: helmCreate,
          set: `image.repository=${REPO}\nreplicaCount=2`,
          'canary-from': 'values',
        };
        expect((await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v1` })).exitCode).toBe(0);
        await tracksBecome(cluster, release, ['- -', '- -']);

        const run = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v2`, weight: '10' });
        expect(run.exitCode).toBe(1);
        expect(error(run.stdout)).toContain(
          `No canary runs although this step set one: no Deployment of release phantom runs the canary image ${REPO}:v2 (phantom-web runs ${REPO}:v1)`,
        );
        expect(error(run.stdout)).toContain(
          'The chart ignored canary.enabled, canary.image.repository, canary.image.tag, canary.weight (not in its default values); no object in its manifest (helm get manifest) names',
        );
        expect(run.summary).toContain('No canary runs');

        // Promote refuses: the values record a canary, but none runs.
        const promote = await cluster.action('deploy-canary', { ...inputs, action: 'promote' });
        expect(promote.exitCode).toBe(1);
        expect(error(promote.stdout)).toContain(
          `Refusing to promote ${REPO}:v2: no verified canary of it runs`,
        );
        expect(await cluster.history(release)).toHaveLength(2);

        const post = await cluster.post(run, { ...inputs, image: `${REPO}:v2` });
        expect(post.exitCode, post.stdout).toBe(0);
        expect(post.stdout).toContain('canary removed');
        expect((await cluster.history(release)).at(-1)).toMatchObject({
          revision: 3,
          description: 'Rollback to 1',
        });
        const values = JSON.parse(
          await cluster.sb.ok(cluster.helm, ['get', 'values', release, '-o', 'json']),
        );
        expect(values.canary).toMatchObject({ enabled: false });
        expect(tracks(cluster, release)).toEqual(['- -', '- -']);

        // skip-canary is the explicit way to roll out without one.
        const skip = await cluster.action('deploy-canary', {
          ...inputs,
          action: 'promote',
          image: `${REPO}:v3`,
          'skip-canary': 'true',
        });
        expect(skip.exitCode, skip.stdout).toBe(0);
        expect(skip.outputs).toMatchObject({ result: 'promoted', revision: '4' });
        expect((await cluster.history(release)).at(-1)?.description).toBe(
          `ml-deploy promote 0123456 image=${REPO}:v3 skip-canary run=1.1`,
        );
      },
    );

    test.concurrent(
      'a crash-looping canary added by the post-renderer fails with the reason; the post step removes it',
      async () => {
        const release = 'crash';
        const inputs = { release, chart: helmCreate, set: `image.repository=${REPO}` };
        expect((await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v1` })).exitCode).toBe(0);
        const run = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v2-crashloop` });
        expect(run.exitCode).toBe(1);
        expect(error(run.stdout)).toMatch(/CrashLoopBackOff/);
        expect(error(run.stdout)).toContain('crash-web-canary-');
        const post = await cluster.post(run, { ...inputs, image: `${REPO}:v2-crashloop` });
        expect(post.exitCode, post.stdout).toBe(0);
        expect(post.stdout).toContain('canary removed');
        await tracksBecome(cluster, release, ['stable v1']);
        expect(
          await cluster.get('/apis/apps/v1/namespaces/default/deployments/crash-web-canary'),
        ).toBeUndefined();
      },
    );

    test.concurrent(
      'weighted traffic is refused on a chart without canary keys, with the reason',
      async () => {
        const run = await cluster.action('deploy-canary', {
          release: 'routed',
          chart: helmCreate,
          image: `${REPO}:v1`,
          traffic: 'nginx',
        });
        expect(run.exitCode).toBe(1);
        expect(error(run.stdout)).toContain('traffic: nginx needs a chart that renders the canary');
        expect(run.stdout).not.toContain('helm upgrade --install');
      },
    );
  },
);
