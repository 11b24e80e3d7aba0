// The runner stand-in lives in the sandbox (the demo uses it too); tests import it from here.
export * from '../../sandbox/runner';
