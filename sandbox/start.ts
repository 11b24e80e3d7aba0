import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startInferenceService } from './inference/server';
import { scenarioPods, type PodSource } from './inference/simulator';
import type { RunningPart } from './part';
import { startPrometheus } from './prometheus/launch';
import type { Scenario } from './scenario';

export type SandboxPartName = 'prometheus';
export const SANDBOX_PARTS: readonly SandboxPartName[] = ['prometheus'];

export interface SandboxOptions {
  scenarios: Scenario[];
  parts: readonly SandboxPartName[];
  stateDir: string;
}

export interface Sandbox {
  env: Record<string, string>;
  envFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the parts asked for, on free loopback ports, and writes `<stateDir>/env`. On any failure the
 * parts already started are stopped again.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const stateDir = resolve(options.stateDir);
  mkdirSync(stateDir, { recursive: true });
  const running: RunningPart[] = [];
  const stop = async () => {
    for (const part of running.reverse()) await part.stop().catch(() => undefined);
  };
  try {
    if (options.parts.includes('prometheus')) {
      const pods: PodSource = () => options.scenarios.flatMap(scenarioPods);
      const inference = await startInferenceService(options.scenarios, pods);
      running.push(inference);
      running.push(await startPrometheus({ targets: [inference.target], stateDir }));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const env = Object.assign({}, ...running.map((p) => p.env)) as Record<string, string>;
  const envFile = join(stateDir, 'env');
  writeFileSync(
    envFile,
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return { env, envFile, stop };
}
