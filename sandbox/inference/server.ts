import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningPart } from '../part';
import type { Scenario } from '../scenario';
import { InferenceSimulator, type PodSource } from './simulator';

const STEP_MS = 250;

export interface InferenceService extends RunningPart {
  /** host:port of /metrics, for Prometheus' scrape config. */
  target: string;
}

/** Serves the simulated pods' metrics on a free loopback port; traffic advances every 250 ms. */
export async function startInferenceService(
  scenarios: Scenario[],
  pods: PodSource,
): Promise<InferenceService> {
  const simulator = new InferenceSimulator(scenarios, pods);
  const timer = setInterval(() => simulator.step(), STEP_MS);
  const server = createServer((req, res) => {
    if (req.url === '/metrics') {
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
      res.end(simulator.render());
    } else {
      res.writeHead(req.url === '/healthz' ? 200 : 404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const target = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    name: 'inference',
    target,
    env: { INFERENCE_METRICS_URL: `http://${target}/metrics` },
    stop: async () => {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
