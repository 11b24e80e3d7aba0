import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setOutputs } from '../../lib/action';
import { Cli } from '../../lib/exec';
import { writeSummary } from '../../lib/summary';
import { resolveBuilder, type Builder, type BuiltImage } from './builder';
import { Input, Output } from './constants';
import { daysLeft } from './exceptions';
import { evaluateGate, type GatePolicy, type GateResult } from './gate';
import type { BuildScanInputs } from './inputs';
import { splitTagged } from './reference';
import { mergeReports, parseReport, SEVERITIES, type TrivyReport } from './report';
import { toSarif } from './sarif';
import { buildSummary } from './summary';
import { findOrInstallTrivy, TrivyInstallError } from './trivy-install';
import { Trivy } from './trivy-scan';

const EXPIRY_WARNING_DAYS = 14;

/**
 * Build once, scan those bits, gate, and only then push (scan-before-push), so the digest that comes out
 * is of an image that passed. With `trivy-report` the given report is gated instead of a scan.
 */
export async function run(inputs: BuildScanInputs): Promise<void> {
  const policy: GatePolicy = {
    failOn: inputs.failOn,
    ignoreUnfixed: inputs.ignoreUnfixed,
    exceptions: inputs.exceptions,
  };
  warnExpiringExceptions(inputs);
  const out = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'build-scan-'));
  const gated = inputs.report !== undefined || inputs.scan;
  // Trivy is found (or installed) before building, so a missing scanner never costs a build.
  const trivy = inputs.report === undefined && inputs.scan ? await locateTrivy(inputs) : undefined;
  if (!gated) core.warning(`${Input.Scan}: false: the image is built and pushed without a scan or a gate.`);

  let builder: Builder | undefined;
  let built: BuiltImage | undefined;
  let digest: string | undefined;
  const pushFirst = inputs.push && (!inputs.scanBeforePush || !gated);
  if (inputs.image) {
    builder = await resolveBuilder(inputs.builder, inputs.platforms, out);
    built = await core.group(`Build (${builder.name})`, () =>
      builder!.build(inputs, pushFirst && builder!.name === 'buildx'),
    );
    core.info(`built ${built.id ?? built.digest} as ${built.refs.join(', ')}`);
    digest = built.digest;
    if (pushFirst && !digest) digest = await core.group('Push', () => builder!.push(built!));
  }

  let report = inputs.report;
  const reportFiles: string[] = inputs.trivyReport ? [inputs.trivyReport] : [];
  const sbomFiles: string[] = [];
  if (trivy && built && builder) {
    const scanned = await core.group('Scan (Trivy)', () =>
      scan(trivy, inputs, builder!, built!, digest, out),
    );
    report = mergeReports(scanned.map((s) => s.report));
    reportFiles.push(...scanned.map((s) => s.file));
    if (inputs.sbomFormat !== 'none') {
      for (const [i, s] of scanned.entries()) {
        const file = join(out, `sbom-${i + 1}.${inputs.sbomFormat === 'cyclonedx' ? 'cdx' : 'spdx'}.json`);
        await trivy.convert(s.file, inputs.sbomFormat, file);
        sbomFiles.push(file);
      }
    }
  }

  const gate = report ? evaluateGate(report, policy) : undefined;
  if (gate) logGate(gate, policy);

  let notPushed: string | undefined;
  if (built && builder && inputs.push && !pushFirst) {
    if (gate?.verdict === 'fail') notPushed = 'the gate failed (scan-before-push)';
    else digest = await core.group('Push', () => builder!.push(built!));
  } else if (built && !inputs.push) {
    notPushed = `${Input.Push} is false`;
  }

  let sarifFile: string | undefined;
  if (report && gate && inputs.sarif) {
    sarifFile = join(out, 'trivy.sarif');
    writeFileSync(sarifFile, JSON.stringify(toSarif(report, gate), null, 2));
  }

  const repository = built ? splitTagged(built.refs[0]!)?.name : undefined;
  const image = digest && repository ? `${repository}@${digest}` : undefined;
  setOutputs({
    [Output.Image]: image,
    [Output.Digest]: digest,
    [Output.Tags]: built?.refs.join('\n'),
    [Output.Vulnerabilities]: gate?.vulnerabilities,
    [Output.Secrets]: gate?.secrets,
    [Output.Misconfigurations]: gate?.misconfigurations,
    [Output.Gate]: gate?.verdict ?? 'skipped',
    [Output.GateFailures]: gate?.failures.length,
    [Output.SarifFile]: sarifFile,
    [Output.SbomFile]: sbomFiles.join('\n') || undefined,
    [Output.ReportFile]: reportFiles.join('\n') || undefined,
  });
  await writeSummary((summary) =>
    buildSummary(summary, {
      gate,
      policy,
      source: inputs.trivyReport ?? built?.refs[0] ?? '',
      image: image ?? built?.refs[0],
      pushed: digest !== undefined,
      notPushed,
    }),
  );

  if (gate?.verdict === 'fail') {
    const pushed =
      digest !== undefined ? 'The image was already pushed (scan-before-push: false).' : undefined;
    throw new Error(
      failureMessage(gate, policy, pushed ?? (built && inputs.push ? 'Nothing was pushed.' : '')),
    );
  }
}

async function locateTrivy(inputs: BuildScanInputs): Promise<Trivy> {
  try {
    const found = await findOrInstallTrivy({
      version: inputs.trivyVersion,
      releaseUrl: inputs.trivyReleaseUrl,
      sha256: inputs.trivySha256,
    });
    const trivy = new Trivy(new Cli(found.path));
    core.info(`Trivy ${await trivy.version()} from ${found.from}: ${found.path}`);
    return trivy;
  } catch (error) {
    if (!(error instanceof TrivyInstallError)) throw error;
    throw new Error(
      `Trivy is not on PATH and Trivy ${inputs.trivyVersion} could not be installed: ${error.message}. ` +
        `Nothing was built or pushed. Put trivy on PATH, point '${Input.TrivyReleaseUrl}' at a reachable mirror, ` +
        `give '${Input.TrivyReport}' to gate an existing report, or set '${Input.Scan}: false' to build and push without a gate.`,
    );
  }
}

/** One report per scanned platform: the local image, or each platform of the pushed digest. */
async function scan(
  trivy: Trivy,
  inputs: BuildScanInputs,
  builder: Builder,
  built: BuiltImage,
  digest: string | undefined,
  out: string,
): Promise<Array<{ file: string; report: TrivyReport }>> {
  const database = await trivy.restoreDatabase();
  // Pushed by buildx without loading: each platform is scanned from the registry, by digest.
  const remote = built.id === undefined;
  const ref = remote ? `${splitTagged(built.refs[0]!)!.name}@${digest}` : built.refs[0]!;
  const platforms: Array<string | undefined> =
    remote && inputs.platforms.length ? inputs.platforms : [undefined];
  const scanned: Array<{ file: string; report: TrivyReport }> = [];
  for (const [i, platform] of platforms.entries()) {
    const file = join(out, platforms.length > 1 ? `trivy-${i + 1}.json` : 'trivy.json');
    core.info(`scanning ${ref}${platform ? ` (${platform})` : ''}`);
    await trivy.scan({
      ref,
      imageSource: remote ? 'remote' : builder.imageSource,
      platform,
      output: file,
      scanners: inputs.scanners,
      timeoutMs: inputs.timeoutMs,
      listAllPackages: inputs.sbomFormat !== 'none',
      dbRepository: inputs.dbRepository,
    });
    scanned.push({ file, report: parseReport(readFileSync(file, 'utf8'), file) });
  }
  await trivy.saveDatabase(database);
  return scanned;
}

function logGate(gate: GateResult, policy: GatePolicy): void {
  const counts = SEVERITIES.map((s) => `${s} ${gate.vulnerabilities[s]}`).join(', ');
  core.info(
    `vulnerabilities (unique): ${counts}; secrets ${gate.secrets}; misconfigurations ${gate.misconfigurations}`,
  );
  for (const f of gate.failures.slice(0, 20)) {
    const pkg = f.pkgName ? ` in ${f.pkgName} ${f.installedVersion ?? ''}` : '';
    const fix = f.kind === 'vulnerability' ? ` (fixed in: ${f.fixedVersion ?? 'no fix'})` : '';
    core.info(`  ${f.severity} ${f.id}${pkg}${fix} [${f.targets.join(', ')}]`);
  }
  if (gate.failures.length > 20) core.info(`  … and ${gate.failures.length - 20} more`);
  // Secrets and misconfigurations point at a file and line: annotations (GitHub shows the first ten).
  for (const f of gate.failures
    .filter((x) => x.kind === 'secret' || x.kind === 'misconfiguration')
    .slice(0, 10)) {
    core.error(`${f.severity}: ${f.title ?? f.id}`, {
      title: `${f.kind} ${f.id}`,
      file: f.targets[0],
      startLine: f.startLine,
    });
  }
  for (const { finding, exception } of gate.excepted) {
    core.info(
      `  accepted ${finding.id} (${finding.severity}) until ${exception.expires}: ${exception.reason}`,
    );
  }
  for (const e of gate.unusedExceptions) core.info(`  exception ${e.id} matched nothing in the report`);
  if (gate.suppressed.length)
    core.info(`  ${gate.suppressed.length} finding(s) suppressed by Trivy, not counted`);
  core.info(
    `gate: ${gate.verdict} (fail on ${policy.failOn.join(', ') || 'nothing'}): ${gate.failures.length} failing`,
  );
}

function failureMessage(gate: GateResult, policy: GatePolicy, consequence: string): string {
  const bySeverity = SEVERITIES.map((s) => [s, gate.failures.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const first = gate.failures[0]!;
  const where = first.pkgName
    ? ` in ${first.pkgName} ${first.installedVersion ?? ''}`
    : ` in ${first.targets[0]}`;
  return (
    `Gate failed: ${gate.failures.length} finding(s) at ${policy.failOn.join(', ')} (${bySeverity}), ` +
    `first ${first.id}${where}.${consequence ? ` ${consequence}` : ''}`
  );
}

function warnExpiringExceptions(inputs: BuildScanInputs): void {
  for (const e of inputs.exceptions) {
    const left = daysLeft(e);
    if (left <= EXPIRY_WARNING_DAYS) {
      core.warning(`Exception ${e.id} expires on ${e.expires} (${left} day(s) left): ${e.reason}`, {
        title: 'build-scan exception expiring',
        file: inputs.exceptionsFile,
      });
    }
  }
}
