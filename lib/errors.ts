/** A mistake in what the user gave us (inputs, files): reported as such, never retried. */
export class ConfigurationError extends Error {
  readonly problems: string[];

  constructor(problems: string | string[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.length === 1 ? list[0]! : `${list.length} problems with the inputs:\n- ${list.join('\n- ')}`);
    this.name = 'ConfigurationError';
    this.problems = list;
  }
}

/** A CLI that exited non-zero: carries the command line and the last line of stderr. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    const last = lastLine(stderr);
    super(`${command} ${args[0] ?? ''} failed (exit ${exitCode})${last ? `: ${last}` : ''}`);
    this.name = 'CommandError';
  }
}

export function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
