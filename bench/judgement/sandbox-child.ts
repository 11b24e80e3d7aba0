// The sandbox of the judgement benchmark in its own process, so that the judging of hundreds of releases
// does not hold up the simulated service's answers to Prometheus' scrapes (1 s timeout).
// Usage: tsx sandbox-child.ts SCENARIOS_JSON STATE_DIR [SCRAPE_INTERVAL_MS]. Prints one JSON line {env, startedAt}; stops the
// sandbox on SIGTERM, SIGINT or when its stdin closes (the parent is gone).
import { readFileSync } from 'node:fs';
import type { Scenario } from '../../sandbox/scenario';
import { startSandbox, stopOnSignal } from '../../sandbox/start';

const [file, stateDir, scrape] = process.argv.slice(2);
// Parsed scenarios (durations already in ms), written by the parent: no second parse.
const scenarios = JSON.parse(readFileSync(file!, 'utf8')) as Scenario[];
const startedAt = Date.now();
const sandbox = await startSandbox({
  scenarios,
  parts: ['prometheus'],
  stateDir: stateDir!,
  scrapeIntervalMs: scrape ? Number(scrape) : undefined,
});
stopOnSignal(sandbox, (stop) => process.stdin.on('end', stop));
process.stdin.resume();
process.stdout.write(`${JSON.stringify({ env: sandbox.env, startedAt })}\n`);
