// Bundles the extension client, the language server and the CLI into dist/.
// `--production` minifies; `--watch` rebuilds on change (used by F5).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { writeNotices } from './scripts/notices.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--unminified` keeps the CLI program's names, for a readable CPU profile (`node --cpu-prof dist/cli.js …`).
const unminified = process.argv.includes('--unminified');

/** A fingerprint of what decides an analysis: the server sources (lexicons included) and the lockfile. */
function buildFingerprint() {
  const hash = createHash('sha256');
  const files = readdirSync('server/src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of [...files, 'package-lock.json'])
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The stems of the lexicons' words, from the analysis's own code (scripts/stem-table.ts). */
async function lexiconStems() {
  const result = await esbuild.build({
    entryPoints: ['scripts/stem-table.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return module.exports.lexiconStems();
}

/**
 * Keeps the bundles ASCII. esbuild escapes non-ASCII characters in strings but leaves them raw in
 * regular-expression literals (a few of ours, tinyld's); one such character makes V8 decode the whole
 * bundle as UTF-8 and hold it as a two-byte string (about 8 ms of a ~250 ms `kracht analyze`). Each
 * such character in a source is written here as `\\uXXXX`, which means the same in strings, templates,
 * regular expressions, identifiers and comments.
 */
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    const loaders = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx' };
    build.onLoad({ filter: /\.(?:[cm]?js|tsx?|jsx)$/, namespace: 'file' }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!/[^\0-\x7f]/u.test(text)) return undefined;
      const units = (character) =>
        character
          .split('')
          .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
          .join('');
      // After an odd run of backslashes the character is an identity escape: the escape replaces both.
      const contents = text.replace(
        /(\\*)([^\0-\x7f])/gu,
        (_, slashes, character) => `${slashes.slice(slashes.length % 2)}${units(character)}`,
      );
      return { contents, loader: loaders[args.path.slice(args.path.lastIndexOf('.'))] };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const shared = {
  define: {
    KRACHT_BUILD: JSON.stringify(buildFingerprint()),
    KRACHT_LEXICON_STEMS: JSON.stringify(JSON.stringify(await lexiconStems())),
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild rewrites every /\p{…}/u literal for node targets into `new RegExp(…)`, built again at each use
  // (evanw/esbuild#3471); Node 20 reads them: 3–6 % of a cold analysis (A/B in CHANGELOG).
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  plugins: [asciiOnly],
  // No network, ever: the socket transports of vscode-jsonrpc get a module that refuses.
  alias: { net: './server/src/node/no-network.ts', 'node:net': './server/src/node/no-network.ts' },
  // Only for piscina's niceIncrement, which Kracht does not use: a native module, never bundled.
  external: ['@napi-rs/nice'],
};

const builds = [
  {
    ...shared,
    entryPoints: { extension: 'client/src/extension.ts' },
    outdir: 'dist',
    external: ['vscode', ...shared.external],
  },
  // piscina starts its threads from the worker.js next to its own code, which in a bundle is dist/: its
  // bootstrap is bundled there, and it loads the summary task (summary-task.js) in each thread.
  {
    ...shared,
    entryPoints: {
      server: 'server/src/lsp/main.ts',
      'analysis-worker': 'server/src/lsp/analysis-worker.ts',
      'summary-task': 'server/src/node/summary-task.ts',
      worker: 'node_modules/piscina/dist/worker.js',
    },
    outdir: 'dist',
    // `kracht-language-server` in the npm package is dist/server.js itself.
    banner: { js: '#!/usr/bin/env node' },
  },
  // `kracht` is a small launcher that runs the program with V8's code cache (server/src/cli/launch.ts).
  {
    ...shared,
    entryPoints: { cli: 'server/src/cli/launch.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
  { ...shared, entryPoints: { 'cli-program': 'server/src/cli/main.ts' }, outdir: 'dist', minify: !unminified },
  // The summary webview's script: Chart.js bundled in, nothing loaded from anywhere else.
  {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: production,
    sourcemap: false,
    logLevel: 'warning',
    entryPoints: { webview: 'client/src/webview/main.ts' },
    outdir: 'dist',
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  // The licences of everything bundled ship beside the bundles (VSIX and npm package alike).
  writeNotices(results.map((result) => result.metafile));
}
