import { KubeConfig } from '@kubernetes/client-node';
import { createServer, type Server } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { readClusterState } from '../../../lib/canary-verification';
import { KubeAccessError } from '../../../lib/kube-errors';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  server = undefined;
});

/** An API where each list path ending in a key of `codes` answers that status; the rest empty lists. */
async function api(codes: Record<string, number>): Promise<KubeConfig> {
  server = createServer((req, res) => {
    const resource = new URL(req.url!, 'http://x').pathname.split('/').pop()!;
    const code = codes[resource] ?? 200;
    const body =
      code === 200
        ? { kind: 'List', apiVersion: 'v1', metadata: {}, items: [] }
        : {
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            code,
            message:
              code === 403
                ? `${resource} is forbidden: User "system:serviceaccount:ml:ml-deploy" cannot list resource "${resource}" in API group "" in the namespace "ml"`
                : 'the server could not find the requested resource',
          };
    res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [
      {
        name: 'c',
        server: `http://127.0.0.1:${(server!.address() as { port: number }).port}`,
        skipTLSVerify: true,
      },
    ],
    users: [{ name: 'u' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return kc;
}

test('a cluster without the Gateway API has no HTTPRoutes', async () => {
  const state = await readClusterState(await api({ httproutes: 404 }), 'ml', () => {});
  expect(state.httpRoutes).toEqual([]);
  expect(state.services).toEqual([]);
});

test.each(['services', 'ingresses', 'httproutes'])(
  'a Role that may not list %s ends the check in one line naming the rule, not in "no route"',
  async (resource) => {
    const error = await readClusterState(await api({ [resource]: 403 }), 'ml', () => {}).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KubeAccessError);
    expect((error as Error).message).toBe(
      `forbidden: cannot list ${resource} in namespace ml (add verbs [list] on resource ${resource} to the Role)`,
    );
  },
);
