/** Input and output names, shared by the code, action.yml's test and the tests. */
export const Input = {
  Image: 'image',
  Tags: 'tags',
  Context: 'context',
  Dockerfile: 'dockerfile',
  BuildArgs: 'build-args',
  Secrets: 'secrets',
  SecretFiles: 'secret-files',
  Labels: 'labels',
  Platforms: 'platforms',
  Target: 'target',
  CacheFrom: 'cache-from',
  CacheTo: 'cache-to',
  Builder: 'builder',
  Push: 'push',
  ScanBeforePush: 'scan-before-push',
  Scan: 'scan',
  TrivyVersion: 'trivy-version',
  TrivyReleaseUrl: 'trivy-release-url',
  TrivySha256: 'trivy-sha256',
  DbRepository: 'db-repository',
  FailOn: 'fail-on',
  IgnoreUnfixed: 'ignore-unfixed',
  Scanners: 'scanners',
  Exceptions: 'exceptions',
  TrivyReport: 'trivy-report',
  Sarif: 'sarif',
  SbomFormat: 'sbom-format',
  Timeout: 'timeout',
} as const;

export const Output = {
  Image: 'image',
  Digest: 'digest',
  Tags: 'tags',
  Vulnerabilities: 'vulnerabilities',
  Secrets: 'secrets',
  Misconfigurations: 'misconfigurations',
  Gate: 'gate',
  GateFailures: 'gate-failures',
  SarifFile: 'sarif-file',
  SbomFile: 'sbom-file',
  ReportFile: 'report-file',
} as const;

/** Defaults, the same as action.yml's (a test holds them together). */
export const Defaults = {
  [Input.Context]: '.',
  [Input.Builder]: 'auto',
  [Input.Push]: 'true',
  [Input.ScanBeforePush]: 'true',
  [Input.Scan]: 'true',
  [Input.TrivyVersion]: '0.67.2',
  [Input.TrivyReleaseUrl]: 'https://github.com/aquasecurity/trivy/releases/download',
  [Input.FailOn]: 'CRITICAL,HIGH',
  [Input.IgnoreUnfixed]: 'false',
  [Input.Scanners]: 'vuln,secret',
  [Input.Sarif]: 'true',
  [Input.SbomFormat]: 'none',
  [Input.Timeout]: '10m',
} as const;

export const BUILDERS = ['auto', 'buildx', 'docker', 'podman'] as const;
export type BuilderName = (typeof BUILDERS)[number];
export const SCANNERS = ['vuln', 'secret', 'misconfig', 'license'] as const;
export const SBOM_FORMATS = ['none', 'cyclonedx', 'spdx-json'] as const;
