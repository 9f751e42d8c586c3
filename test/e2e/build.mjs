// Bundles the extension-host test suite and its runner into test-results/e2e/ (CommonJS, Node).
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const suite = readdirSync('test/e2e/suite')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `test/e2e/suite/${f}`);
await esbuild.build({
  entryPoints: suite,
  outdir: 'test-results/e2e/suite',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
await esbuild.build({
  entryPoints: ['test/e2e/run-tests.ts'],
  outdir: 'test-results/e2e',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['@vscode/test-electron'],
  logLevel: 'warning',
});
