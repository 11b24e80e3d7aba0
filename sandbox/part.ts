/** One running piece of the sandbox (kube emulator, inference service, Prometheus, registry). */
export interface RunningPart {
  name: string;
  /** Lines for `.sandbox/env`, e.g. { PROMETHEUS_URL: 'http://127.0.0.1:41234' }. */
  env: Record<string, string>;
  stop(): Promise<void>;
}
