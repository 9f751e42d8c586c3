#!/usr/bin/env bash
# The entry of the `kracht` hook for the pre-commit framework (.pre-commit-hooks.yaml, language: script):
# pre-commit runs it inside its own clone of this repository. The first run builds that clone (npm ci and
# the bundle, about a minute; pre-commit keeps the clone), every run checks the reports it is given.
# Its node hooks (language: node) cannot be used: their `npm pack` reads the tarball's name from output
# that a prepack step's banner spoils.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [[ ! -f "$here/dist/cli.js" ]]; then
  echo "kracht: building the hook's copy of Kracht once (npm ci, bundle)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2 && node esbuild.mjs >&2)
fi
exec node "$here/dist/cli.js" check "$@"
