import { ApiError } from './status';

/** A request that never gets an answer: every field given must match. */
export interface Hang {
  /** Resource (plural, as in URLs: `pods`, `deployments`). */
  resource?: string;
  /** `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`... */
  verb?: string;
  /** A substring of the path and query. */
  path?: string;
}

export interface Faults {
  /** Share (0–1) of resource requests answered by one of `codes` instead. */
  rate?: number;
  /** 409 Conflict (writes only), 429 TooManyRequests (with Retry-After), 500 InternalError. */
  codes?: number[];
  /** Only these resources get error answers (all when absent). */
  resources?: string[];
  /** The Retry-After of a 429 (default 1 s). */
  retryAfterSeconds?: number;
  /** Every resource request first waits this long. */
  latencyMs?: number;
  /** Open watches are cut (the connection reset) this long after they start. */
  dropWatchesAfterMs?: number;
  /** Requests that are never answered (until the client gives up or the emulator stops). */
  hang?: Hang[];
}

export interface RequestFacts {
  verb: string;
  resource: string;
  path: string;
}

const writeVerbs = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);

/**
 * Injected faults, changeable at runtime so a test can fault one phase only: errors in a given share,
 * latency, requests that hang, watches that are cut.
 */
export class FaultInjector {
  constructor(private faults: Faults | undefined) {}

  get current(): Faults | undefined {
    return this.faults;
  }

  set(faults: Faults | undefined): void {
    this.faults = faults;
  }

  get dropWatchesAfterMs(): number | undefined {
    return this.faults?.dropWatchesAfterMs;
  }

  /**
   * Decides the fate of one resource request: after the latency, 'hang' when it is never to be answered;
   * throws the injected error; otherwise it goes on.
   */
  async intercept(r: RequestFacts): Promise<'hang' | 'serve'> {
    const f = this.faults;
    if (!f) return 'serve';
    if (f.latencyMs) await new Promise((resolve) => setTimeout(resolve, f.latencyMs));
    const hangs = (h: Hang): boolean =>
      (!h.resource || h.resource === r.resource) &&
      (!h.verb || h.verb === r.verb) &&
      (!h.path || r.path.includes(h.path));
    if ((f.hang ?? []).some(hangs)) return 'hang';
    if (f.resources && !f.resources.includes(r.resource)) return 'serve';
    const codes = (f.codes ?? []).filter((c) => c !== 409 || writeVerbs.has(r.verb));
    if (!codes.length || Math.random() >= (f.rate ?? 0)) return 'serve';
    const code = codes[Math.floor(Math.random() * codes.length)]!;
    if (code === 409)
      throw new ApiError(
        409,
        'Conflict',
        'Operation cannot be fulfilled: the object has been modified (injected fault)',
      );
    if (code === 429)
      throw new ApiError(
        429,
        'TooManyRequests',
        'Too many requests, please try again later (injected fault)',
        {
          retryAfterSeconds: f.retryAfterSeconds ?? 1,
        },
      );
    throw new ApiError(500, 'InternalError', 'Internal error occurred (injected fault)');
  }
}
