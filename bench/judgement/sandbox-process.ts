import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Scenario } from '../../sandbox/scenario';

export interface SandboxProcess {
  env: Record<string, string>;
  /** Real Date.now() when the child started the simulator: scenario times count from it. */
  startedAt: number;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Starts sandbox-child.ts with these scenarios and resolves once its Prometheus scrapes them. */
export async function startSandboxProcess(
  scenarios: Scenario[],
  stateDir: string,
  /** Real ms between Prometheus' scrapes. */
  scrapeIntervalMs = 1000,
): Promise<SandboxProcess> {
  const file = join(stateDir, 'scenarios.json');
  writeFileSync(file, JSON.stringify(scenarios));
  const child = spawn(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'bench/judgement/sandbox-child.ts'), file, stateDir, String(scrapeIntervalMs)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.once('line', resolve);
      child.once('exit', (code) =>
        reject(new Error(`the sandbox process exited (${code}) before it was ready`)),
      );
      child.once('error', reject);
    });
    const { env, startedAt } = JSON.parse(line) as { env: Record<string, string>; startedAt: number };
    return { env, startedAt, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
