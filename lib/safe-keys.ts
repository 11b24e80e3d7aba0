/**
 * Keys that reach an object's prototype when assigned (`obj.__proto__ = …`) or read (`obj.constructor`).
 * Every map built from user text (values trees, vars) refuses them in one place: here.
 */
export const PROTOTYPE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.includes(key);
}

/** The dotted path of the first prototype key anywhere in a parsed document (maps and lists), if any. */
export function findPrototypeKey(doc: unknown, path: string[] = []): string | undefined {
  if (Array.isArray(doc)) {
    for (const [i, item] of doc.entries()) {
      const found = findPrototypeKey(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (typeof doc === 'object' && doc !== null) {
    for (const key of Object.keys(doc)) {
      if (isPrototypeKey(key)) return [...path, key].join('.');
      const found = findPrototypeKey((doc as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Assigns an own property, whatever the key: never a setter on the prototype chain. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
