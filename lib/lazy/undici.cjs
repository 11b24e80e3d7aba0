// Stands in for `undici` in the bundle (tsconfig.json `paths`, which ncc resolves with): @actions/core
// imports @actions/http-client for its OIDC client, which imports undici's ProxyAgent at load, so every
// step would evaluate undici (~100 ms) before reading an input. Its exports are read when first used.
'use strict';
let undici;
module.exports = new Proxy(
  {},
  {
    get: (_, name) => (undici ??= require('undici/index.js'))[name],
    has: (_, name) => name in (undici ??= require('undici/index.js')),
  },
);
