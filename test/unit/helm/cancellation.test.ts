import { describe, expect, it } from 'vitest';
import { cancellation, CancelledError, listenForCancellation } from '../../../lib/cancellation';
import { runWithDeadline } from '../../../lib/deadline';

describe('cancellation', () => {
  it('interrupts a running CLI at the runner’s SIGINT, lets it write its state, and reports the cancel', async () => {
    listenForCancellation();
    // Stands in for helm: on SIGINT it records its revision failed (a line on stderr) and exits 1.
    const script =
      "process.on('SIGINT', () => { console.error('Error: UPGRADE FAILED: context canceled'); process.exit(1); });" +
      "console.log('waiting'); setTimeout(() => undefined, 60000);";
    const running = runWithDeadline(process.execPath, ['-e', script], {
      env: process.env as Record<string, string>,
      silent: true,
      timeoutMs: 60_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    process.emit('SIGINT', 'SIGINT');
    expect(cancellation.aborted).toBe(true);
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as Error).message).toBe(
      `The job was cancelled during ${process.execPath} -e (stopped: Error: UPGRADE FAILED: context canceled)`,
    );
    // After the cancel, no further CLI is started.
    await expect(
      runWithDeadline(process.execPath, ['-e', ''], { env: {}, silent: true, timeoutMs: 1_000 }),
    ).rejects.toThrow(`The job was cancelled before ${process.execPath} -e`);
  });
});
