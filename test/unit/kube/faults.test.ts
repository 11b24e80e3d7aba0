import { describe, expect, test } from 'vitest';
import { FaultInjector } from '../../../sandbox/kube/faults';

describe('fault injection', () => {
  test('nothing without faults; hangs by resource and verb; errors by resource, 409 on writes only', async () => {
    const f = new FaultInjector(undefined);
    expect(await f.intercept({ verb: 'list', resource: 'pods', path: '/api/v1/pods' })).toBe('serve');
    f.set({ hang: [{ resource: 'pods', verb: 'list' }] });
    expect(await f.intercept({ verb: 'list', resource: 'pods', path: '/api/v1/pods' })).toBe('hang');
    expect(await f.intercept({ verb: 'get', resource: 'pods', path: '/api/v1/pods/x' })).toBe('serve');
    f.set({ rate: 1, codes: [409], resources: ['deployments'] });
    expect(await f.intercept({ verb: 'get', resource: 'deployments', path: '' })).toBe('serve');
    await expect(f.intercept({ verb: 'patch', resource: 'deployments', path: '' })).rejects.toMatchObject({
      code: 409,
    });
    expect(await f.intercept({ verb: 'patch', resource: 'pods', path: '' })).toBe('serve');
    f.set({ rate: 1, codes: [429], retryAfterSeconds: 7 });
    await expect(f.intercept({ verb: 'list', resource: 'pods', path: '' })).rejects.toMatchObject({
      code: 429,
      details: { retryAfterSeconds: 7 },
    });
    f.set(undefined);
    expect(f.current).toBeUndefined();
  });
});
