import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leakedSecrets } from '../helpers/secret-leaks';
import { json, stubServer } from '../helpers/stub-server';
import { chart, clients, podsBecome, REPO, startCluster, type Cluster } from './deploy-canary.helpers';

describe.each(clients)(
  'deploy-canary (bundled) with %s against the kube emulator',
  (_name, version, node) => {
    let cluster: Cluster;
    beforeAll(async () => {
      cluster = await startCluster(version, node);
    });
    afterAll(async () => cluster?.stop());

    const base = (release: string, extra: Record<string, string> = {}) => ({
      release,
      chart,
      set: `image.repository=${REPO}\nreplicaCount=2\ntraffic.method=nginx\ntraffic.host=mnist.example.com`,
      ...extra,
    });

    test('canary at 10 %, then 25 and 50 moving only the weight, then promote', async () => {
      const install = await cluster.action('deploy-canary', base('mnist', { image: `${REPO}:v1` }));
      expect(install.exitCode, install.stdout).toBe(0);
      expect(install.outputs).toMatchObject({
        result: 'installed',
        revision: '1',
        status: 'deployed',
        weight: '0',
      });
      await podsBecome(cluster, 'mnist', ['stable v1', 'stable v1']);

      const ten = await cluster.action('deploy-canary', base('mnist', { image: `${REPO}:v2`, weight: '10' }));
      expect(ten.exitCode, ten.stdout).toBe(0);
      expect(ten.outputs).toMatchObject({
        result: 'start-canary',
        'stable-revision': '1',
        revision: '2',
        'canary-revision': '2',
        'canary-image': `${REPO}:v2`,
        weight: '10',
        status: 'deployed',
      });
      await podsBecome(cluster, 'mnist', ['stable v1', 'stable v1', 'canary v2']);
      const canaryPods = cluster
        .pods('mnist')
        .map((p) => p.name)
        .sort();
      const ingress = () =>
        cluster.get('/apis/networking.k8s.io/v1/namespaces/default/ingresses/mnist-inference-service-canary');
      expect((await ingress())?.metadata.annotations?.['nginx.ingress.kubernetes.io/canary-weight']).toBe(
        '10',
      );
      expect(ten.summary).toContain('Helm history of this run');
      expect(ten.summary).toContain('ml-deploy canary 0123456 weight=10 image=registry.local/mnist:v2');

      for (const [weight, revision] of [
        ['25', '3'],
        ['50', '4'],
      ] as const) {
        const step = await cluster.action('deploy-canary', base('mnist', { image: `${REPO}:v2`, weight }));
        expect(step.exitCode, step.stdout).toBe(0);
        expect(step.outputs).toMatchObject({
          result: 'update-canary',
          'stable-revision': '1',
          revision,
          weight,
        });
        expect(step.stdout).toContain(`weight ${weight === '25' ? '10' : '25'}% → ${weight}%`);
        expect((await ingress())?.metadata.annotations?.['nginx.ingress.kubernetes.io/canary-weight']).toBe(
          weight,
        );
        // Only the weight moved: the very same pods serve, none restarted.
        expect(
          cluster
            .pods('mnist')
            .map((p) => p.name)
            .sort(),
        ).toEqual(canaryPods);
      }

      const promote = await cluster.action('deploy-canary', { ...base('mnist'), action: 'promote' });
      expect(promote.exitCode, promote.stdout).toBe(0);
      expect(promote.outputs).toMatchObject({
        result: 'promoted',
        'stable-revision': '1',
        revision: '5',
        'canary-image': '',
        weight: '0',
      });
      await podsBecome(cluster, 'mnist', ['stable v2', 'stable v2']);
      expect((await cluster.deployments('mnist')).map((d) => d.metadata.name)).toEqual([
        'mnist-inference-service',
      ]);
      expect(await ingress()).toBeUndefined();
      const history = await cluster.history('mnist');
      expect(history.map((r) => [r.revision, r.status, r.description])).toEqual([
        [1, 'superseded', `ml-deploy install 0123456 image=${REPO}:v1 run=1.1`],
        [2, 'superseded', `ml-deploy canary 0123456 weight=10 image=${REPO}:v2 run=1.1`],
        [3, 'superseded', `ml-deploy canary 0123456 weight=25 image=${REPO}:v2 run=1.1`],
        [4, 'superseded', `ml-deploy canary 0123456 weight=50 image=${REPO}:v2 run=1.1`],
        [5, 'deployed', `ml-deploy promote 0123456 image=${REPO}:v2 run=1.1`],
      ]);
      const values = JSON.parse(await cluster.sb.ok(cluster.helm, ['get', 'values', 'mnist', '-o', 'json']));
      expect(values).toMatchObject({
        image: { repository: REPO, tag: 'v2' },
        canary: { enabled: false },
        replicaCount: 2,
      });

      const again = await cluster.action('deploy-canary', {
        ...base('mnist'),
        action: 'promote',
        image: `${REPO}:v2`,
      });
      expect(again.exitCode, again.stdout).toBe(0);
      expect(again.outputs).toMatchObject({ result: 'already-promoted', revision: '5' });
      expect(await cluster.history('mnist')).toHaveLength(5);
    });

    test.each([
      ['crash-looping', 'v3-crashloop', /CrashLoopBackOff/, 'exit code 1'],
      // The kubelet reports ErrImagePull, then ImagePullBackOff: the watch may see either first.
      ['unpullable', 'v3-pullfail', /ErrImagePull|ImagePullBackOff/, 'registry.local/mnist:v3-pullfail'],
    ])(
      'the %s canary fails with the reason, not a timeout; the post step removes it',
      async (_kind, tag, reason, detail) => {
        const release = `bad-${tag.replace('v3-', '')}`;
        const inputs = base(release, { set: `image.repository=${REPO}\nreplicaCount=1` });
        expect((await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v1` })).exitCode).toBe(0);

        const run = await cluster.action('deploy-canary', {
          ...inputs,
          image: `${REPO}:${tag}`,
          weight: '10',
        });
        expect(run.exitCode).toBe(1);
        const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
        expect(error).toMatch(reason);
        expect(error).toContain(detail);
        expect(run.outputs).toMatchObject({
          'stable-revision': '1',
          revision: '2',
          'canary-image': `${REPO}:${tag}`,
        });
        expect(run.summary).toMatch(new RegExp(`Rollout failed: (${reason.source})`));
        expect(run.summary).toMatch(/Events of pod `bad-[a-z]+-inference-service-canary-/);
        if (tag.endsWith('crashloop')) expect(run.summary).toContain('Last log lines');
        expect(run.state).toMatchObject({ 'canary-started': 'true', 'stable-revision': '1' });

        const post = await cluster.post(run, { ...inputs, image: `${REPO}:${tag}` });
        expect(post.exitCode, post.stdout).toBe(0);
        expect(post.stdout).toContain('canary removed');
        expect(post.summary).toContain('canary removed');
        await podsBecome(cluster, release, ['stable v1']);
        expect((await cluster.deployments(release)).map((d) => d.metadata.name)).toEqual([
          `${release}-inference-service`,
        ]);
        expect((await cluster.history(release)).at(-1)).toMatchObject({
          revision: 3,
          status: 'deployed',
          description: 'Rollback to 1',
        });

        const postAgain = await cluster.post(run, { ...inputs, image: `${REPO}:${tag}` });
        expect(postAgain.exitCode).toBe(0);
        expect(postAgain.stdout).toContain('nothing to remove');
        expect(await cluster.history(release)).toHaveLength(3);
      },
    );

    test('readiness that never passes fails after readiness-timeout; a slow start within it passes', async () => {
      const inputs = base('probes', { set: `image.repository=${REPO}\nreplicaCount=1` });
      expect((await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v1` })).exitCode).toBe(0);

      const unready = await cluster.action('deploy-canary', {
        ...inputs,
        image: `${REPO}:v2-unready`,
        'readiness-timeout': '5s',
      });
      expect(unready.exitCode).toBe(1);
      expect(unready.stdout).toMatch(
        /::error::pod probes-inference-service-canary-\S+ has run for \d+s without passing its readiness probe \(container model-server\)/,
      );
      expect(unready.summary).toContain('Rollout failed: ReadinessNeverPassed');
      expect((await cluster.post(unready, { ...inputs, image: `${REPO}:v2-unready` })).exitCode).toBe(0);
      await podsBecome(cluster, 'probes', ['stable v1']);

      // -slow becomes ready after 30 s, inside the default readiness-timeout of 2m.
      const slow = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v3-slow` });
      expect(slow.exitCode, slow.stdout).toBe(0);
      expect(slow.outputs).toMatchObject({ result: 'start-canary', 'canary-image': `${REPO}:v3-slow` });
      await podsBecome(cluster, 'probes', ['stable v1', 'canary v3-slow']);
    });

    test('refuses a canary of another image while one runs, and nothing changes', async () => {
      const inputs = base('busy', { set: `image.repository=${REPO}\nreplicaCount=1` });
      expect((await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v1` })).exitCode).toBe(0);
      expect((await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v2` })).exitCode).toBe(0);
      const other = await cluster.action('deploy-canary', { ...inputs, image: `${REPO}:v3` });
      expect(other.exitCode).toBe(1);
      expect(other.stdout).toMatch(
        /::error::a canary of registry\.local\/mnist:v2 is already running .*Nothing was changed\. Promote it \(action: promote\) or roll it back/,
      );
      expect(other.state['canary-started']).toBeUndefined();
      expect(await cluster.history('busy')).toHaveLength(2);
    });

    test('records a GitHub Deployment and its statuses through the bundled octokit', async () => {
      // octokit's fetch comes from undici, which the bundle loads only when first used (lib/lazy).
      let id = 0;
      const github = await stubServer((req, res) =>
        req.method === 'POST' && req.url?.endsWith('/deployments')
          ? json(res, 201, { id: ++id })
          : json(res, 201, { id: 1 }),
      );
      try {
        const inputs = base('recorded', { set: `image.repository=${REPO}\nreplicaCount=1` });
        const run = await cluster.action(
          'deploy-canary',
          {
            ...inputs,
            image: `${REPO}:v1`,
            'github-token': 'ghs_stubtoken0123456789',
            environment: 'staging',
          },
          { env: { GITHUB_API_URL: github.url } },
        );
        expect(run.exitCode, run.stdout).toBe(0);
        expect(leakedSecrets(run, ['ghs_stubtoken0123456789'])).toEqual([]);
        const calls = github.requests.map((r) => `${r.method} ${r.url}`);
        expect(calls).toEqual([
          'POST /repos/example/ml-deploy-test/deployments',
          'POST /repos/example/ml-deploy-test/deployments/1/statuses',
          'POST /repos/example/ml-deploy-test/deployments/1/statuses',
        ]);
        expect(github.requests[0]!.headers.authorization).toBe('token ghs_stubtoken0123456789');
        expect(JSON.parse(github.requests[0]!.body)).toMatchObject({
          environment: 'staging',
          ref: expect.any(String),
        });
        expect(github.requests.slice(1).map((r) => JSON.parse(r.body).state)).toEqual([
          'in_progress',
          'success',
        ]);
      } finally {
        await github.close();
      }
    });

    test('bad inputs are all reported at once and nothing is touched', async () => {
      const releases = async () =>
        (await cluster.sb.json<Array<{ name: string }>>(cluster.helm, ['list', '-A', '-o', 'json'])).map(
          (r) => r.name,
        );
      const before = await releases();
      const run = await cluster.action('deploy-canary', {
        release: 'Busy',
        chart: 'no/such/dir/x',
        image: 'registry.local/mnist',
        weight: '150',
      });
      expect(run.exitCode).toBe(1);
      const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'))!;
      expect(error).toContain('Invalid configuration, nothing was changed');
      for (const input of ['release', 'chart', 'image', 'weight']) expect(error).toContain(`'${input}'`);
      expect(await releases()).toEqual(before);
    });
  },
);
