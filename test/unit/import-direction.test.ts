import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The rooms of the code, outermost last: a file may import from its own room or one further in, never
// from one further out (the core knows nothing of rules, formats, Node, the LSP or VS Code).
const rooms = [
  ['core', 'lexicons', 'model', 'types'],
  ['rules'],
  ['format'],
  ['kracht'],
  ['node'],
  ['cli', 'lsp'],
  ['client'],
];

const root = resolve(__dirname, '../..');

function roomOf(file: string): number {
  const path = relative(root, file).split('\\').join('/');
  if (path.startsWith('client/src/')) return rooms.length - 1;
  const match = /^server\/src\/([^/.]+)/u.exec(path);
  if (!match) return -1;
  return rooms.findIndex((room) => room.includes(match[1]!));
}

function sources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

/** Every relative module a file names: static and type imports, re-exports, dynamic imports, require. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(
    /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gmu,
  ))
    found.push(match[1]!);
  return found.map((specifier) => resolve(dirname(file), specifier));
}

const facade = rooms.findIndex((room) => room.includes('kracht'));
const format = rooms.findIndex((room) => room.includes('format'));

/**
 * What is wrong with an import, if anything: it points outward, or it goes around the facade (a room
 * outside the facade reaches into core/ or rules/ instead of importing from kracht.ts; the pure
 * formatters of format/ are theirs to use).
 */
function wrongImport(file: string, target: string): string | null {
  const from = roomOf(file);
  const to = roomOf(target);
  if (to > from) return 'outward';
  if (from > facade && to >= 0 && to < facade && to !== format) return 'around the facade';
  return null;
}

function backwardImports(files: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const file of files) {
    for (const target of importsOf(file)) {
      const why = wrongImport(file, target);
      if (why) wrong.push(`${relative(root, file)} -> ${relative(root, target)} (${why})`);
    }
  }
  return wrong;
}

describe('import direction', () => {
  const files = [...sources(join(root, 'server/src')), ...sources(join(root, 'client/src'))];
  it('knows the room of every source file', () => {
    assert.ok(files.length > 50);
    assert.deepEqual(
      files.filter((file) => roomOf(file) < 0).map((file) => relative(root, file)),
      [],
    );
  });
  it('imports only inward: core <- rules <- format <- facade <- node <- cli, lsp <- client', () => {
    assert.deepEqual(backwardImports(files), []);
  });
  it('tells an outward import and one around the facade from the right ones', () => {
    const at = (path: string): string => join(root, path);
    assert.equal(wrongImport(at('server/src/core/pipeline.ts'), at('server/src/rules/index.ts')), 'outward');
    assert.equal(wrongImport(at('server/src/lsp/hover.ts'), at('server/src/core/positions.ts')), 'around the facade');
    assert.equal(wrongImport(at('server/src/cli/analyze.ts'), at('server/src/rules/index.ts')), 'around the facade');
    assert.equal(wrongImport(at('server/src/lsp/hover.ts'), at('server/src/kracht.ts')), null);
    assert.equal(wrongImport(at('server/src/cli/analyze.ts'), at('server/src/format/json.ts')), null);
    assert.equal(wrongImport(at('server/src/rules/run.ts'), at('server/src/core/pipeline.ts')), null);
  });
});
