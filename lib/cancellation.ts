/**
 * A cancelled job: the Actions runner sends the step SIGINT, SIGTERM 7.5 s later, and kills its process
 * tree 2.5 s after that. A step that listens stops its work at the first signal (its CLI children are
 * interrupted too, so helm records its revision failed instead of being killed pending), reports, and exits.
 */
const controller = new AbortController();

/** Aborted at the runner's first signal, once `listenForCancellation` was called. */
export const cancellation: AbortSignal = controller.signal;

/** The work stopped because the job was cancelled. */
export class CancelledError extends Error {
  constructor(what: string) {
    super(`The job was cancelled ${what}`);
    this.name = 'CancelledError';
  }
}

let listening = false;

/**
 * Turns the runner's first signal into `cancellation`; the second (SIGTERM) ends the process at once,
 * since the tree is killed 2.5 s later anyway.
 */
export function listenForCancellation(): void {
  if (listening) return;
  listening = true;
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancellation.aborted) process.exit(1);
    controller.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Resolves after `ms`, or at once when the job is cancelled. */
export function sleepUnlessCancelled(ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (cancellation.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      cancellation.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    cancellation.addEventListener('abort', done, { once: true });
  });
}
