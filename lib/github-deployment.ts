import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { errorMessage } from './errors';
import { loadUndici } from './lazy/load-undici';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface GithubRun {
  apiUrl: string;
  owner: string;
  repo: string;
  ref: string;
  /** Link from the deployment status to this run. */
  runUrl?: string;
}

/** The repository, commit and run of this job, from the runner's environment. */
export function githubRun(env: NodeJS.ProcessEnv = process.env): GithubRun | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ref = env.GITHUB_SHA ?? '';
  if (!owner || !repo || !ref) return undefined;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    owner,
    repo,
    ref,
    runUrl: env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  };
}

export interface DeploymentRequest {
  environment: string;
  /** `deploy:canary`, `deploy:promote`, `rollback`. */
  task: string;
  description: string;
  payload: Record<string, unknown>;
  environmentUrl?: string;
}

/**
 * A GitHub Deployment and its statuses. The deployment itself is best-effort: a GitHub API failure is a
 * warning, never the reason a rollout fails.
 */
export class GithubDeployment {
  private constructor(
    private readonly octokit: ReturnType<typeof getOctokit>,
    private readonly run: GithubRun,
    readonly id: number,
    private readonly environmentUrl?: string,
  ) {}

  /** Creates the deployment (status in_progress); undefined, with a warning, when GitHub refuses. */
  static async start(
    token: string,
    request: DeploymentRequest,
    run = githubRun(),
  ): Promise<GithubDeployment | undefined> {
    if (!run) {
      core.warning('GITHUB_REPOSITORY or GITHUB_SHA is not set: no GitHub Deployment recorded.');
      return undefined;
    }
    try {
      await loadUndici();
      const octokit = getOctokit(token, { baseUrl: run.apiUrl });
      const created = await octokit.rest.repos.createDeployment({
        owner: run.owner,
        repo: run.repo,
        ref: run.ref,
        environment: request.environment,
        task: request.task,
        description: request.description.slice(0, 140),
        payload: request.payload as { [key: string]: unknown },
        auto_merge: false,
        required_contexts: [],
      });
      if (!('id' in created.data)) {
        core.warning(`GitHub did not create a deployment: ${JSON.stringify(created.data).slice(0, 200)}`);
        return undefined;
      }
      const deployment = new GithubDeployment(octokit, run, created.data.id, request.environmentUrl);
      await deployment.status('in_progress', request.description);
      return deployment;
    } catch (error) {
      core.warning(`Could not create a GitHub Deployment for ${request.environment}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  async status(state: DeploymentState, description: string): Promise<void> {
    try {
      await this.octokit.rest.repos.createDeploymentStatus({
        owner: this.run.owner,
        repo: this.run.repo,
        deployment_id: this.id,
        state,
        description: description.slice(0, 140),
        ...(this.run.runUrl ? { log_url: this.run.runUrl } : {}),
        ...(this.environmentUrl ? { environment_url: this.environmentUrl } : {}),
      });
    } catch (error) {
      core.warning(`Could not set GitHub Deployment ${this.id} to ${state}: ${errorMessage(error)}`);
    }
  }
}
