import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stripNulls, type Json } from '../../../sandbox/kube/types';
import { startSandbox, tool, versions, type Sandbox } from './helpers';

// kubectl's generators send their objects as protobuf: what the emulator stores must hold everything
// the same command prints as JSON with --dry-run=client.
const commands: { path: string; args: string[] }[] = [
  {
    path: '/apis/apps/v1/namespaces/default/deployments/gen',
    args: ['create', 'deployment', 'gen', '--image=model:1.0', '--replicas=3', '--port=8080'],
  },
  {
    path: '/api/v1/namespaces/default/services/gen',
    args: ['create', 'service', 'clusterip', 'gen', '--tcp=80:8080', '--tcp=9090:metrics'],
  },
  { path: '/api/v1/namespaces/gen', args: ['create', 'namespace', 'gen'] },
  {
    path: '/api/v1/namespaces/default/configmaps/gen',
    args: ['create', 'configmap', 'gen', '--from-literal=a=1', '--from-literal=b=two'],
  },
  {
    path: '/api/v1/namespaces/default/secrets/gen',
    args: ['create', 'secret', 'generic', 'gen', '--from-literal=token=s3cret'],
  },
  { path: '/api/v1/namespaces/default/serviceaccounts/gen', args: ['create', 'serviceaccount', 'gen'] },
  {
    path: '/api/v1/namespaces/default/pods/gen',
    args: [
      'run',
      'gen',
      '--image=model:1.0',
      '--port=8080',
      '--env=MODE=serve',
      '--labels=app=gen,track=canary',
      '--restart=Never',
      '--',
      'serve',
      '--fast',
    ],
  },
];

function expected(dryRun: Json): Json {
  const out = stripNulls(dryRun);
  delete out.status;
  if (out.metadata) delete out.metadata.creationTimestamp;
  if (out.spec?.template?.metadata) delete out.spec.template.metadata.creationTimestamp;
  if (out.spec?.template?.spec?.containers)
    for (const c of out.spec.template.spec.containers)
      if (Object.keys(c.resources ?? {}).length === 0) delete c.resources;
  for (const c of out.spec?.containers ?? [])
    if (Object.keys(c.resources ?? {}).length === 0) delete c.resources;
  return out;
}

describe.each(versions)('kubectl %s create/run send protobuf the emulator decodes', (version) => {
  const kubectl = tool(version, 'kubectl');
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(async () => {
    await sb?.stop();
  });

  test.each(commands)('$args.0 $args.1 $args.2', async ({ path, args }) => {
    const dryRun = JSON.parse(
      await sb.ok(kubectl, [
        ...args.slice(0, args.indexOf('--') >= 0 ? args.indexOf('--') : args.length),
        '--dry-run=client',
        '-o',
        'json',
        ...(args.includes('--') ? args.slice(args.indexOf('--')) : []),
      ]),
    );
    await sb.ok(kubectl, args);
    const stored = (await sb.api('GET', path)).body;
    expect(stored).toMatchObject(expected(dryRun));
  });
});
