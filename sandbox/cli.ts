// `npm run sandbox -- [--scenario FILE ...] [--kube] [--prometheus] [--registry] [--state-dir DIR]`
// `[--gpu-nodes N --gpu-max-nodes M --scale-up-delay D]` (sandbox/kube/README.md): starts the sandbox in the
// foreground, prints and writes its env file, and stops everything on SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { clusterOptions, kubeFlags } from './kube/flags';
import { loadScenario } from './scenario';
import { SANDBOX_PARTS, startSandbox, stopOnSignal, type SandboxPartName } from './start';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', multiple: true, default: ['sandbox/scenarios/healthy-canary.yaml'] },
    'state-dir': { type: 'string', default: '.sandbox' },
    ...kubeFlags,
    ...Object.fromEntries(SANDBOX_PARTS.map((p) => [p, { type: 'boolean' as const }])),
  },
});

const asked = SANDBOX_PARTS.filter((p) => (values as Record<string, unknown>)[p]);
const parts: SandboxPartName[] = asked.length ? asked : [...SANDBOX_PARTS];
const sandbox = await startSandbox({
  scenarios: values.scenario.map(loadScenario),
  parts,
  stateDir: values['state-dir'],
  cluster: clusterOptions(values),
});
for (const [key, value] of Object.entries(sandbox.env)) console.log(`${key}=${value}`);
console.log(`sandbox: ${parts.join(', ')} running; env written to ${sandbox.envFile}; Ctrl-C stops it`);
stopOnSignal(sandbox);
