import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

// The analysis holds no state of its own between reports: what a document keeps from one version to
// the next lives in its session (core/session.ts). Module state is found by its shape: a `let` or
// `var` at the top of a module, or a collection made there that starts out empty (a constant word
// list, `new Set([...])`, is fine). The few shared memos of pure functions are named here, with why.
const allowed = new Map([
  // A word's stem and feature names depend on the word alone: made once per distinct word.
  ['server/src/core/words.ts:wordTables', 'memo of a pure function of the word'],
  // A character's class (letter, number, other) by code unit, looked up once per character met.
  ['server/src/core/words.ts:kinds', 'memo of a pure function of the character'],
]);

const root = resolve(__dirname, '../..');
const pureRooms = ['server/src/core', 'server/src/rules', 'server/src/format', 'server/src/lexicons'];
const growable = new Set([
  'Map',
  'WeakMap',
  'WeakSet',
  'Array',
  'Int32Array',
  'Uint8Array',
  'Uint16Array',
  'Float64Array',
]);

function sources(): string[] {
  const files = pureRooms.flatMap((room) =>
    readdirSync(join(root, room), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(root, room, name)),
  );
  return [...files, join(root, 'server/src/kracht.ts')];
}

/** The module-level bindings of a source text that hold state, as `name: why`. */
export function moduleState(text: string): string[] {
  const source = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const mutable = !(statement.declarationList.flags & ts.NodeFlags.Const);
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      if (mutable) found.push(`${name}: a module-level let or var`);
      else if (declaration.initializer && !readonlyType(declaration, source) && startsEmpty(declaration.initializer)) {
        found.push(`${name}: a collection made empty at module level`);
      }
    }
  }
  return found;
}

/** A binding typed as read-only (`ReadonlySet<…>`, `readonly …[]`) is a constant, however it starts. */
function readonlyType(declaration: ts.VariableDeclaration, source: ts.SourceFile): boolean {
  return /^(Readonly|readonly )/u.test(declaration.type?.getText(source) ?? '');
}

/**
 * Whether an initialiser makes a collection that starts empty, outside any function it holds or anything it freezes.
 */
function startsEmpty(node: ts.Node): boolean {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  if (ts.isCallExpression(node) && /(^Object\.freeze|deepFreeze)$/u.test(node.expression.getText())) return false;
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
    const kind = node.expression.text;
    if (growable.has(kind) || (kind === 'Set' && (node.arguments?.length ?? 0) === 0)) return true;
  }
  if (ts.isArrayLiteralExpression(node) && node.elements.length === 0) return true;
  return ts.forEachChild(node, (child) => (startsEmpty(child) ? true : undefined)) ?? false;
}

describe('module state', () => {
  it('is nowhere in the core, the rules, the formats or the facade, but for the memos named here', () => {
    const found = sources().flatMap((file) => {
      const path = relative(root, file).split('\\').join('/');
      return moduleState(readFileSync(file, 'utf8'))
        .filter((entry) => !allowed.has(`${path}:${entry.split(':')[0]}`))
        .map((entry) => `${path} ${entry}`);
    });
    assert.deepEqual(found, []);
  });
  it('is found in each of its shapes, and constant tables are not', () => {
    const planted = [
      'let last = null;',
      'var count = 0;',
      'const cache = new Map<string, number>();',
      'const seen = { nl: new Set(), en: new Set() };',
      'const queue: string[] = [];',
      'const weak = new WeakMap();',
    ];
    for (const line of planted) assert.equal(moduleState(line).length, 1, line);
    const fine = [
      "const words = new Set(['a', 'b']);",
      'const build = () => new Map();',
      'const table = { nl: lazy(() => new Map()) };',
      'function f() { let x = 0; return x; }',
      'class Memo { readonly kept = new Map(); }',
      'const none = Object.freeze([]);',
      'const noQuotes: ReadonlySet<number> = new Set();',
      'const defaults = deepFreeze({ names: [] as string[] });',
    ];
    for (const line of fine) assert.deepEqual(moduleState(line), [], line);
  });
});
