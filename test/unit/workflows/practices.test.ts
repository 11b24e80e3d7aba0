import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  concurrencyFindings,
  loadReusableWorkflows,
  permissionFindings,
  pinFindings,
  readWorkflow,
  workflowFiles,
} from '../../helpers/workflow-checks';

const files = workflowFiles();
const ownWorkflows = new Set(loadReusableWorkflows(files).keys());

describe.each(files)('%s', (file) => {
  const source = readWorkflow(file);
  const workflow: unknown = parse(source);

  it('pins every third-party action to a commit SHA, with the version in a comment', () => {
    expect(pinFindings(source, file, ownWorkflows)).toEqual([]);
  });

  it('grants nothing by default and each job only the permissions it uses', () => {
    expect(permissionFindings(workflow)).toEqual([]);
  });

  it('queues, never cancels, jobs that change a release', () => {
    expect(concurrencyFindings(workflow)).toEqual([]);
  });
});

describe('pin check', () => {
  it('reports a tag, a short SHA, a SHA without its version and an unpinned docker image', () => {
    const source = `jobs:
  a:
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@11bd719
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: 'docker://alpine:3.20'
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: org/ml-deploy/actions/verify-slo@v1
      - uses: ./local-action
  b:
    uses: org/.github/.github/workflows/reusable-canary.yml@main
  c:
    uses: other/repo/.github/workflows/deploy.yml@main
`;
    expect(pinFindings(source, 'bad.yml', new Set(['reusable-canary.yml']))).toEqual([
      { at: 'bad.yml:4', message: 'actions/checkout@v4 is not pinned to a full commit SHA' },
      { at: 'bad.yml:5', message: 'actions/checkout@11bd719 is not pinned to a full commit SHA' },
      {
        at: 'bad.yml:6',
        message:
          'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 has no "# v<version>" comment naming the release it pins',
      },
      { at: 'bad.yml:7', message: 'docker://alpine:3.20 is not pinned to a digest' },
      {
        at: 'bad.yml:14',
        message: 'other/repo/.github/workflows/deploy.yml@main is not pinned to a full commit SHA',
      },
    ]);
  });
});

describe('permission check', () => {
  it('reports default permissions, a job without any, write-all, unused deployments and id-token scopes', () => {
    const workflow = parse(`on: push
jobs:
  none:
    runs-on: ubuntu-latest
    steps: [{ run: echo }]
  all:
    runs-on: ubuntu-latest
    permissions: write-all
    steps: [{ run: echo }]
  unused:
    runs-on: ubuntu-latest
    permissions: { contents: read, deployments: write, id-token: write }
    steps: [{ run: echo }]
  missing:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: org/ml-deploy/actions/rollback@v1
        with: { release: model-server, github-token: '\${{ github.token }}' }
`);
    expect(permissionFindings(workflow).map((f) => f.at)).toEqual([
      'permissions',
      'jobs.none.permissions',
      'jobs.all.permissions',
      'jobs.unused.permissions.deployments',
      'jobs.unused.permissions.id-token',
      'jobs.missing.permissions',
    ]);
  });
});

describe('concurrency check', () => {
  it('reports a deploying job without a group and one that cancels in progress', () => {
    const workflow = parse(`on: push
jobs:
  free:
    runs-on: ubuntu-latest
    steps:
      - uses: org/ml-deploy/actions/deploy-canary@v1
  cancelling:
    runs-on: ubuntu-latest
    concurrency: { group: canary, cancel-in-progress: true }
    steps:
      - uses: org/ml-deploy/actions/rollback@v1
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: org/ml-deploy/actions/build-scan@v1
`);
    expect(concurrencyFindings(workflow)).toEqual([
      { at: 'jobs.free.concurrency', message: expect.stringMatching(/no concurrency group/) },
      {
        at: 'jobs.cancelling.concurrency',
        message: expect.stringMatching(/cancel-in-progress must be false/),
      },
    ]);
  });

  it('accepts a group given as a plain string, which queues by default', () => {
    const workflow = parse(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    concurrency: canary-model-server
    steps:
      - uses: org/ml-deploy/actions/rollback@v1
`);
    expect(concurrencyFindings(workflow)).toEqual([]);
  });

  it('accepts a workflow-level group that queues', () => {
    const workflow = parse(`on: push
concurrency: { group: canary-model-server, cancel-in-progress: false }
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: org/ml-deploy/actions/deploy-canary@v1
`);
    expect(concurrencyFindings(workflow)).toEqual([]);
  });
});
