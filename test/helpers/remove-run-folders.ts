// Every test file removes the folders its bundle runs made, once its last test is done.
import { afterAll } from 'vitest';
import { removeRunFolders } from '../../sandbox/runner';

afterAll(removeRunFolders);
