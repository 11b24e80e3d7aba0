import * as core from '@actions/core';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setOutputs } from '../../lib/action';
import { cancellation, sleepUnlessCancelled } from '../../lib/cancellation';
import { PrometheusClient } from '../../lib/prometheus';
import { writeSummary } from '../../lib/summary';
import { getInputs, type VerifyConfig } from './inputs';
import { resultsJson, summaryMarkdown } from './report';
import { describeBudget, realClock, verify } from './verify';

export async function run(given?: VerifyConfig): Promise<void> {
  const config = given ?? (await getInputs());
  const { plan } = config;
  const client = new PrometheusClient(config.connection);
  const samplesFile = samplesPath();
  writeFileSync(samplesFile, '');

  core.info(`Verifying ${plan.slis.length} SLI(s) against ${config.connection.url}:`);
  for (const sli of plan.slis) core.info(`  ${sli.name}: ${describeBudget(sli, plan.referenceTrack)}`);

  const result = await verify(plan, {
    query: (q, at) => client.query(q, at),
    sampleTimes: (selector) => client.sampleTimes(selector),
    clock: { now: realClock.now, sleep: sleepUnlessCancelled },
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    onSample: (sample) => appendFileSync(samplesFile, `${JSON.stringify(sample)}\n`),
    cancelled: () => cancellation.aborted,
  });

  if (!result.cancelled) core.info(`Verdict: ${result.verdict}: ${result.reason}`);
  // A cancelled verification has no verdict: a step reading it must not take silence for a pass.
  setOutputs({
    verdict: result.cancelled ? undefined : result.verdict,
    reason: result.reason,
    results: resultsJson(plan, result),
    'samples-file': samplesFile,
    queries: client.queries,
  });
  await writeSummary((s) => s.addRaw(summaryMarkdown(plan, result, config.connection.url), true));
  if (result.cancelled) {
    core.setFailed(`verify-slo: ${result.reason}`);
    return;
  }

  const failing =
    result.verdict === 'fail' || (result.verdict === 'inconclusive' && config.onInconclusive === 'fail');
  if (failing && config.failOnBreach) {
    core.setFailed(`verify-slo ${result.verdict}: ${result.reason}`);
  } else if (failing) {
    core.warning(`verify-slo ${result.verdict} (fail-on-breach is false, the step passes): ${result.reason}`);
  } else if (result.verdict === 'inconclusive' && config.onInconclusive === 'pass') {
    core.warning(`verify-slo inconclusive, counted as a pass (on-inconclusive: pass): ${result.reason}`);
  }
}

function samplesPath(): string {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'verify-slo');
  mkdirSync(dir, { recursive: true });
  return join(dir, `samples-${Date.now()}-${process.pid}.jsonl`);
}
