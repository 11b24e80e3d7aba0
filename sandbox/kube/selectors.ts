import { badRequest } from './status';
import type { Json, KObject } from './types';

type Requirement =
  | { op: 'eq' | 'neq'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'notexists'; key: string };

export type Selector = (labels: Record<string, string>) => boolean;

/** Splits on commas that are not inside parentheses (`a in (x,y),b=c`). */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function parseLabelSelector(text: string | null | undefined): Selector {
  if (!text) return () => true;
  const reqs: Requirement[] = splitTop(text).map((part) => {
    let m = /^!\s*([\w./-]+)$/.exec(part);
    if (m) return { op: 'notexists', key: m[1]! };
    m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
    if (m) return { op: m[2] as 'in' | 'notin', key: m[1]!, values: m[3]!.split(',').map((v) => v.trim()) };
    m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(part);
    if (m) return { op: m[2] === '!=' ? 'neq' : 'eq', key: m[1]!, value: m[3]! };
    m = /^([\w./-]+)$/.exec(part);
    if (m) return { op: 'exists', key: m[1]! };
    throw badRequest(`unable to parse requirement: ${JSON.stringify(part)}`);
  });
  return (labels) =>
    reqs.every((r) => {
      const has = Object.prototype.hasOwnProperty.call(labels, r.key);
      const v = labels[r.key];
      switch (r.op) {
        case 'eq':
          return has && v === r.value;
        case 'neq':
          return !has || v !== r.value;
        case 'in':
          return has && r.values.includes(v!);
        case 'notin':
          return !has || !r.values.includes(v!);
        case 'exists':
          return has;
        case 'notexists':
          return !has;
      }
    });
}

/** A metav1.LabelSelector (matchLabels, matchExpressions) as a predicate. */
export function labelSelectorFromObject(sel: Json): Selector {
  if (!sel) return () => false;
  const matchLabels: Record<string, string> = sel.matchLabels ?? {};
  const exprs: { key: string; operator: string; values?: string[] }[] = sel.matchExpressions ?? [];
  return (labels) =>
    Object.entries(matchLabels).every(([k, v]) => labels[k] === v) &&
    exprs.every((e) => {
      const has = e.key in labels;
      switch (e.operator) {
        case 'In':
          return has && (e.values ?? []).includes(labels[e.key]!);
        case 'NotIn':
          return !has || !(e.values ?? []).includes(labels[e.key]!);
        case 'Exists':
          return has;
        case 'DoesNotExist':
          return !has;
        default:
          return false;
      }
    });
}

function fieldValue(obj: KObject, path: string): string {
  let cur: Json = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = cur[part];
  }
  if (cur === undefined || cur === null) return '';
  return String(cur);
}

export type FieldSelector = (obj: KObject) => boolean;

/** Field selectors on any dotted path (metadata.name, status.phase, involvedObject.name, spec.nodeName...). */
export function parseFieldSelector(text: string | null | undefined): FieldSelector {
  if (!text) return () => true;
  const reqs = splitTop(text).map((part) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    return { path: m[1]!, neq: m[2] === '!=', value: m[3]! };
  });
  return (obj) => reqs.every((r) => (fieldValue(obj, r.path) === r.value) !== r.neq);
}
