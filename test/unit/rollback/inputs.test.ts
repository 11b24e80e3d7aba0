import { describe, expect, test } from 'vitest';
import { getInputs } from '../../../actions/rollback/inputs';
import { ConfigurationError } from '../../../lib/errors';
import { InputReader } from '../../../lib/inputs';

const read = (inputs: Record<string, string>) => getInputs(new InputReader((name) => inputs[name] ?? ''));

describe('rollback inputs', () => {
  test('defaults', async () => {
    expect(await read({ release: 'mnist' })).toMatchObject({
      release: 'mnist',
      namespace: 'default',
      toRevision: undefined,
      kubeconfig: { kind: 'default' },
      timeoutMs: 1_200_000,
      readinessTimeoutMs: 900_000,
      unschedulableTimeoutMs: 600_000,
      environment: 'mnist',
    });
  });

  test('to-revision and reason', async () => {
    expect(await read({ release: 'mnist', 'to-revision': '3', reason: 'error rate 4% > 1%' })).toMatchObject({
      toRevision: 3,
      reason: 'error rate 4% > 1%',
    });
  });

  test('every problem at once', async () => {
    try {
      await read({
        release: '',
        namespace: 'a_b',
        'to-revision': '0',
        timeout: 'soon',
        kubeconfig: 'apiVersion: v1\nkind: Config\n',
      });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      const text = error.problems.join('\n');
      for (const input of ['release', 'namespace', 'to-revision', 'timeout', 'kubeconfig'])
        expect(text).toContain(input);
      expect(error.problems).toHaveLength(5);
    }
  });
});
