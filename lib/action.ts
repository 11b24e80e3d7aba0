import * as core from '@actions/core';
import { cancellation, listenForCancellation } from './cancellation';
import { ConfigurationError, errorMessage } from './errors';
import { withoutUrlCredentials } from './printable-url';

/**
 * The one error boundary of an action entry: any throw (Error or not) becomes a single failed-step
 * message; configuration mistakes are prefixed so users know nothing was touched. A `cancellable` step
 * stops its work at the runner's cancel signal, reports, and exits without waiting on open connections.
 */
export async function runAction(
  body: () => Promise<void>,
  options: { cancellable?: boolean } = {},
): Promise<void> {
  if (options.cancellable) listenForCancellation();
  try {
    await body();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      core.setFailed(`Invalid configuration, nothing was changed. ${withoutUrlCredentials(error.message)}`);
      return;
    }
    if (error instanceof Error && error.stack) core.debug(withoutUrlCredentials(error.stack));
    core.setFailed(withoutUrlCredentials(errorMessage(error)));
  } finally {
    if (cancellation.aborted) process.exit();
  }
}

export type OutputValue = string | number | boolean | object | undefined;

/** Sets all outputs together, in one log group, so a reader sees them in one place. */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  core.startGroup('Outputs');
  try {
    for (const [name, value] of Object.entries(outputs)) {
      if (value === undefined) continue;
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      core.setOutput(name, text);
      core.info(`${name}=${text.length > 300 ? `${text.slice(0, 300)}…` : text}`);
    }
  } finally {
    core.endGroup();
  }
}
