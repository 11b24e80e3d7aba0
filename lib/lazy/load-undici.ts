const LOADED = Symbol.for('ml-deploy.undici');

/**
 * Loads undici for lib/lazy/undici.cjs, the bundle's stand-in for it; call before the first
 * @actions/github request. Outside the bundle (tests) 'undici' is the real module and this only loads it.
 */
export async function loadUndici(): Promise<void> {
  const holder = globalThis as Record<symbol, unknown>;
  if (holder[LOADED]) return;
  const undici = (await import('undici/index.js')) as { default?: unknown };
  holder[LOADED] = undici.default ?? undici;
}
