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
