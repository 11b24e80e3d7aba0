// `npm run demo [-- --scenario NAME|FILE]`: the whole pipeline on the sandbox with the bundled actions, run
// as the Actions runner runs them: build-scan -> deploy-canary 10 % -> verify-slo -> 25 % -> verify-slo ->
// 50 % -> verify-slo -> promote, or rollback on a failed or inconclusive verdict.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';

// Async only: the emulator and the simulated service run in this process and must keep serving.
const run = promisify(execFile);
import { runBundle, repoRoot, type BundleRun } from '../../sandbox/runner';
import { loadScenario } from '../../sandbox/scenario';
import { startSandbox } from '../../sandbox/start';
import { renderForTerminal } from './terminal-summary';

const { values } = parseArgs({
  options: { scenario: { type: 'string', default: 'healthy-canary' } },
});
const scenarioFile = existsSync(values.scenario)
  ? values.scenario
  : join(repoRoot, 'sandbox', 'scenarios', `${values.scenario}.yaml`);
const scenario = loadScenario(scenarioFile);
const tools = join(repoRoot, '.tools', 'k8s-1.31');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

function banner(text: string): void {
  console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(3, 90 - text.length))} (${elapsed()})`);
}

/** Runner workflow commands shown the way the Actions log shows them. */
function showLine(line: string): void {
  if (line.startsWith('::debug::') || line.startsWith('::add-mask::') || line === '::endgroup::') return;
  const command = /^::(error|warning|notice|group)[^:]*::(.*)$/.exec(line);
  if (!command) return console.log(`  ${line}`);
  const [, kind, text] = command;
  const shown = text!.replace(/%0A/g, '\n    ').replace(/%25/g, '%');
  console.log(kind === 'group' ? `  ▸ ${shown}` : `  ${kind!.toUpperCase()}: ${shown}`);
}

async function step(
  title: string,
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
) {
  banner(title);
  const run: BundleRun = await runBundle(action, { inputs, env, onLine: showLine });
  if (run.summary.trim()) {
    console.log('\n  ┌─ job summary');
    console.log(renderForTerminal(run.summary).replace(/^/gm, '  │ '));
  }
  if (run.exitCode !== 0 && run.stderr.trim()) console.log(run.stderr.replace(/^/gm, '  stderr: '));
  console.log(`  └─ ${action} exited ${run.exitCode}`);
  return run;
}

const stateDir = mkdtempSync(join(tmpdir(), 'ml-deploy-demo-'));
const sandbox = await startSandbox({
  scenarios: [scenario],
  parts: ['kube', 'prometheus', 'registry'],
  stateDir,
});
let outcome = 'error';
try {
  banner(`Sandbox for scenario ${scenario.name}: ${scenario.description}`);
  for (const [k, v] of Object.entries(sandbox.env)) console.log(`  ${k}=${v}`);
  const env = {
    ...sandbox.env,
    PATH: [tools, process.env.PATH ?? ''].join(delimiter),
  };
  const { namespace, release } = scenario;
  const repository = `${sandbox.env.REGISTRY}/ml/${release}`;
  const kube = {
    release,
    namespace,
    chart: join(repoRoot, 'charts', 'inference-service'),
    kubeconfig: sandbox.env.KUBECONFIG!,
  };
  const trivy = await whichTrivy();
  const stable = await step(
    'Production runs v1 (first install, as stable)',
    'deploy-canary',
    { ...kube, image: `${repository}:v1` },
    env,
  );
  if (stable.exitCode !== 0) throw new Error('the stable install failed');

  if (!trivy) {
    console.log(
      '\nTrivy is not installed on this machine and its vulnerability database cannot be downloaded here (only the npm and Debian registries are reachable): build-scan builds and pushes with scan: false. With Trivy on PATH it scans and gates.',
    );
  }
  const built = await step(
    'build-scan: build v2, scan, push by digest',
    'build-scan',
    {
      context: join(repoRoot, 'sandbox', 'demo-image'),
      image: repository,
      tags: 'v2',
      push: 'true',
      scan: trivy ? 'true' : 'false',
    },
    env,
  );
  if (built.exitCode !== 0) throw new Error('build-scan failed');
  const canaryImage = `${repository}:v2@${built.outputs.digest}`;

  let verdict = 'pass';
  let reason = '';
  for (const weight of ['10', '25', '50']) {
    const deployed = await step(
      `deploy-canary: ${weight} % to v2`,
      'deploy-canary',
      { ...kube, image: canaryImage, weight },
      env,
    );
    if (deployed.exitCode !== 0) {
      verdict = 'fail';
      reason = `deploy-canary failed at ${weight} %`;
      break;
    }
    const verified = await step(
      `verify-slo at ${weight} %`,
      'verify-slo',
      {
        'prometheus-url': sandbox.env.PROMETHEUS_URL!,
        vars: [`namespace=${namespace}`, `release=${release}`, scenario.verify.vars ?? ''].join('\n'),
        duration: '40s',
        interval: '2s',
        ...Object.fromEntries(Object.entries(scenario.verify).filter(([k]) => k !== 'vars')),
      },
      env,
    );
    verdict = verified.outputs.verdict ?? 'error';
    reason = verified.outputs.reason ?? 'verify-slo did not finish';
    if (verdict !== 'pass') break;
  }

  if (verdict === 'pass') {
    const promoted = await step(
      'deploy-canary: promote v2 to stable',
      'deploy-canary',
      { ...kube, action: 'promote' },
      env,
    );
    outcome = promoted.exitCode === 0 ? 'promoted' : 'promote failed';
  } else {
    const rolled = await step(
      `rollback: ${verdict}`,
      'rollback',
      { release, namespace, kubeconfig: kube.kubeconfig, reason },
      env,
    );
    outcome = rolled.exitCode === 0 ? 'rolled back' : 'rollback failed';
  }

  banner(`helm history ${release}`);
  const history = ['history', release, '-n', namespace, '--kubeconfig', kube.kubeconfig];
  console.log((await run(join(tools, 'helm'), history)).stdout);
  banner(`Result: ${outcome} (verdict ${verdict}: ${reason})`);
} finally {
  await sandbox.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
process.exit(outcome === 'promoted' || outcome === 'rolled back' ? 0 : 1);

async function whichTrivy(): Promise<boolean> {
  try {
    await run('trivy', ['--version']);
    return true;
  } catch {
    return false;
  }
}
