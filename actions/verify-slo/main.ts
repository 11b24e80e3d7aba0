import * as core from '@actions/core';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setOutputs } from '../../lib/action';
import { PrometheusClient } from '../../lib/prometheus';
import { writeSummary } from '../../lib/summary';
import { getInputs, type VerifyConfig } from './inputs';
import { resultsJson, summaryMarkdown } from './report';
import { describeBudget, realClock, verify } from './verify';

export async function run(config: VerifyConfig = getInputs()): Promise<void> {
  const { plan } = config;
  const client = new PrometheusClient(config.connection);
  const samplesFile = samplesPath();
  writeFileSync(samplesFile, '');

  core.info(`Verifying ${plan.slis.length} SLI(s) against ${config.connection.url}:`);
  for (const sli of plan.slis) core.info(`  ${sli.name}: ${describeBudget(sli, plan.referenceTrack)}`);

  const result = await verify(plan, {
    query: (q, at) => client.query(q, at),
    sampleTimes: (selector) => client.sampleTimes(selector),
    clock: realClock,
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    onSample: (sample) => appendFileSync(samplesFile, `${JSON.stringify(sample)}\n`),
  });

  core.info(`Verdict: ${result.verdict}: ${result.reason}`);
  setOutputs({
    verdict: result.verdict,
    reason: result.reason,
    results: resultsJson(plan, result),
    'samples-file': samplesFile,
    queries: client.queries,
  });
  await writeSummary((s) => s.addRaw(summaryMarkdown(plan, result, config.connection.url), true));

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
