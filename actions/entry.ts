// The one bundle behind every action.yml `runs.main` and `runs.post`: each of those files is a stub that
// calls start() with its action and step (scripts/package.mjs writes them). A step's code is loaded with
// import(), which ncc splits into chunks, so a step parses only its own code: its inputs first, the
// clients (client-node, octokit, axios, the caches) only once the inputs are valid.
const steps: Record<string, () => Promise<unknown>> = {
  'build-scan main': () => import('./build-scan/index'),
  'deploy-canary main': () => import('./deploy-canary/index'),
  'deploy-canary post': () => import('./deploy-canary/post'),
  'rollback main': () => import('./rollback/index'),
  'verify-slo main': () => import('./verify-slo/index'),
};

export async function start(action: string, step: 'main' | 'post'): Promise<void> {
  const load = steps[`${action} ${step}`];
  if (!load) throw new Error(`the bundle has no ${step} step for action ${action}`);
  await load();
}
