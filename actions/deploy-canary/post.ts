import * as core from '@actions/core';
import { errorMessage } from '../../lib/errors';
import { cleanup } from './cleanup';

// A post step never fails the job a second time: what goes wrong here is a warning.
try {
  await cleanup();
} catch (error) {
  core.warning(`deploy-canary post step: ${errorMessage(error)}`);
}
