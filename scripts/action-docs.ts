// Renders each action's inputs and outputs from its action.yml into README.md, between
// `<!-- action-docs:NAME -->` and `<!-- /action-docs:NAME -->`. `--check` exits 1 when README.md is stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYaml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const root = join(import.meta.dirname, '..');

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
}

export function renderActionDocs(name: string, action: ActionYaml): string {
  const lines = ['| input | required | default | description |', '|---|---|---|---|'];
  for (const [input, spec] of Object.entries(action.inputs ?? {})) {
    const fallback = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(
      `| \`${input}\` | ${spec.required ? 'yes' : 'no'} | ${fallback} | ${cell(spec.description)} |`,
    );
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [output, spec] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${output}\` | ${cell(spec.description)} |`);
  }
  return lines.join('\n');
}

export function updateReadme(readme: string): string {
  let out = readme;
  for (const name of readdirSync(join(root, 'actions'))) {
    const file = join(root, 'actions', name, 'action.yml');
    if (!existsSync(file)) continue;
    const start = `<!-- action-docs:${name} -->`;
    const end = `<!-- /action-docs:${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to === -1) continue;
    const table = renderActionDocs(name, parse(readFileSync(file, 'utf8')) as ActionYaml);
    out = `${out.slice(0, from + start.length)}\n${table}\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const path = join(root, 'README.md');
  const current = readFileSync(path, 'utf8');
  const next = updateReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md action reference is stale: run `npm run docs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(path, next);
  }
}
