// `npm run bench:kube -- [--objects N] [--watches N] [--upgrades N] [--out FILE]`: load figures for the
// Kubernetes API emulator (sandbox/kube), measured over HTTP on loopback with real helm for the upgrade
// latencies. Prints a markdown table; --out also writes the figures as JSON.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startKubeEmulator, type KubeEmulator } from '../sandbox/kube/index';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    objects: { type: 'string', default: '1000' },
    watches: { type: 'string', default: '100' },
    upgrades: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const objects = Number(values.objects);
const watches = Number(values.watches);
const upgrades = Number(values.upgrades);

interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}
const figures: Figure[] = [];
const record = (name: string, value: number, unit: string, note?: string): void => {
  figures.push({ name, value: Math.round(value * 10) / 10, unit, note });
  console.error(`${name}: ${Math.round(value * 10) / 10} ${unit}`);
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function request(
  url: string,
  method: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<{ status: number; text: string }> {
  return new Promise((resolvePromise, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: data ? { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(data) } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeIt<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const out = await fn();
  return [out, performance.now() - start];
}

async function createObjects(kube: KubeEmulator): Promise<void> {
  const latencies: number[] = [];
  const [, total] = await timeIt(async () => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < objects) {
        const i = next++;
        const [res, ms] = await timeIt(() =>
          request(`${kube.url}/api/v1/namespaces/default/configmaps`, 'POST', {
            metadata: { name: `cm-${i}`, labels: { bench: 'yes', shard: String(i % 10) } },
            data: { value: 'x'.repeat(256) },
          }),
        );
        if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.text}`);
        latencies.push(ms);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  });
  latencies.sort((a, b) => a - b);
  record(
    `create ${objects} ConfigMaps (8 in flight)`,
    objects / (total / 1000),
    'objects/s',
    `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
  );
  const [list, listMs] = await timeIt(() =>
    request(`${kube.url}/api/v1/namespaces/default/configmaps`, 'GET'),
  );
  record(`list ${JSON.parse(list.text).items.length} ConfigMaps`, listMs, 'ms');
  const [sel, selMs] = await timeIt(() =>
    request(`${kube.url}/api/v1/namespaces/default/configmaps?labelSelector=shard%3D3`, 'GET'),
  );
  record(`list with labelSelector (${JSON.parse(sel.text).items.length} of ${objects})`, selMs, 'ms');
}

async function concurrentWatches(kube: KubeEmulator): Promise<void> {
  const changes = 50;
  const received: number[][] = Array.from({ length: watches }, () => []);
  const sentAt = new Map<string, number>();
  const delays: number[] = [];
  const watchAgent = new http.Agent({ keepAlive: false, maxSockets: watches + 1 });
  const requests: http.ClientRequest[] = [];
  const rv = JSON.parse(
    (await request(`${kube.url}/api/v1/namespaces/default/configmaps?labelSelector=bench%3Dwatch`, 'GET'))
      .text,
  ).metadata.resourceVersion;
  await Promise.all(
    received.map(
      (events, w) =>
        new Promise<void>((ready) => {
          const req = http.get(
            `${kube.url}/api/v1/namespaces/default/configmaps?watch=1&labelSelector=bench%3Dwatch&resourceVersion=${rv}`,
            { agent: watchAgent },
            (res) => {
              let buffer = '';
              res.on('data', (chunk: Buffer) => {
                buffer += chunk.toString('utf8');
                let nl: number;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                  const event = JSON.parse(buffer.slice(0, nl));
                  buffer = buffer.slice(nl + 1);
                  const at = sentAt.get(event.object.metadata.name);
                  if (at !== undefined) delays.push(performance.now() - at);
                  events.push(w);
                }
              });
              ready();
            },
          );
          requests.push(req);
        }),
    ),
  );
  const [, total] = await timeIt(async () => {
    for (let i = 0; i < changes; i++) {
      sentAt.set(`w-${i}`, performance.now());
      await request(`${kube.url}/api/v1/namespaces/default/configmaps`, 'POST', {
        metadata: { name: `w-${i}`, labels: { bench: 'watch' } },
      });
    }
    const deadline = Date.now() + 30_000;
    while (received.some((e) => e.length < changes) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
  });
  for (const r of requests) r.destroy();
  watchAgent.destroy();
  delays.sort((a, b) => a - b);
  const delivered = received.reduce((n, e) => n + e.length, 0);
  record(
    `${watches} concurrent watches × ${changes} changes: events delivered`,
    delivered,
    'events',
    `of ${watches * changes}, in ${(total / 1000).toFixed(2)} s`,
  );
  record(
    'watch event delay (create sent → event read), p50',
    percentile(delays, 50),
    'ms',
    `p99 ${percentile(delays, 99).toFixed(1)} ms`,
  );
}

async function rollout(kube: KubeEmulator): Promise<void> {
  const body = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'bench' },
    spec: {
      replicas: 10,
      selector: { matchLabels: { app: 'bench' } },
      template: {
        metadata: { labels: { app: 'bench' } },
        spec: { containers: [{ name: 's', image: 'model:1' }] },
      },
    },
  };
  const available = async (): Promise<void> => {
    for (;;) {
      const d = JSON.parse(
        (await request(`${kube.url}/apis/apps/v1/namespaces/default/deployments/bench`, 'GET')).text,
      );
      const s = d.status ?? {};
      if (
        s.observedGeneration === d.metadata.generation &&
        s.updatedReplicas === 10 &&
        s.availableReplicas === 10 &&
        s.replicas === 10
      )
        return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const [, createMs] = await timeIt(async () => {
    await request(`${kube.url}/apis/apps/v1/namespaces/default/deployments`, 'POST', body);
    await available();
  });
  record('Deployment of 10 pods: create → all available (ready delay 300 ms)', createMs, 'ms');
  const [, rollMs] = await timeIt(async () => {
    await request(
      `${kube.url}/apis/apps/v1/namespaces/default/deployments/bench`,
      'PATCH',
      { spec: { template: { spec: { containers: [{ name: 's', image: 'model:2' }] } } } },
      'application/strategic-merge-patch+json',
    );
    await available();
  });
  record('rolling update of 10 pods (25% surge / 25% unavailable)', rollMs, 'ms');
}

function run(bin: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) =>
    execFile(bin, args, { env }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${bin} ${args[0]}: ${stderr}`)) : resolvePromise(),
    ),
  );
}

async function helmLatency(kube: KubeEmulator, dir: string): Promise<void> {
  for (const [version, label] of [
    ['1.31', 'helm 3.17'],
    ['1.35', 'helm 4.1'],
  ] as const) {
    const helm = join(root, '.tools', `k8s-${version}`, 'helm');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: join(dir, 'home'),
      KUBECONFIG: kube.kubeconfigPath,
      HELM_CACHE_HOME: join(dir, 'helm-cache'),
      HELM_CONFIG_HOME: join(dir, 'helm-config'),
      HELM_DATA_HOME: join(dir, 'helm-data'),
    };
    const chart = join(root, 'test', 'fixtures', 'kube-chart');
    const release = `bench-${version.replace('.', '-')}`;
    const [, installMs] = await timeIt(() =>
      run(
        helm,
        ['install', release, chart, '-n', 'bench', '--create-namespace', '--wait', '--timeout', '2m'],
        env,
      ),
    );
    record(`${label} install --wait (2 pods)`, installMs, 'ms');
    const times: number[] = [];
    for (let i = 0; i < upgrades; i++) {
      const [, ms] = await timeIt(() =>
        run(
          helm,
          [
            'upgrade',
            release,
            chart,
            '-n',
            'bench',
            '--set',
            `image.tag=1.${i + 1}.0`,
            '--wait',
            '--timeout',
            '2m',
          ],
          env,
        ),
      );
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    record(
      `${label} upgrade --wait changing the image (median of ${upgrades})`,
      percentile(times, 50),
      'ms',
      `min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bench-kube-'));
const kube = await startKubeEmulator({ stateDir: join(dir, 'state') });
try {
  await createObjects(kube);
  await concurrentWatches(kube);
  await rollout(kube);
  await helmLatency(kube, dir);
} finally {
  agent.destroy();
  await kube.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log('| figure | value | note |\n| --- | --- | --- |');
for (const f of figures) console.log(`| ${f.name} | ${f.value} ${f.unit} | ${f.note ?? ''} |`);
if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(
    values.out,
    JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2),
  );
}
