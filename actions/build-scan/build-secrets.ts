import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputReader } from '../../lib/inputs';
import { Input } from './constants';

/** A build secret: its id (`RUN --mount=type=secret,id=…`) and either its value or the file holding it. */
export type BuildSecret = { id: string; value: string } | { id: string; file: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Reads `secrets` (id=value lines; every value masked) and `secret-files` (id=path lines). Problems never
 * quote a value.
 */
export function readBuildSecrets(r: InputReader, path: (p: string) => string): BuildSecret[] {
  const out: BuildSecret[] = [];
  const seen = new Set<string>();
  const checkId = (input: string, id: string) => {
    if (!ID.test(id)) {
      r.problem(
        `input '${input}': secret id ${JSON.stringify(id.slice(0, 64))} is not letters, digits, _, . and -`,
      );
      return false;
    }
    if (seen.has(id)) {
      r.problem(`input '${input}': secret id ${id} is given twice`);
      return false;
    }
    seen.add(id);
    return true;
  };
  for (const [id, value] of r.secretPairs(Input.Secrets)) {
    if (!checkId(Input.Secrets, id)) continue;
    if (value === '') r.problem(`input '${Input.Secrets}': secret ${id} has no value`);
    else out.push({ id, value });
  }
  for (const [id, text] of r.pairs(Input.SecretFiles)) {
    if (!checkId(Input.SecretFiles, id)) continue;
    const file = path(text);
    if (!isFile(file)) r.problem(`input '${Input.SecretFiles}': ${file} (secret ${id}) is not a file`);
    else out.push({ id, file });
  }
  return out;
}

/** The `--secret` arguments of a build and what they need: values reach the builder outside its command line. */
export interface SecretPassing {
  args: string[];
  env: Record<string, string>;
  /** Removes the files written for the build. */
  cleanup(): void;
}

/**
 * BuildKit (buildx, docker) reads a value from the environment of the CLI (`env=`), so it is in neither the
 * command line nor a file; podman gets a file (`src=`, mode 0600 in the run's work folder) removed after
 * the build.
 */
export function passSecrets(
  secrets: readonly BuildSecret[],
  tool: 'docker' | 'podman',
  workDir: string,
): SecretPassing {
  const args: string[] = [];
  const env: Record<string, string> = {};
  const written: string[] = [];
  secrets.forEach((secret, i) => {
    if ('file' in secret) {
      args.push('--secret', `id=${secret.id},src=${secret.file}`);
    } else if (tool === 'docker') {
      const name = `ML_DEPLOY_BUILD_SECRET_${i}`;
      env[name] = secret.value;
      args.push('--secret', `id=${secret.id},env=${name}`);
    } else {
      const file = join(workDir, `build-secret-${i}`);
      writeFileSync(file, secret.value, { mode: 0o600 });
      written.push(file);
      args.push('--secret', `id=${secret.id},src=${file}`);
    }
  });
  if (secrets.length > 0 && tool === 'docker') env.DOCKER_BUILDKIT = '1';
  return { args, env, cleanup: () => written.forEach((f) => rmSync(f, { force: true })) };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
