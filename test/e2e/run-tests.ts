// The standard @vscode/test-electron runner. Where VS Code can be downloaded, leave VSCODE_EXECUTABLE
// unset; here it points at test/e2e/harness/vscode-shim.cjs, which runs the same suite in code-server's
// real Node extension host (see ../shared/e2e/RECIPE.md).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  // A copy: quick fixes and settings changes must never touch the fixtures.
  const workspace = mkdtempSync(join(tmpdir(), 'kracht-e2e-ws-'));
  cpSync(join(root, 'test', 'e2e', 'fixture'), workspace, { recursive: true });
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'test-results', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
}

main().catch((error: Error) => {
  console.error(`Failed to run tests: ${error.message}`);
  process.exit(1);
});
