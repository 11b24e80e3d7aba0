import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { getInputs } from '../../../actions/deploy-canary/inputs';
import { ConfigurationError } from '../../../lib/errors';
import { InputReader } from '../../../lib/inputs';

const work = mkdtempSync(join(tmpdir(), 'deploy-canary-shadow-'));
const chart = join(work, 'chart.tgz');
writeFileSync(chart, '');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const valid = { release: 'mnist', chart, image: 'r/m:v2', weight: '10' };

function read(inputs: Record<string, string>) {
  return getInputs(new InputReader((name) => ({ ...valid, ...inputs })[name] ?? ''));
}

async function problems(inputs: Record<string, string>): Promise<string[]> {
  try {
    await read(inputs);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('deploy-canary mode', () => {
  test('shadow sets the mode and the mirrored share in the values, and a weight of 0', async () => {
    const inputs = await read({ mode: 'shadow', 'mirror-percent': '25', set: 'traffic.method=gateway-api' });
    expect(inputs.weight).toBe(0);
    expect(inputs.userValues).toEqual({
      traffic: { method: 'gateway-api' },
      canary: { mode: 'shadow', mirrorPercent: 25 },
    });
  });

  test('shadow mirrors all of stable by default, at the keys a chart names', async () => {
    const inputs = await read({
      mode: 'shadow',
      'canary-mode-key': 'rollout.kind',
      'mirror-percent-key': 'rollout.copy',
    });
    expect(inputs.userValues).toEqual({ rollout: { kind: 'shadow', copy: 100 } });
  });

  test('weighted after a shadow sets the mode back; without the input the values keep theirs', async () => {
    expect((await read({ mode: 'weighted' })).userValues).toEqual({ canary: { mode: 'weighted' } });
    expect((await read({ mode: 'weighted' })).weight).toBe(10);
    expect((await read({})).userValues).toEqual({});
  });

  test('rejects an unknown mode, a share out of range and a share without shadow, all at once', async () => {
    expect((await problems({ mode: 'dark' })).join('\n')).toMatch(/mode/);
    expect((await problems({ mode: 'shadow', 'mirror-percent': '0' })).join('\n')).toMatch(/mirror-percent/);
    expect(await problems({ 'mirror-percent': '50' })).toContain(
      "input 'mirror-percent' applies to mode: shadow only",
    );
  });
});
