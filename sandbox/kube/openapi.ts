import { createHash } from 'node:crypto';
import { groups, resourceTypes, type ResourceType } from './resources';
import type { Json } from './types';

/**
 * OpenAPI v3 as far as kubectl and helm use it: one document per group-version whose PATCH operations
 * carry x-kubernetes-group-version-kind and a fieldValidation query parameter, so clients leave schema
 * validation to the server (fieldValidation=Strict) instead of validating against a v2 schema. The PATCH
 * bodies listed leave out strategic merge patch on purpose: kubectl then computes its strategic merge
 * patches from its compiled-in types (as it does for a server without v3 schemas).
 */
function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

const queryParams = ['dryRun', 'fieldManager', 'fieldValidation', 'force', 'pretty'].map((name) => ({
  name,
  in: 'query',
  schema: { type: name === 'force' ? 'boolean' : 'string', uniqueItems: true },
}));

function schemaName(r: ResourceType): string {
  return `${r.group || 'core'}.${r.version}.${r.kind}`;
}

function gvDoc(group: string, version: string): Json {
  const paths: Json = {};
  const schemas: Json = {};
  for (const r of resourceTypes.filter((x) => x.group === group && x.version === version)) {
    const gvk = [{ group, version, kind: r.kind }];
    const ref = { $ref: `#/components/schemas/${schemaName(r)}` };
    const body = (types: string[]): Json => ({
      content: Object.fromEntries(types.map((t) => [t, { schema: ref }])),
      required: true,
    });
    const ok = { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } };
    const prefix = `/${gvPath(group, version)}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.resource}`;
    paths[prefix] = {
      get: {
        operationId: `list${r.kind}`,
        'x-kubernetes-action': 'list',
        'x-kubernetes-group-version-kind': gvk[0],
        responses: ok,
      },
      post: {
        operationId: `create${r.kind}`,
        'x-kubernetes-action': 'post',
        'x-kubernetes-group-version-kind': gvk[0],
        parameters: queryParams,
        requestBody: body(['application/json', 'application/yaml']),
        responses: ok,
      },
    };
    paths[`${prefix}/{name}`] = {
      get: {
        operationId: `read${r.kind}`,
        'x-kubernetes-action': 'get',
        'x-kubernetes-group-version-kind': gvk[0],
        responses: ok,
      },
      put: {
        operationId: `replace${r.kind}`,
        'x-kubernetes-action': 'put',
        'x-kubernetes-group-version-kind': gvk[0],
        parameters: queryParams,
        requestBody: body(['application/json', 'application/yaml']),
        responses: ok,
      },
      patch: {
        operationId: `patch${r.kind}`,
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': gvk[0],
        parameters: queryParams,
        requestBody: body([
          'application/json-patch+json',
          'application/merge-patch+json',
          'application/apply-patch+yaml',
        ]),
        responses: ok,
      },
      delete: {
        operationId: `delete${r.kind}`,
        'x-kubernetes-action': 'delete',
        'x-kubernetes-group-version-kind': gvk[0],
        responses: ok,
      },
    };
    schemas[schemaName(r)] = {
      type: 'object',
      description: `${r.kind} (the emulator does not publish field schemas)`,
      'x-kubernetes-group-version-kind': gvk,
      'x-kubernetes-preserve-unknown-fields': true,
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.33.0' },
    paths,
    components: { schemas },
  };
}

const docs = new Map<string, { body: string; hash: string }>();
for (const g of groups()) {
  for (const v of g.versions) {
    const body = JSON.stringify(gvDoc(g.name, v));
    docs.set(gvPath(g.name, v), {
      body,
      hash: createHash('sha512').update(body).digest('hex').slice(0, 128).toUpperCase(),
    });
  }
}

export function openApiV3Index(): Json {
  return {
    paths: Object.fromEntries(
      [...docs].map(([p, d]) => [p, { serverRelativeURL: `/openapi/v3/${p}?hash=${d.hash}` }]),
    ),
  };
}

/** The v3 document of `path` ("api/v1", "apis/apps/v1"), as JSON text. */
export function openApiV3Doc(path: string): string | undefined {
  return docs.get(path)?.body;
}
