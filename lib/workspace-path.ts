import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The path a file input names: relative paths are read from the workspace and may not climb out of it
 * (`../../etc/passwd`); an absolute path is taken as written, since it says plainly where it points.
 */
export function workspacePath(
  text: string,
  workspace = process.env.GITHUB_WORKSPACE || process.cwd(),
): { path: string } | { problem: string } {
  if (isAbsolute(text)) return { path: text };
  const path = resolve(workspace, text);
  const rel = relative(resolve(workspace), path);
  if (rel === '..' || rel.startsWith(`..${'/'}`) || isAbsolute(rel)) {
    return {
      problem: `${JSON.stringify(text.slice(0, 200))} leads out of the workspace (a relative path must stay inside it)`,
    };
  }
  return { path };
}
