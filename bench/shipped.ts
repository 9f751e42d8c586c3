// Kracht's analysis as it ships: bundled by esbuild, as esbuild.mjs bundles dist/, and loaded by Node.
// Imported from source through tsx it runs about a third slower than shipped (tsx's esbuild keeps
// names, wrapping every named closure the analysis makes per sentence), which is no figure of Kracht's.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

type Analysis = typeof import('../server/src/kracht');

export function shippedAnalysis(root: string): Analysis {
  const outfile = join(root, 'bench', '.build', 'kracht.cjs');
  buildSync({
    entryPoints: [join(root, 'server', 'src', 'kracht.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // As esbuild.mjs: /\p{…}/u literals kept, not rebuilt at each use.
    supported: { 'regexp-unicode-property-escapes': true },
    format: 'cjs',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return createRequire(__filename)(outfile) as Analysis;
}
