import type { BundleRun } from './run-bundle';

/**
 * The secrets found in what a run leaves for people to read: the log (stdout and stderr, without the
 * `::add-mask::` commands that register them), the outputs and the summary. The runner would mask what was
 * registered, but the actions must not print secrets in the first place.
 */
export function leakedSecrets(run: BundleRun, secrets: readonly string[]): string[] {
  const log = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const places = { log, outputs: JSON.stringify(run.outputs), summary: run.summary };
  return secrets.flatMap((secret) =>
    Object.entries(places)
      .filter(([, text]) => text.includes(secret))
      .map(([place]) => `${secret} in the ${place}`),
  );
}

/** The values masked by `::add-mask::` commands in a run's log, decoded. */
export function maskedValues(run: BundleRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) =>
      line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
    );
}
