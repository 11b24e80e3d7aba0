// Stands in for `undici` in the bundle (tsconfig.json `paths`, which ncc resolves with): @actions/core
// imports @actions/http-client for its OIDC client, which imports undici's ProxyAgent at load, so every
// step would parse undici's 450 kB before reading an input. Its one user here is @actions/github (fetch,
// and ProxyAgent behind a proxy), so undici is a chunk of its own: lib/lazy/load-undici.ts loads it
// before the first GitHub request and hands it over under a global symbol.
'use strict';
const LOADED = Symbol.for('ml-deploy.undici');
module.exports = new Proxy(
  {},
  {
    get(_, name) {
      const undici = globalThis[LOADED];
      if (undici) return undici[name];
      // webpack's interop asks these of any CommonJS module.
      if (name === '__esModule' || typeof name === 'symbol') return undefined;
      throw new Error(`undici.${name} was used before loadUndici() (lib/lazy/load-undici.ts)`);
    },
    has: (_, name) => name in (globalThis[LOADED] ?? {}),
  },
);
