// Writes dist/THIRD-PARTY-NOTICES.txt: every npm package esbuild put into a bundle, with its version,
// its licence as its package.json states it, and its licence and NOTICE files word for word.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package folders (node_modules/name or node_modules/@scope/name) behind a bundle's input files. */
function packagesOf(metafiles) {
  const roots = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//u.exec(input);
      if (match) roots.add(match[1]);
    }
  }
  return [...roots].sort((a, b) => a.localeCompare(b));
}

const licenceFile = /^(licen[cs]e|copying|notice)(\.|$)/iu;

/** The notices text for the packages in these esbuild metafiles. */
export function thirdPartyNotices(metafiles) {
  const parts = [
    'Kracht bundles the following third-party packages. Each is listed with its version, the licence its',
    'package.json declares, and its licence and NOTICE files as they ship.',
    '',
  ];
  for (const root of packagesOf(metafiles)) {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    // Kracht's own sources never sit in node_modules; a nested package.json (a subfolder's "type") has no name.
    if (!manifest.name) continue;
    const licence =
      typeof manifest.license === 'string'
        ? manifest.license
        : JSON.stringify(manifest.license ?? manifest.licenses ?? 'UNKNOWN');
    parts.push('='.repeat(78), `${manifest.name} ${manifest.version} — ${licence}`, '='.repeat(78));
    const files = existsSync(root)
      ? readdirSync(root)
          .filter((name) => licenceFile.test(name))
          .sort()
      : [];
    if (files.length === 0)
      parts.push(`(no licence file ships with ${manifest.name}; its package.json says ${licence})`);
    for (const file of files) parts.push(`--- ${file}`, readFileSync(join(root, file), 'utf8').trimEnd());
    parts.push('');
  }
  return `${parts.join('\n')}\n`;
}

/** Writes the notices for these metafiles into dist/. */
export function writeNotices(metafiles) {
  writeFileSync(join('dist', 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(metafiles));
}
