// Every test file removes the folders its bundle runs and its tempDir() calls made, once its last test is done.
import { afterAll } from 'vitest';
import { removeRunFolders } from '../../sandbox/runner';
import { removeTempDirs } from './temp-dir';

afterAll(() => {
  removeRunFolders();
  removeTempDirs();
});
