// Stands in for `@actions/http-client` in the bundle (tsconfig.json `paths`): @actions/core imports it
// for its OIDC client, so every step would load http, https, tls and net (~20 ms) before reading an
// input. Its exports are read when first used (tool-cache's downloads, @actions/github's proxy agent).
'use strict';
let client;
const load = () => (client ??= require('../../node_modules/@actions/http-client/lib/index.js'));
module.exports = new Proxy({}, { get: (_, name) => load()[name], has: (_, name) => name in load() });
