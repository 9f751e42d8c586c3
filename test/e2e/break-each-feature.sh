#!/usr/bin/env bash
# npm run test:e2e:breaks — shows that each end-to-end assertion can fail: breaks one feature at a time
# in a scratch clone of HEAD and runs only the e2e step that should catch it. Every line of the report
# must say "caught". A mutation that no longer applies (the code it edits has moved) says so.
# Needs what `npm run test:e2e` installs; takes about ten minutes.
set -u
cd "$(dirname "$0")/../.."
src=$PWD
out="$src/test-results/e2e-breaks"; mkdir -p "$out"
names=(${@:-rule-pages hover quick-fix settings-live activation status-bar summary-table neovim-actions})

mutate() {
  case "$1" in
    rule-pages) sed -i 's#codeDescription: { href: ruleDocsUrl(finding.ruleId, locale) },#codeDescription: { href: "https://example.invalid/" },#' server/src/lsp/diagnostics.ts ;;
    hover) sed -i 's#^export function hover(analysis: Analysis, position: Position, locale: Language): Hover | null {#&\n  if (analysis) return null;#' server/src/lsp/hover.ts ;;
    quick-fix) sed -i 's#edits: \[insertAt(context, offset, `${eol}${eol}${body}`)\],#edits: [insertAt(context, offset, `${eol}${body}`)],#' server/src/core/fixes.ts ;;
    settings-live) sed -i 's#^  reports.refreshAll();#  // reports.refreshAll();#' server/src/lsp/main.ts ;;
    activation) sed -i 's#"onLanguage:markdown"#"onCommand:kracht.showSummary"#' package.json ;;
    status-bar) sed -i 's#percent(balance.coacheeShare));#percent(1 - (balance.coacheeShare ?? 0)));#' client/src/status-bar.ts ;;
    summary-table) sed -i 's#<td>${escapeHtml(r.path)}</td>#<td></td>#' server/src/format/summary-html.ts ;;
    neovim-actions) sed -i 's#return codeActions(document, params, localeOf(document.uri), reports.analysis(document.uri));#return [];#' server/src/lsp/main.ts ;;
  esac
}

step() {
  local root=$PWD o="$PWD/test-results/e2e"
  mkdir -p "$o"
  case "$1" in
    status-bar | summary-table)
      npm run package --silent </dev/null >/dev/null &&
        node test/e2e/harness/with-code-server.cjs --vsix "$root/kracht.vsix" --fixture test/e2e/ui-fixture -- \
          node test/e2e/harness/drive-code-server.cjs --file ui-report.md --expect "Little on the coachee" --status-text "coachee 0%" \
          --quick-fix "Silence balance/coach-coachee here" --after-fix "kracht-disable-next-line balance/coach-coachee" \
          --command "Kracht: Show Balance Summary" --webview-text "ui-report.md" --out "$o/ui" ;;
    neovim-actions)
      bash test/e2e/harness/nvim-lsp-check.sh --min-diags 2 test/e2e/fixture/nl-coach-aan-het-werk.md -- node "$root/dist/server.js" --stdio > "$o/nvim.json" &&
        node test/e2e/check-nvim.mjs "$o/nvim.json" ;;
    *) env VSCODE_EXECUTABLE="$root/test/e2e/harness/vscode-shim.cjs" E2E_RESULT_FILE="$o/extension-host.result" node test-results/e2e/run-tests.js ;;
  esac
}

for name in "${names[@]}"; do
  scratch=$(mktemp -d)
  git clone -q "$src" "$scratch" && ln -s "$src/node_modules" "$scratch/node_modules"
  (
    cd "$scratch" || exit 3
    mutate "$name"
    if git diff --quiet; then echo "mutation did not apply"; exit 3; fi
    git diff
    node esbuild.mjs >/dev/null && node test/e2e/build.mjs >/dev/null && step "$name"
  ) > "$out/$name.log" 2>&1
  case $? in
    0) echo "NOT CAUGHT  $name (see $out/$name.log)" ;;
    3) echo "NOT APPLIED $name (see $out/$name.log)" ;;
    *) echo "caught      $name" ;;
  esac
  rm -rf "$scratch"
done
