/** The fault matrix: each row is one test in fault-matrix.test.ts and one line of docs/reliability.md. */
export interface FaultRow {
  id: string;
  fault: string;
  /** The safe end state the row asserts. */
  endsIn: string;
}

export const FAULT_ROWS: FaultRow[] = [
  {
    id: 'failing-hook',
    fault: 'a post-upgrade hook Job fails during a canary step',
    endsIn:
      'deploy-canary fails (helm revision failed); the post step rolls back to the stable revision and says it undid the failed revision; only stable pods serve',
  },
  {
    id: 'rollback-between-steps',
    fault: 'an on-call engineer rolls back between two pipeline steps',
    endsIn:
      'the next deploy-canary step (canary-revision) refuses, naming the revision and the rollback since; nothing changed, stable serves',
  },
  {
    id: 'pending-other-run',
    fault: "rollback while another run's helm upgrade is in progress",
    endsIn:
      'rollback refuses, naming the pending operation, its run and its age; history untouched; with force: true it recovers',
  },
  {
    id: 'gpu-scale-up',
    fault: 'the canary needs a GPU node the autoscaler adds after 90 s',
    endsIn: 'the canary waits with progress lines (TriggeredScaleUp) and passes when the node joins',
  },
  {
    id: 'gpu-pool-max',
    fault: 'the GPU pool is at its maximum size',
    endsIn:
      "the canary step fails in seconds with the autoscaler's reason (NotTriggerScaleUp: max node group size reached); the post step removes the canary",
  },
  {
    id: 'model-load-5m',
    fault: 'the canary model loads for 5 minutes before it is Ready',
    endsIn: 'the canary step waits with a progress line every 30 s and passes',
  },
];
