import { isAborted } from './deadline';

/**
 * 401 and 403 answers of the Kubernetes API, read from client-node errors and from helm's stderr, as one
 * line a person can act on: what was refused and which rule to add. Neither is worth retrying.
 */

/** What a request tried to do, to name it when the answer does not. */
export interface KubeRequest {
  verb: string;
  /** `pods`, `pods/log`, `deployments`. */
  resource: string;
  namespace: string;
}

export class KubeAccessError extends Error {
  constructor(
    readonly code: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'KubeAccessError';
  }
}

// `pods is forbidden: User "system:serviceaccount:ml:deployer" cannot watch resource "pods" in API group "" in the namespace "ml"`
const FORBIDDEN =
  /User "([^"]*)" cannot (\w+) resource "([^"]+)"(?: in API group "([^"]*)")?(?: in the namespace "([^"]+)")?/;
const UNAUTHORIZED = /\bUnauthorized\b|provide credentials|token (?:has )?expired|invalid bearer token/i;

export function forbiddenLine(request: KubeRequest, user?: string, apiGroup?: string): string {
  const group = apiGroup ? ` in API group ${apiGroup}` : '';
  return (
    `forbidden: ${user ? `${user} ` : ''}cannot ${request.verb} ${request.resource}${group} in namespace ${request.namespace} ` +
    `(add verbs [${request.verb}] on resource ${request.resource}${apiGroup ? ` (apiGroups [${apiGroup}])` : ''} to the Role)`
  );
}

export function unauthorizedLine(request: KubeRequest): string {
  return (
    `unauthorized: the cluster rejected the credentials when trying to ${request.verb} ${request.resource} in namespace ${request.namespace} ` +
    `(the token is invalid or expired: give a fresh kubeconfig or token)`
  );
}

/** The refusal a message from the API server (or helm quoting it) describes, if it is one. */
export function accessErrorFromText(text: string, fallback: KubeRequest): KubeAccessError | undefined {
  const m = FORBIDDEN.exec(text);
  if (m) {
    const request = { verb: m[2]!, resource: m[3]!, namespace: m[5] ?? fallback.namespace };
    return new KubeAccessError(403, forbiddenLine(request, undefined, m[4] || undefined));
  }
  if (/\bforbidden\b/i.test(text)) return new KubeAccessError(403, forbiddenLine(fallback));
  if (UNAUTHORIZED.test(text)) return new KubeAccessError(401, unauthorizedLine(fallback));
  return undefined;
}

/** The HTTP status of a client-node error: ApiException's `code`, a watch error's `statusCode`. */
export function statusOf(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown } | undefined;
  if (typeof e?.code === 'number') return e.code;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  return undefined;
}

function statusMessage(error: unknown): string {
  const body = (error as { body?: unknown } | undefined)?.body;
  if (typeof body === 'string') {
    try {
      return String((JSON.parse(body) as { message?: unknown }).message ?? body);
    } catch {
      return body;
    }
  }
  if (body && typeof body === 'object') return String((body as { message?: unknown }).message ?? '');
  return '';
}

/** A 401/403 from client-node as one line; undefined for any other error. */
export function kubeAccessError(error: unknown, request: KubeRequest): KubeAccessError | undefined {
  const status = statusOf(error);
  if (status !== 401 && status !== 403) return undefined;
  const message = statusMessage(error);
  if (status === 401) return new KubeAccessError(401, unauthorizedLine(request));
  return accessErrorFromText(message, request) ?? new KubeAccessError(403, forbiddenLine(request));
}

/** Seconds a 429 (or 503) asks us to wait, from its Retry-After header. */
export function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { headers?: Record<string, string> } | undefined)?.headers;
  const value = headers?.['retry-after'] ?? headers?.['Retry-After'];
  const seconds = Number(value);
  return value !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Whether waiting may help: a 5xx or 429 answer, or none at all (no answer in time, a dropped connection).
 * Any other status (403, 404, 422...) says the same on the next attempt.
 */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status === 429 || status >= 500;
}

/** A client-node error in one line (`500 Internal error occurred`), not its multi-line HTTP dump. */
export function apiErrorLine(error: unknown): string {
  if (isAborted(error)) return 'no answer within its deadline';
  const status = statusOf(error);
  // A watch's error carries the status text only; an ApiException's own message is the dump.
  const own = error instanceof Error && !error.message.includes('\n') ? error.message : '';
  const message = statusMessage(error) || own;
  if (status !== undefined) return `${status}${message ? ` ${message}` : ''}`;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!;
}

// client-go's wording of 5xx and 429 answers and of a connection that failed, as helm prints them.
const TRANSIENT_TEXT =
  /Internal error occurred|an error on the server .* has prevented the request from succeeding|the server is currently unable to handle the request|the server was unable to return a response in the time allotted|too many requests|connection reset by peer|i\/o timeout|TLS handshake timeout|unexpected EOF|http2: client connection lost/i;

/** Whether a CLI's error output (helm, kubectl) reports an API failure that waiting may cure. */
export function isTransientText(text: string): boolean {
  return TRANSIENT_TEXT.test(text);
}
