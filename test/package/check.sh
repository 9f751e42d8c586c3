#!/usr/bin/env bash
# The npm package as a user gets it: `npm pack`, `npm install -g` into a scratch prefix (no clone, no
# network: the package has no dependencies at run time), then `kracht analyze -` on piped text and
# `kracht-language-server --stdio` answering initialize (issue 18).
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball=$(npm pack --silent --pack-destination "$scratch" | tail -n 1)
npm install --global --prefix "$scratch/prefix" --offline --no-audit --no-fund "$scratch/$tarball" > /dev/null
export PATH="$scratch/prefix/bin:$PATH"
cd "$scratch"
output=$(printf 'Ik gaf hem drie tips voor het gesprek.\n' | kracht analyze - --format json)
grep -q '"signal/expert-role"' <<< "$output" || { echo "kracht analyze - found no expert-role: $output" >&2; exit 1; }
node "$OLDPWD/test/package/initialize.mjs" kracht-language-server
echo "package: kracht and kracht-language-server work from $tarball installed with npm install -g"
