// npm run corpus:sync: refreshes corpus/ (what npm run train and score:voices read) from ../shared/corpus,
// the labelled reports shared with this project. Score a new voice before looking at its errors.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const to = fileURLToPath(new URL('../corpus/', import.meta.url));
if (!existsSync(from)) {
  console.error(`no shared corpus at ${from}`);
  process.exit(2);
}
rmSync(`${to}reports`, { recursive: true, force: true });
for (const name of ['reports', 'README.md', 'VOICES.md', 'OUTPUT.md', 'score.mjs'])
  cpSync(`${from}${name}`, `${to}${name}`, { recursive: true });
console.log(`copied ${from} → ${to}`);
