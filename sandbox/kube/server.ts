import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import YAML from 'yaml';
import { Api, type PatchType } from './api';
import { verbOf, type Authorizer } from './authorizer';
import { FaultInjector, type Faults } from './faults';
import {
  aggregatedDiscovery,
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  serverVersion,
} from './discovery';
import { openApiV3Doc, openApiV3Index } from './openapi';
import { decodeProtobufObject, openApiV2Protobuf, protobufContentType } from './protobuf';
import { apiVersionOf, findResource, type ResourceType } from './resources';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { ApiError, badRequest, gone } from './status';
import type { Store, StoreEvent } from './store';
import { toTable, wantsTable } from './table';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch } from './patch';
import { Tokens, type UserInfo } from './tokens';
import { clone, isObject, type Json, type KObject } from './types';

export type { Faults };

export interface ServerHooks {
  /** Text of a pod's log (kubelet simulation). */
  podLog(pod: KObject, container: string | undefined, previous: boolean): string;
}

interface Route {
  rt: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  watchPath: boolean;
}

const jsonType = 'application/json';
/** The API server's bounds on a TokenRequest's expirationSeconds. */
const MIN_TOKEN_SECONDS = 10 * 60;
const MAX_TOKEN_SECONDS = 2 ** 32;
/** The emulator's own control endpoint for injected faults (not a Kubernetes path). */
export const faultsPath = '/sandbox/faults';

function send(res: ServerResponse, code: number, body: Json, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': jsonType, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, err: ApiError): void {
  const headers: Record<string, string> = {};
  if (err.code === 429) headers['Retry-After'] = String(err.details?.retryAfterSeconds ?? 1);
  send(res, err.code, err.toStatus(), headers);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function decodeBody(body: Buffer, contentType: string): Json {
  if (body.length === 0) return undefined;
  if (contentType.startsWith(protobufContentType)) return decodeProtobufObject(body);
  const text = body.toString('utf8');
  if (contentType.includes('yaml')) {
    try {
      return YAML.parse(text);
    } catch (e) {
      throw badRequest(`error decoding YAML: ${(e as Error).message}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`couldn't get version/kind; json parse error: ${(e as Error).message}`);
  }
}

function scaleOf(rt: ResourceType, o: KObject): Json {
  const sel = o.spec?.selector?.matchLabels ?? {};
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: o.metadata.name,
      namespace: o.metadata.namespace,
      uid: o.metadata.uid,
      resourceVersion: o.metadata.resourceVersion,
      creationTimestamp: o.metadata.creationTimestamp,
    },
    spec: { replicas: o.spec?.replicas ?? 0 },
    status: {
      replicas: o.status?.replicas ?? 0,
      selector: Object.entries(sel)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    },
  };
}

export class KubeServer {
  readonly api: Api;
  private readonly server: Server;
  private readonly openWatches = new Set<ServerResponse>();
  requestLog?: (line: string) => void;
  /** Injected faults; `faults.set()` changes them at runtime. */
  readonly faults: FaultInjector;
  /** Requests a fault keeps unanswered, released when the server closes. */
  private readonly hanging = new Set<ServerResponse>();
  /** Service-account tokens issued through TokenRequest. */
  readonly tokens = new Tokens();
  /** RBAC: with it, every request is authenticated and authorised; without it, everything is allowed. */
  authorizer?: Authorizer;

  constructor(
    readonly store: Store,
    private readonly hooks: ServerHooks,
    faults?: Faults,
  ) {
    this.api = new Api(store);
    this.faults = new FaultInjector(faults);
    this.server = createServer(this.listener);
    this.server.keepAliveTimeout = 60_000;
  }

  private tlsServer?: Server;

  private readonly listener: RequestListener = (req, res) => {
    this.handle(req, res).catch((e: unknown) => {
      const err =
        e instanceof ApiError
          ? e
          : new ApiError(
              500,
              'InternalError',
              `Internal error occurred: ${(e as Error)?.message ?? String(e)}`,
            );
      if (!res.headersSent) sendError(res, err);
      else res.end();
    });
  };

  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        const a = this.server.address();
        resolve(typeof a === 'object' && a ? a.port : port);
      });
    });
  }

  /** Serves the same API over TLS too (for clients that send tokens only over TLS); returns its port. */
  listenTls(port: number, tls: { key: Buffer; cert: Buffer }): Promise<number> {
    const server = createTlsServer({ ...tls, keepAliveTimeout: 60_000 }, this.listener);
    this.tlsServer = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const a = server.address();
        resolve(typeof a === 'object' && a ? a.port : port);
      });
    });
  }

  async close(): Promise<void> {
    for (const w of this.openWatches) w.end();
    for (const h of this.hanging) h.destroy();
    for (const server of [this.server, this.tlsServer]) {
      if (!server) continue;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = req.method ?? 'GET';
    const accept = req.headers.accept ?? '';
    this.requestLog?.(
      `${method} ${url.pathname}${url.search} accept=${accept} content-type=${req.headers['content-type'] ?? ''} ua=${req.headers['user-agent'] ?? ''}`,
    );
    const path = url.pathname.replace(/\/+$/, '') || '/';
    // Any authenticated user may read discovery, OpenAPI and the version (system:discovery).
    const user = this.authorizer ? this.tokens.authenticate(req.headers.authorization) : undefined;

    if (method === 'GET' && this.handleNonResource(path, accept, req, res)) return;

    if (path === faultsPath) return this.faultControl(method, user, req, res);

    const route = this.route(path);
    if (!route) {
      send(
        res,
        404,
        new ApiError(404, 'NotFound', 'the server could not find the requested resource').toStatus(),
      );
      return;
    }
    const verb = verbOf(
      method,
      !!route.name,
      route.watchPath || url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1',
    );
    if (user)
      this.authorizer!.authorize(user, {
        verb,
        apiGroup: route.rt.group,
        resource: route.rt.resource,
        subresource: route.subresource,
        name: route.name,
        namespace: route.namespace,
      });
    if (
      (await this.faults.intercept({ verb, resource: route.rt.resource, path: req.url ?? path })) === 'hang'
    ) {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    const body =
      method === 'GET'
        ? undefined
        : decodeBody(await readBody(req), String(req.headers['content-type'] ?? jsonType));
    await this.handleResource(method, route, url.searchParams, body, req, res);
  }

  /**
   * GET shows the injected faults, PUT replaces them (`{}` or `null` clears them): how a test faults one
   * phase only when the emulator runs in another process. The admin's alone when RBAC is on.
   */
  private async faultControl(
    method: string,
    user: UserInfo | undefined,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    if (user && !user.groups.includes('system:masters'))
      throw new ApiError(
        403,
        'Forbidden',
        `forbidden: User "${user.name}" cannot ${method.toLowerCase()} path "${faultsPath}"`,
      );
    if (method === 'PUT') {
      const body = decodeBody(await readBody(req), jsonType);
      this.faults.set(isObject(body) && Object.keys(body).length ? (body as Faults) : undefined);
    } else if (method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported`);
    send(res, 200, this.faults.current ?? {});
  }

  /** Discovery, version, health and OpenAPI. Returns false when the path is not one of them. */
  private handleNonResource(
    path: string,
    accept: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): boolean {
    const aggregated = /as=APIGroupDiscoveryList/.test(accept)
      ? /v=v2(?!beta)/.test(accept)
        ? 'v2'
        : /v=v2beta1/.test(accept)
          ? 'v2beta1'
          : undefined
      : undefined;
    switch (path) {
      case '/version':
        send(res, 200, serverVersion);
        return true;
      case '/healthz':
      case '/livez':
      case '/readyz':
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('ok');
        return true;
      case '/api':
      case '/apis':
        if (aggregated) {
          send(res, 200, aggregatedDiscovery(path === '/api', aggregated), {
            'Content-Type': `application/json;g=apidiscovery.k8s.io;v=${aggregated};as=APIGroupDiscoveryList`,
          });
        } else
          send(res, 200, path === '/api' ? apiVersions(req.headers.host ?? '127.0.0.1') : apiGroupList());
        return true;
      case '/openapi/v2':
      case '/swagger-2.0.0.pb-v1': {
        if (accept.includes('protobuf') || path !== '/openapi/v2') {
          const pb = openApiV2Protobuf(serverVersion.gitVersion);
          res.writeHead(200, {
            'Content-Type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf',
            'Content-Length': pb.length,
          });
          res.end(pb);
        } else
          send(res, 200, {
            swagger: '2.0',
            info: { title: 'Kubernetes', version: serverVersion.gitVersion },
            paths: {},
            definitions: {},
          });
        return true;
      }
      case '/openapi/v3':
        send(res, 200, openApiV3Index());
        return true;
    }
    if (path.startsWith('/openapi/v3/')) {
      const doc = openApiV3Doc(path.slice('/openapi/v3/'.length));
      if (!doc) return false;
      send(res, 200, doc, {
        'Cache-Control': 'public, immutable',
        Expires: new Date(Date.now() + 365 * 86400_000).toUTCString(),
      });
      return true;
    }
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'api' && parts.length === 2) {
      const list = apiResourceList('', parts[1]!);
      if (!list) return false;
      send(res, 200, list);
      return true;
    }
    if (parts[0] === 'apis' && parts.length === 2) {
      const g = apiGroup(parts[1]!);
      if (!g) return false;
      send(res, 200, g);
      return true;
    }
    if (parts[0] === 'apis' && parts.length === 3) {
      const list = apiResourceList(parts[1]!, parts[2]!);
      if (!list) return false;
      send(res, 200, list);
      return true;
    }
    return false;
  }

  private route(path: string): Route | undefined {
    const parts = path.split('/').filter(Boolean);
    let group: string;
    let version: string;
    let rest: string[];
    if (parts[0] === 'api' && parts.length >= 3) {
      group = '';
      version = parts[1]!;
      rest = parts.slice(2);
    } else if (parts[0] === 'apis' && parts.length >= 4) {
      group = parts[1]!;
      version = parts[2]!;
      rest = parts.slice(3);
    } else return undefined;
    let watchPath = false;
    if (rest[0] === 'watch') {
      watchPath = true;
      rest = rest.slice(1);
    }
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      const rt = findResource(group, version, rest[2]!);
      if (rt?.namespaced) return { rt, namespace: rest[1], name: rest[3], subresource: rest[4], watchPath };
    }
    const rt = findResource(group, version, rest[0] ?? '');
    if (!rt || rest.length > 3) return undefined;
    return { rt, name: rest[1], subresource: rest[2], watchPath };
  }

  private async handleResource(
    method: string,
    route: Route,
    q: URLSearchParams,
    body: Json,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const { rt, namespace: ns, name, subresource } = route;
    const dryRun = q.getAll('dryRun').includes('All');
    const fieldManager =
      q.get('fieldManager') ?? String(req.headers['user-agent'] ?? 'unknown').split('/')[0] ?? 'unknown';
    if (subresource && !rt.subresources.some((s) => s.name === subresource)) {
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    }
    if (!name) {
      if (method === 'GET') {
        if (route.watchPath || q.get('watch') === 'true' || q.get('watch') === '1')
          return this.watch(rt, ns, q, req, res);
        const items = this.api.list(rt, ns, q.get('labelSelector'), q.get('fieldSelector'));
        if (wantsTable(String(req.headers.accept ?? ''))) {
          send(res, 200, toTable(rt, items, String(this.store.resourceVersion), q.get('includeObject')));
          return;
        }
        send(res, 200, {
          kind: rt.listKind,
          apiVersion: apiVersionOf(rt),
          metadata: { resourceVersion: String(this.store.resourceVersion) },
          items,
        });
        return;
      }
      if (method === 'POST') {
        send(res, 201, this.api.create(rt, ns, body, { dryRun, fieldManager }));
        return;
      }
      if (method === 'DELETE') {
        const items = this.api.list(rt, ns, q.get('labelSelector'), q.get('fieldSelector'));
        for (const o of items) this.api.delete(rt, o.metadata.namespace, o.metadata.name!, { dryRun });
        send(res, 200, {
          kind: rt.listKind,
          apiVersion: apiVersionOf(rt),
          metadata: { resourceVersion: String(this.store.resourceVersion) },
          items,
        });
        return;
      }
      throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported on a collection`);
    }

    const ct = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    const patchType: PatchType | undefined = (
      {
        'application/json-patch+json': 'json',
        'application/merge-patch+json': 'merge',
        'application/strategic-merge-patch+json': 'strategic',
        'application/apply-patch+yaml': 'apply',
      } as Record<string, PatchType>
    )[ct];
    if (subresource === 'token') {
      if (method !== 'POST')
        throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported on token`);
      send(res, 201, this.tokenRequest(ns!, name, body));
      return;
    }
    if (subresource === 'scale')
      return this.scale(method, rt, ns, name, body, patchType, res, fieldManager, dryRun);
    if (subresource === 'log') {
      const pod = this.api.get(rt, ns, name);
      let text = this.hooks.podLog(pod, q.get('container') ?? undefined, q.get('previous') === 'true');
      const tail = q.get('tailLines');
      if (tail) {
        const lines = text.split('\n').filter(Boolean);
        text = lines.slice(Math.max(0, lines.length - Number(tail))).join('\n') + (lines.length ? '\n' : '');
      }
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(text);
      return;
    }
    const opts = { dryRun, fieldManager, subresource };
    switch (method) {
      case 'GET': {
        const obj = this.api.get(rt, ns, name);
        if (!subresource && wantsTable(String(req.headers.accept ?? '')))
          send(res, 200, toTable(rt, [obj], obj.metadata.resourceVersion!, q.get('includeObject')));
        else send(res, 200, obj);
        return;
      }
      case 'PUT':
        send(res, 200, this.api.update(rt, ns, name, body, opts));
        return;
      case 'PATCH': {
        const type = patchType;
        if (!type)
          throw new ApiError(
            415,
            'UnsupportedMediaType',
            `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
          );
        if (type === 'strategic' && rt.custom)
          throw new ApiError(
            415,
            'UnsupportedMediaType',
            'strategic merge patch is not supported for custom resources',
          );
        const existed = type === 'apply' && !!this.api.tryGet(rt, ns, name);
        const result = this.api.patch(rt, ns, name, type, body, {
          ...opts,
          force: q.get('force') === 'true',
        });
        send(res, type === 'apply' && !existed ? 201 : 200, result);
        return;
      }
      case 'DELETE': {
        const options = isObject(body) ? body : {};
        const result = this.api.delete(rt, ns, name, {
          propagationPolicy:
            q.get('propagationPolicy') ??
            options.propagationPolicy ??
            (options.orphanDependents ? 'Orphan' : undefined),
          dryRun: dryRun || (Array.isArray(options.dryRun) && options.dryRun.includes('All')),
          preconditions: options.preconditions,
          gracePeriodSeconds:
            q.get('gracePeriodSeconds') !== null
              ? Number(q.get('gracePeriodSeconds'))
              : typeof options.gracePeriodSeconds === 'number'
                ? options.gracePeriodSeconds
                : undefined,
        });
        send(res, 200, result);
        return;
      }
    }
    throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported`);
  }

  /**
   * TokenRequest: a token for the service account, valid for `expirationSeconds` (default 1 h; 10 minutes
   * to 2^32 seconds, as the API server validates it).
   */
  private tokenRequest(ns: string, name: string, body: Json): Json {
    this.api.get(findResource('', 'v1', 'serviceaccounts')!, ns, name);
    const requested = body?.spec?.expirationSeconds;
    const invalid = (why: string) =>
      new ApiError(
        422,
        'Invalid',
        `TokenRequest.authentication.k8s.io "${name}" is invalid: spec.expirationSeconds: Invalid value: ${requested}: ${why}`,
      );
    if (requested !== undefined && requested !== null) {
      const n = Number(requested);
      if (!Number.isInteger(n) || n < MIN_TOKEN_SECONDS)
        throw invalid('may not specify a duration less than 10 minutes');
      if (n > MAX_TOKEN_SECONDS) throw invalid('may not specify a duration larger than 2^32 seconds');
    }
    const seconds = Number(requested ?? 3600);
    const { token, expiresAt } = this.tokens.issue(ns, name, seconds);
    return {
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: {
        name,
        namespace: ns,
        creationTimestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
      spec: {
        audiences: body?.spec?.audiences ?? ['https://kubernetes.default.svc.cluster.local'],
        expirationSeconds: seconds,
        boundObjectRef: body?.spec?.boundObjectRef ?? null,
      },
      status: { token, expirationTimestamp: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    };
  }

  private scale(
    method: string,
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    body: Json,
    patchType: PatchType | undefined,
    res: ServerResponse,
    fieldManager: string,
    dryRun: boolean,
  ): void {
    const obj = this.api.get(rt, ns, name);
    if (method === 'GET') {
      send(res, 200, scaleOf(rt, obj));
      return;
    }
    let scale: Json;
    if (method === 'PUT') scale = body;
    else if (method === 'PATCH') {
      const current = scaleOf(rt, obj);
      if (patchType === 'json') scale = applyJsonPatch(current, body);
      else if (patchType === 'strategic') scale = applyStrategicMergePatch(current, body);
      else scale = applyMergePatch(current, body);
    } else throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported on scale`);
    const replicas = scale?.spec?.replicas;
    if (typeof replicas !== 'number' || replicas < 0)
      throw badRequest('spec.replicas must be a non-negative number');
    const next = clone(obj);
    next.spec.replicas = replicas;
    next.metadata.resourceVersion = scale?.metadata?.resourceVersion ?? obj.metadata.resourceVersion;
    send(res, 200, scaleOf(rt, this.api.update(rt, ns, name, next, { fieldManager, dryRun })));
  }

  private watch(
    rt: ResourceType,
    ns: string | undefined,
    q: URLSearchParams,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const ls = parseLabelSelector(q.get('labelSelector'));
    const fs = parseFieldSelector(q.get('fieldSelector'));
    const matches = (o: KObject | undefined): boolean =>
      !!o && (!ns || !rt.namespaced || o.metadata.namespace === ns) && ls(o.metadata.labels ?? {}) && fs(o);
    const rvParam = q.get('resourceVersion') ?? '';
    const bookmarks = q.get('allowWatchBookmarks') === 'true';
    const initialEvents = q.get('sendInitialEvents') === 'true';
    const timeout = Number(q.get('timeoutSeconds') ?? 1800);

    let backlog: StoreEvent[] | undefined = [];
    if (!initialEvents && rvParam !== '' && rvParam !== '0') {
      backlog = this.store.eventsSince(Number(rvParam));
      if (!backlog) {
        res.writeHead(200, { 'Content-Type': jsonType, 'Transfer-Encoding': 'chunked' });
        const err = gone(`too old resource version: ${rvParam} (${this.store.resourceVersion})`);
        res.end(JSON.stringify({ type: 'ERROR', object: err.toStatus() }) + '\n');
        return;
      }
    }
    res.writeHead(200, {
      'Content-Type': jsonType,
      'Transfer-Encoding': 'chunked',
      'Cache-Control': 'no-cache',
    });
    res.flushHeaders();
    const table = wantsTable(String(req.headers.accept ?? ''));
    const write = (type: string, object: Json): void => {
      const wrapped =
        table && type !== 'BOOKMARK' && type !== 'ERROR'
          ? toTable(rt, [object], object.metadata.resourceVersion, q.get('includeObject'))
          : object;
      res.write(JSON.stringify({ type, object: wrapped }) + '\n');
    };
    const bookmark = (extra?: Record<string, string>): void =>
      write('BOOKMARK', {
        kind: rt.kind,
        apiVersion: apiVersionOf(rt),
        metadata: {
          resourceVersion: String(this.store.resourceVersion),
          ...(extra ? { annotations: extra } : {}),
        },
      });
    const deliver = (e: StoreEvent): void => {
      if (e.rt !== rt) return;
      const now = e.type === 'DELETED' ? false : matches(e.object);
      const before = e.type === 'ADDED' ? false : matches(e.old ?? e.object);
      if (e.type === 'DELETED') {
        if (before) write('DELETED', e.object);
      } else if (now && before) write('MODIFIED', e.object);
      else if (now) write('ADDED', e.object);
      else if (before) write('DELETED', e.object);
    };

    if (rvParam === '' || rvParam === '0' || initialEvents) {
      for (const o of this.store.list(rt, ns)) if (matches(o)) write('ADDED', o);
      if (initialEvents) bookmark({ 'k8s.io/initial-events-end': 'true' });
    } else for (const e of backlog) deliver(e);

    const unsubscribe = this.store.subscribe(deliver);
    const ticker = bookmarks ? setInterval(() => bookmark(), 5_000) : undefined;
    const timer = setTimeout(() => res.end(), timeout * 1000);
    const dropMs = this.faults.dropWatchesAfterMs;
    // An injected fault: the connection is reset mid-stream, as a load balancer's idle cut does.
    const drop = dropMs ? setTimeout(() => res.destroy(), dropMs) : undefined;
    this.openWatches.add(res);
    const done = (): void => {
      unsubscribe();
      if (ticker) clearInterval(ticker);
      clearTimeout(timer);
      if (drop) clearTimeout(drop);
      this.openWatches.delete(res);
    };
    res.on('close', done);
    req.on('close', () => res.end());
  }
}
