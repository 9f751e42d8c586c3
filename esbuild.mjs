// Bundles the extension client, the language server and the CLI into dist/.
// `--production` minifies; `--watch` rebuilds on change (used by F5).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** A fingerprint of what decides an analysis: the server sources (lexicons included) and the lockfile. */
function buildFingerprint() {
  const hash = createHash('sha256');
  const files = readdirSync('server/src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of [...files, 'package-lock.json']) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The stems of the lexicons' words, from the analysis's own code (server/src/lexicons/stem-table.ts). */
async function lexiconStems() {
  const result = await esbuild.build({ entryPoints: ['server/src/lexicons/stem-table.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.lexiconStems();
}

/** @type {import('esbuild').BuildOptions} */
const shared = {
  define: { KRACHT_BUILD: JSON.stringify(buildFingerprint()), KRACHT_LEXICON_STEMS: JSON.stringify(JSON.stringify(await lexiconStems())) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  // No network, ever: the socket transports of vscode-jsonrpc get a module that refuses.
  alias: { net: './server/src/node/no-network.ts', 'node:net': './server/src/node/no-network.ts' },
};

const builds = [
  { ...shared, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...shared, entryPoints: { server: 'server/src/lsp/main.ts', worker: 'server/src/node/worker.ts' }, outdir: 'dist' },
  // `kracht` is a small launcher that runs the program with V8's code cache (server/src/cli/launch.ts).
  { ...shared, entryPoints: { cli: 'server/src/cli/launch.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...shared, entryPoints: { 'cli-program': 'server/src/cli/main.ts' }, outdir: 'dist', minify: true },
  // The summary webview's script: Chart.js bundled in, nothing loaded from anywhere else.
  { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: production, sourcemap: false, logLevel: 'warning', entryPoints: { webview: 'client/src/webview/main.ts' }, outdir: 'dist' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
