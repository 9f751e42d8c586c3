#!/usr/bin/env bash
# The pre-commit framework (Debian's pre-commit) running this repository's .pre-commit-hooks.yaml as a
# coach's report repository would: pre-commit clones the repository at a commit, builds the package
# once (npm ci, bundle) and runs `kracht check` on the staged reports (issue 18).
# Usage: check-pre-commit.sh [COMMIT] (default HEAD; the hook file must be committed).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rev=${1:-$(git -C "$root" rev-parse HEAD)}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache"
cd "$scratch"
git init -q reports && cd reports
git config user.email coach@example.org && git config user.name Coach
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: "$rev"
    hooks:
      - id: kracht
YAML
cp "$root/test/e2e/fixture/nl-eigen-kracht.md" balanced.md
printf '# Sessie 3\n\nZe voelt zich onzeker en twijfelt over alles wat ze doet.\nHet conflict met haar collega loopt vast en ze slaapt er slecht door.\nHaar grootste valkuil is dat ze problemen uitstelt tot ze te groot worden.\nZe is moe, gespannen en bang om fouten te maken.\nHaar leerpunt blijft grenzen stellen, en dat lukt nog steeds niet.\n' > problem.md
git add .pre-commit-config.yaml balanced.md problem.md
pre-commit run --files balanced.md > balanced.log 2>&1 || { echo "the hook refused a balanced report:"; cat balanced.log; exit 1; }
if pre-commit run --files problem.md > problem.log 2>&1; then echo "the hook let a problem-heavy report through:"; cat problem.log; exit 1; fi
grep -q 'balance/strength-weakness' problem.log || { echo "the refusal does not name the rule:"; cat problem.log; exit 1; }
echo "pre-commit: the kracht hook at $rev passes balanced.md and refuses problem.md"
