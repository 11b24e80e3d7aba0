import { byKind } from './resources';
import { ApiError } from './status';
import type { Store } from './store';
import type { UserInfo } from './tokens';
import type { Json, KObject } from './types';

/** What a request does, in the terms RBAC rules are written in. */
export interface RequestAttributes {
  verb: string;
  apiGroup: string;
  resource: string;
  subresource?: string;
  name?: string;
  namespace?: string;
}

/** The verb of a resource request, as the API server derives it from the method and path. */
export function verbOf(method: string, named: boolean, watch: boolean): string {
  if (watch) return 'watch';
  switch (method) {
    case 'GET':
    case 'HEAD':
      return named ? 'get' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return named ? 'delete' : 'deletecollection';
  }
  return method.toLowerCase();
}

function ruleAllows(rule: Json, a: RequestAttributes): boolean {
  const has = (list: unknown, value: string): boolean =>
    Array.isArray(list) && (list.includes('*') || list.includes(value));
  if (!has(rule.verbs, a.verb) || !has(rule.apiGroups, a.apiGroup)) return false;
  const resources: string[] = Array.isArray(rule.resources) ? rule.resources : [];
  const resourceOk = a.subresource
    ? resources.some((r) => r === '*' || r === `${a.resource}/${a.subresource}` || r === `*/${a.subresource}`)
    : resources.some((r) => r === '*' || r === a.resource);
  if (!resourceOk) return false;
  const names: string[] = Array.isArray(rule.resourceNames) ? rule.resourceNames : [];
  return names.length === 0 || (!!a.name && names.includes(a.name));
}

function subjectMatches(subject: Json, user: UserInfo, bindingNamespace?: string): boolean {
  switch (subject?.kind) {
    case 'User':
      return subject.name === user.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount':
      return user.name === `system:serviceaccount:${subject.namespace ?? bindingNamespace}:${subject.name}`;
  }
  return false;
}

/**
 * RBAC: a request is allowed when a RoleBinding in its namespace or a ClusterRoleBinding grants the user
 * (by name, group or service account) a Role or ClusterRole with a rule that matches its verb, API group,
 * resource or `resource/subresource`, and name. `system:masters` may do anything.
 */
export class Authorizer {
  constructor(private readonly store: Store) {}

  private rulesOf(ref: Json, namespace?: string): Json[] {
    const role: KObject | undefined =
      ref?.kind === 'Role'
        ? namespace
          ? this.store.get(byKind('Role'), namespace, ref.name)
          : undefined
        : this.store.get(byKind('ClusterRole'), undefined, ref?.name);
    return role?.rules ?? [];
  }

  allows(user: UserInfo, a: RequestAttributes): boolean {
    if (user.groups.includes('system:masters')) return true;
    const grants = (rules: Json[]): boolean => rules.some((r) => ruleAllows(r, a));
    for (const b of this.store.list(byKind('ClusterRoleBinding')))
      if ((b.subjects ?? []).some((s: Json) => subjectMatches(s, user)) && grants(this.rulesOf(b.roleRef)))
        return true;
    if (!a.namespace) return false;
    for (const b of this.store.list(byKind('RoleBinding'), a.namespace))
      if (
        (b.subjects ?? []).some((s: Json) => subjectMatches(s, user, a.namespace)) &&
        grants(this.rulesOf(b.roleRef, a.namespace))
      )
        return true;
    return false;
  }

  /** Throws the API server's 403 unless the request is allowed. */
  authorize(user: UserInfo, a: RequestAttributes): void {
    if (this.allows(user, a)) return;
    const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
    const qualified = a.apiGroup ? `${a.resource}.${a.apiGroup}` : a.resource;
    const subject = a.name ? `${qualified} "${a.name}"` : qualified;
    const where = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
    throw new ApiError(
      403,
      'Forbidden',
      `${subject} is forbidden: User "${user.name}" cannot ${a.verb} resource "${resource}" in API group "${a.apiGroup}" ${where}`,
      { ...(a.name ? { name: a.name } : {}), group: a.apiGroup, kind: a.resource },
    );
  }
}
