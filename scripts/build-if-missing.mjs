// postinstall: bundles dist/ when it is missing and the build tools are there — in a fresh clone after
// `npm install`/`npm ci`, and in the clone the pre-commit framework makes of this repository, whose
// `npm pack` must print nothing but the tarball's name (a prepack script's banner breaks it). An
// installed package already carries dist/ and has no build tools: nothing to do.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(join(root, 'dist', 'cli.js')) && existsSync(join(root, 'dist', 'server.js'));
const canBuild = (() => {
  try {
    createRequire(join(root, 'package.json')).resolve('esbuild');
    return existsSync(join(root, 'esbuild.mjs'));
  } catch {
    return false;
  }
})();
if (!built && canBuild) {
  const result = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error('kracht: building dist/ failed; run `npm run build` to see why');
    process.exit(result.status ?? 1);
  }
}
