// `npm run bench:startup -- [--runs N] [--out FILE.md] [--root DIR]`: how fast each entry point of the
// built dist (every action.yml `runs.main` and `runs.post`) starts, as a ratio to bare `node -e ''` timed
// in the same rounds, on this machine's node and node 24. Prints a markdown table with the bundle sizes;
// --out also writes it, and the figures as JSON next to it (same name, .json). --root measures another
// checkout (e.g. an older commit's tree with its dist) with this script.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { actionEntry, nodeRuntimes, repoRoot } from '../sandbox/runner';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, out: { type: 'string' }, root: { type: 'string' } },
});
const runs = Number(values.runs);
const root = resolve(values.root ?? repoRoot);

const scratch = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const context = join(scratch, 'context');
mkdirSync(context);
writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');

interface Work {
  inputs: Record<string, string>;
  state?: Record<string, string>;
  /** Prepended to PATH. */
  path?: string;
}

/**
 * Inputs (and, for a post step, state) that make each step reach the loopback "sandbox" at `port`: the
 * kube API for helm and client-node, Prometheus, or the builder (a stand-in podman that connects).
 */
function workFor(key: string, port: number, dir: string): Work {
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{name: bench, cluster: {server: "http://127.0.0.1:${port}"}}]`,
    'users: [{name: bench, user: {token: bench}}]',
    'contexts: [{name: bench, context: {cluster: bench, user: bench}}]',
    'current-context: bench',
  ].join('\n');
  switch (key) {
    case 'build-scan main': {
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'podman'), `#!/bin/bash\n: > /dev/tcp/127.0.0.1/${port}\nsleep 30\n`);
      chmodSync(join(bin, 'podman'), 0o755);
      const image = `127.0.0.1:${port}/bench/model`;
      return { inputs: { image, builder: 'podman', context, push: 'false', scan: 'false' }, path: bin };
    }
    case 'deploy-canary main':
      return {
        inputs: { release: 'bench', chart: 'charts/inference-service', image: 'bench/model:1', kubeconfig },
      };
    case 'deploy-canary post':
      return {
        inputs: { kubeconfig },
        state: {
          'canary-started': 'true',
          release: 'bench',
          namespace: 'default',
          'canary-image': 'bench/model:1',
        },
      };
    case 'rollback main':
      return { inputs: { release: 'bench', kubeconfig } };
    case 'verify-slo main':
      return {
        inputs: {
          'prometheus-url': `http://127.0.0.1:${port}`,
          'max-error-rate': '1%',
          duration: '1m',
          interval: '5s',
          vars: 'namespace=default\nrelease=bench',
        },
      };
  }
  throw new Error(`bench/startup.ts has no work inputs for ${key}`);
}

interface Entry {
  key: string;
  file: string;
}

const entries: Entry[] = [];
for (const action of readdirSync(join(root, 'actions')).sort()) {
  for (const step of ['main', 'post'] as const) {
    let file: string;
    try {
      file = actionEntry(action, step, root);
    } catch {
      continue;
    }
    workFor(`${action} ${step}`, 1, mkdtempSync(join(scratch, 'check-')));
    entries.push({ key: `${action} ${step}`, file });
  }
}

// helm 3.17, as the e2e tests use, first on PATH (deploy-canary and rollback start with helm).
const helmDir = join(repoRoot, '.tools', 'k8s-1.31');

function runnerEnv(dir: string, work?: Work): Record<string, string> {
  const env: Record<string, string> = {
    PATH: [work?.path, helmDir, process.env.PATH].filter(Boolean).join(':'),
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    GITHUB_REPOSITORY: 'example/ml-deploy-bench',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  };
  for (const name of ['OUTPUT', 'STEP_SUMMARY', 'STATE', 'ENV', 'PATH']) {
    env[`GITHUB_${name}`] = join(dir, name.toLowerCase());
    writeFileSync(env[`GITHUB_${name}`]!, '');
  }
  for (const [name, value] of Object.entries(work?.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(work?.state ?? {})) env[`STATE_${name}`] = value;
  return env;
}

/** Milliseconds from spawn to the first `::error::` line it prints, or to its exit when it prints none. */
async function timeToError(node: string, args: string[]): Promise<number> {
  const env = runnerEnv(mkdtempSync(join(scratch, 'run-')));
  const started = performance.now();
  const child = spawn(node, args, { env, cwd: scratch, stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  let errorAt: number | undefined;
  child.stdout.on('data', (d) => {
    output += d;
    if (errorAt === undefined && /^::error::/m.test(output)) errorAt = performance.now() - started;
  });
  const exitAt = await new Promise<number>((done) =>
    child.on('exit', () => done(performance.now() - started)),
  );
  return errorAt ?? exitAt;
}

/** Milliseconds from spawn to the first connection to a stub of its own; then the step is killed. */
async function timeToWork(node: string, entry: Entry): Promise<number> {
  let connected!: () => void;
  const reached = new Promise<void>((done) => (connected = done));
  const server = createServer((socket) => {
    connected();
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const dir = mkdtempSync(join(scratch, 'run-'));
  const env = runnerEnv(dir, workFor(entry.key, (server.address() as AddressInfo).port, dir));
  const started = performance.now();
  // Its own process group, so helm or the builder it started goes down with it.
  const child = spawn(node, [entry.file], {
    env,
    cwd: scratch,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const first = await Promise.race([reached.then(() => performance.now() - started), exited]);
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  await exited;
  server.close();
  if (first === undefined) {
    throw new Error(
      `${entry.key} exited before reaching the stub:\n${output.split('\n').slice(-15).join('\n')}`,
    );
  }
  return first;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
const mb = (bytes: number): string =>
  bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(2)} MB`;

interface Figures {
  bareMs: number;
  entries: Record<string, { firstErrorMs: number; firstWorkMs: number }>;
}
const results: Record<string, Figures> = {};
for (const [runtime, node] of Object.entries(nodeRuntimes)) {
  const bare: number[] = [];
  const error = new Map<Entry, number[]>(entries.map((e) => [e, []]));
  const work = new Map<Entry, number[]>(entries.map((e) => [e, []]));
  // Rounds interleave bare node and every entry, so load on the machine hits them alike.
  for (let round = 0; round < runs; round++) {
    bare.push(await timeToError(node, ['-e', '']));
    for (const entry of entries) {
      error.get(entry)!.push(await timeToError(node, [entry.file]));
      work.get(entry)!.push(await timeToWork(node, entry));
    }
    console.error(`${runtime}: round ${round + 1}/${runs}`);
  }
  results[runtime] = {
    bareMs: median(bare),
    entries: Object.fromEntries(
      entries.map((e) => [e.key, { firstErrorMs: median(error.get(e)!), firstWorkMs: median(work.get(e)!) }]),
    ),
  };
}
rmSync(scratch, { recursive: true, force: true });

const dist = join(root, 'dist');
const sizes = {
  distBytes: sizeOf(dist),
  entries: Object.fromEntries(entries.map((e) => [e.key, statSync(e.file).size])),
};
const lines = [
  `dist/ in total: ${mb(sizes.distBytes)}. ${runs} runs each, medians; × is the ratio to bare \`node -e ''\` in the same rounds.`,
  'First error: no inputs, spawn to the first `::error::` line (to exit for a post step with nothing to do). First work: spawn to the first connection to a loopback stub (kube API, Prometheus, or the builder).',
  '',
];
for (const [runtime, figures] of Object.entries(results)) {
  const version = runtime;
  lines.push(`**${version}** (bare node ${figures.bareMs.toFixed(0)} ms)`, '');
  lines.push('| entry point | file | size | first error | × | first work | × |');
  lines.push('|---|---|---:|---:|---:|---:|---:|');
  for (const entry of entries) {
    const key = entry.key;
    const f = figures.entries[key]!;
    lines.push(
      `| ${key} | ${relative(root, entry.file)} | ${mb(sizes.entries[key]!)} | ${f.firstErrorMs.toFixed(0)} ms | ${(f.firstErrorMs / figures.bareMs).toFixed(2)} | ${f.firstWorkMs.toFixed(0)} ms | ${(f.firstWorkMs / figures.bareMs).toFixed(2)} |`,
    );
  }
  lines.push('');
}
const table = lines.join('\n');
console.log(table);
if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${table}`);
  writeFileSync(
    values.out.replace(/\.md$/, '') + '.json',
    `${JSON.stringify({ runs, sizes, results }, null, 2)}\n`,
  );
}
