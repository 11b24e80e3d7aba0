import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { updateReadme } from '../../../scripts/action-docs';
import { repoRoot } from '../../helpers/run-bundle';

test.each(['deploy-canary', 'rollback'])(
  'actions/%s/README.md lists the inputs and outputs of its action.yml',
  (name) => {
    const readme = readFileSync(join(repoRoot, 'actions', name, 'README.md'), 'utf8');
    expect(readme).toContain(`<!-- action-docs:${name} -->\n| input |`);
    expect(updateReadme(readme)).toBe(readme);
  },
);
