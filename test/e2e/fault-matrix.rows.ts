/**
 * The fault matrix: each row is one test per helm major in the group's file (`test/e2e/fault-matrix.test.ts`
 * for `deploy`, `fault-matrix-<group>.test.ts` for the others) and one line of docs/reliability.md.
 */
export type FaultGroup = 'deploy' | 'api' | 'cancel' | 'rbac';

export interface FaultRow {
  id: string;
  group: FaultGroup;
  fault: string;
  /** The safe end state the row asserts. */
  endsIn: string;
}

export const FAULT_ROWS: FaultRow[] = [
  {
    id: 'failing-hook',
    group: 'deploy',
    fault: 'a post-upgrade hook Job fails during a canary step',
    endsIn:
      'deploy-canary fails (helm revision failed); the post step rolls back to the stable revision and says it undid the failed revision; only stable pods serve',
  },
  {
    id: 'rollback-between-steps',
    group: 'deploy',
    fault: 'an on-call engineer rolls back between two pipeline steps',
    endsIn:
      'the next deploy-canary step (canary-revision) refuses, naming the revision and the rollback since; nothing changed, stable serves',
  },
  {
    id: 'pending-other-run',
    group: 'deploy',
    fault: "rollback while another run's helm upgrade is in progress",
    endsIn:
      'rollback refuses, naming the pending operation, its run and its age; history untouched; with force: true it recovers',
  },
  {
    id: 'gpu-scale-up',
    group: 'deploy',
    fault: 'the canary needs a GPU node the autoscaler adds after 90 s',
    endsIn: 'the canary waits with progress lines (TriggeredScaleUp) and passes when the node joins',
  },
  {
    id: 'gpu-pool-max',
    group: 'deploy',
    fault: 'the GPU pool is at its maximum size',
    endsIn:
      "the canary step fails in seconds with the autoscaler's reason (NotTriggerScaleUp: max node group size reached); the post step removes the canary",
  },
  {
    id: 'model-load-5m',
    group: 'deploy',
    fault: 'the canary model loads for 5 minutes before it is Ready',
    endsIn: 'the canary step waits with a progress line every 30 s and passes',
  },
  {
    id: 'api-errors',
    group: 'api',
    fault:
      'after helm upgrade, while a canary loading for 20 s rolls out: 30 % of API requests answered 500 (writes 409), watches cut every 4 s',
    endsIn:
      'the step retries each 500 with a logged line (its reads after helm are no writes, so no 409 reaches it) and passes; stable and canary serve; helm history has no failed revision',
  },
  {
    id: 'api-429',
    group: 'api',
    fault:
      'after helm upgrade, while a canary loading for 15 s rolls out: half the API requests answered 429 with Retry-After: 2 (API Priority and Fairness)',
    endsIn:
      'each refused call waits as Retry-After says, with a logged line, and the canary step passes; stable and canary serve',
  },
  {
    id: 'watch-dropped',
    group: 'api',
    fault: 'the API cuts every watch 2.5 s after it starts while a canary loading for 15 s rolls out',
    endsIn:
      'the rollout watch lists again after each cut, with a logged line, and the canary step passes; stable and canary serve',
  },
  {
    id: 'list-hangs',
    group: 'api',
    fault: 'the list of pods the rollout watch needs never answers (the step has timeout: 10s)',
    endsIn:
      'the canary step fails at its timeout with one line naming the call (list pods: no answer for 10s); the post step rolls back and removes the canary, warning that it cannot confirm the rollout while the list hangs; only stable serves',
  },
  {
    id: 'helm-killed',
    group: 'cancel',
    fault: 'helm is killed (SIGKILL) mid-upgrade: the release is left pending-upgrade',
    endsIn:
      "deploy-canary refuses, naming the pending revision; rollback refuses it as another client's helm that may still run, and recovers it with force: true; stable serves, the killed revision stays on record, the next canary starts",
  },
  {
    id: 'cancel-during-helm',
    group: 'cancel',
    fault:
      'the job is cancelled (SIGINT, as the runner sends) while helm upgrade waits on a 60 s pre-upgrade hook',
    endsIn:
      'deploy-canary interrupts helm, which records its revision failed (nothing is left pending), and fails saying it was cancelled during helm upgrade; the post step undoes the failed revision, saying so in its summary; stable serves',
  },
  {
    id: 'cancel-during-rollout',
    group: 'cancel',
    fault: 'the job is cancelled (SIGINT) while the canary rolls out',
    endsIn:
      'deploy-canary stops at once saying it was cancelled while waiting for the rollout; the post step removes the canary; stable serves',
  },
  {
    id: 'cancel-during-verification',
    group: 'cancel',
    fault: 'the job is cancelled (SIGINT) while verify-slo judges the canary',
    endsIn:
      'verify-slo stops at once with one line (cancelled after n of N samples: no verdict), no verdict output, and its summary so far; the rollback step returns to stable',
  },
  {
    id: 'rbac-least',
    group: 'rbac',
    fault:
      "the actions run with a token of workflows-examples/cluster/rbac.yaml's ServiceAccount (namespace ml) and nothing else",
    endsIn:
      'deploy-canary install, a canary step, its post step (removes the canary), a second canary, promote and rollback (target previous-stable) all succeed with no refusal or warning; verify-slo makes no Kubernetes API call (it reads Prometheus only), so it needs no rule',
  },
  {
    id: 'rbac-no-pods-log',
    group: 'rbac',
    fault: 'the Role lacks pods/log and the canary crash-loops',
    endsIn:
      "the canary step fails for the pod's own reason (CrashLoopBackOff, exit code) with its Events; one warning line says its log could not be read, naming get pods/log in namespace ml and the rule to add; the post step removes the canary; stable serves",
  },
  {
    id: 'rbac-no-watch',
    group: 'rbac',
    fault: 'the Role lacks watch on pods',
    endsIn:
      'the canary step fails at its first watch, not retried, with one line: forbidden: cannot watch pods in namespace ml (add verbs [watch] on resource pods to the Role); the post step rolls the canary back and warns that the rollout of stable could not be confirmed, naming the same rule; stable serves',
  },
  {
    id: 'token-expired',
    group: 'rbac',
    fault: 'the ServiceAccount token has expired',
    endsIn:
      'deploy-canary and rollback fail at their first API call with one line (unauthorized: the token is invalid or expired); the post step has nothing to undo; helm history and pods unchanged',
  },
];
