// Bundles every action (or the ones named) with ncc: actions/<name>/index.ts -> dist/<name>/index.js, and
// actions/<name>/post.ts, when it exists, -> dist/<name>/post.js.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const all = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'index.ts')),
);
const names = process.argv.length > 2 ? process.argv.slice(2) : all;
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function bundle(entry, out) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--transpile-only'],
    { cwd: root, stdio: 'inherit' },
  );
}

for (const name of names) {
  if (!all.includes(name)) throw new Error(`no action named ${name} (have: ${all.join(', ')})`);
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  bundle(join('actions', name, 'index.ts'), out);
  console.log(`package: dist/${name}/index.js`);
  if (existsSync(join(root, 'actions', name, 'post.ts'))) {
    // Built apart, then moved next to index.js: the same package.json (module type) and licenses serve both.
    const postOut = join(root, 'dist', `.${name}-post`);
    rmSync(postOut, { recursive: true, force: true });
    bundle(join('actions', name, 'post.ts'), postOut);
    const extra = readdirSync(postOut).filter(
      (f) => !['index.js', 'package.json', 'licenses.txt'].includes(f),
    );
    if (extra.length > 0)
      throw new Error(`post bundle of ${name} has files besides index.js: ${extra.join(', ')}`);
    renameSync(join(postOut, 'index.js'), join(out, 'post.js'));
    rmSync(postOut, { recursive: true, force: true });
    console.log(`package: dist/${name}/post.js`);
  }
}
