import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GithubDeployment, githubRun } from '../../../lib/github-deployment';

interface Request {
  method: string;
  path: string;
  auth?: string;
  body: Record<string, unknown>;
}

let server: Server;
let apiUrl = '';
const requests: Request[] = [];
let refuse = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (d) => (text += d));
    req.on('end', () => {
      requests.push({
        method: req.method!,
        path: req.url!,
        auth: req.headers.authorization,
        body: text ? JSON.parse(text) : {},
      });
      res.setHeader('content-type', 'application/json');
      if (refuse) {
        res.writeHead(403).end(JSON.stringify({ message: 'Resource not accessible by integration' }));
      } else if (req.url!.endsWith('/deployments')) {
        res.writeHead(201).end(JSON.stringify({ id: 42 }));
      } else {
        res.writeHead(201).end(JSON.stringify({ id: 7 }));
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  apiUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

const env = () => ({
  GITHUB_REPOSITORY: 'org/models',
  GITHUB_SHA: 'feedface',
  GITHUB_RUN_ID: '99',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: apiUrl,
});

describe('GitHub Deployments', () => {
  test('run info from the environment', () => {
    expect(githubRun(env())).toEqual({
      apiUrl,
      owner: 'org',
      repo: 'models',
      ref: 'feedface',
      runUrl: 'https://github.com/org/models/actions/runs/99',
    });
    expect(githubRun({})).toBeUndefined();
  });

  test('a deployment with in_progress then success, linked to the run', async () => {
    requests.length = 0;
    const deployment = await GithubDeployment.start(
      'ghs_token',
      {
        environment: 'production',
        task: 'deploy:canary',
        description: 'canary r/m:v2 at 10%',
        payload: { weight: 10 },
        environmentUrl: 'https://models.example.com',
      },
      githubRun(env()),
    );
    expect(deployment?.id).toBe(42);
    await deployment!.status('success', 'canary r/m:v2 at 10%');
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/org/models/deployments',
      'POST /repos/org/models/deployments/42/statuses',
      'POST /repos/org/models/deployments/42/statuses',
    ]);
    expect(requests[0]!.auth).toBe('token ghs_token');
    expect(requests[0]!.body).toMatchObject({
      ref: 'feedface',
      environment: 'production',
      task: 'deploy:canary',
      auto_merge: false,
      required_contexts: [],
      payload: { weight: 10 },
    });
    expect(requests[1]!.body).toMatchObject({
      state: 'in_progress',
      log_url: 'https://github.com/org/models/actions/runs/99',
      environment_url: 'https://models.example.com',
    });
    expect(requests[2]!.body).toMatchObject({ state: 'success' });
  });

  test('GitHub refusing is a warning, not a failure', async () => {
    refuse = true;
    try {
      const deployment = await GithubDeployment.start(
        't',
        { environment: 'e', task: 'rollback', description: 'd', payload: {} },
        githubRun(env()),
      );
      expect(deployment).toBeUndefined();
    } finally {
      refuse = false;
    }
  });
});
