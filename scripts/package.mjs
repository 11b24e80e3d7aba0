// Bundles every action (or the ones named) with ncc: actions/<name>/index.ts -> dist/<name>/index.js.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const all = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'index.ts')),
);
const names = process.argv.length > 2 ? process.argv.slice(2) : all;
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

for (const name of names) {
  if (!all.includes(name)) throw new Error(`no action named ${name} (have: ${all.join(', ')})`);
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      join('actions', name, 'index.ts'),
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      '--transpile-only',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  console.log(`package: dist/${name}/index.js`);
}
