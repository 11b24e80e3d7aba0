// Runs the emulator alone in the foreground: `tsx sandbox/kube/serve.ts [--port N] [--state-dir DIR]`.
import { parseArgs } from 'node:util';
import { startKubeEmulator } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'state-dir': { type: 'string', default: '.sandbox/kube' },
    'ready-delay-ms': { type: 'string' },
  },
});
const emulator = await startKubeEmulator({
  stateDir: values['state-dir']!,
  port: values.port ? Number(values.port) : undefined,
  readyDelayMs: values['ready-delay-ms'] ? Number(values['ready-delay-ms']) : undefined,
});
console.log(`KUBECONFIG=${emulator.kubeconfigPath}`);
console.log(`kube emulator on ${emulator.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void emulator.stop().then(() => process.exit(0)));
}
