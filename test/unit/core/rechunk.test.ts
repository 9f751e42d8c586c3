import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChunkCache, parseMarkdown, topLevelChunks, type Chunking } from '../../../server/src/core/markdown';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);

// Pieces that decide where chunks begin and end: blank lines, flush-left and indented lines, fences,
// comments, front-matter delimiters, and every kind of line ending.
const pieces = [
  'Ze besloot zelf.',
  'x',
  ' ',
  '  vervolg',
  '    code',
  '- punt',
  '# Kop',
  '> citaat',
  '```',
  '~~~~',
  '<!--',
  '-->',
  '---',
  '...',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((p) => p.join('')),
});

describe('chunks after an edit', () => {
  it('are the chunks of the edited text cut afresh, edit after edit', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        let current = start;
        let previous: Chunking = { text: current, chunks: topLevelChunks(current) };
        for (const { at, remove, insert } of edits) {
          const place = at % (current.length + 1);
          current = current.slice(0, place) + insert + current.slice(place + remove);
          const recut = topLevelChunks(current, previous);
          assert.deepEqual(recut, topLevelChunks(current), JSON.stringify(current));
          previous = { text: current, chunks: recut };
        }
      }),
      { numRuns: runs, seed },
    );
  });

  it('take over the unchanged chunks around a keystroke instead of cutting them again', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Alinea ${i}: ze besloot zelf te bellen.`);
    let previous: Chunking | null = null;
    const cut = (text: string) => (previous = { text, chunks: topLevelChunks(text, previous) }).chunks;
    const before = cut(paragraphs.join('\n\n'));
    // A letter replaced: every other chunk is the very same object.
    paragraphs[20] = paragraphs[20]!.replace('zelf', 'Zelf');
    const replaced = cut(paragraphs.join('\n\n'));
    assert.equal(replaced.length, before.length);
    assert.deepEqual(replaced.map((chunk, i) => chunk === before[i]).filter((same) => !same).length, 1);
    // Letters added: the chunks before are the same objects, those after moved by as many characters.
    paragraphs[10] += ' Ja.';
    const grown = cut(paragraphs.join('\n\n'));
    assert.ok(grown[9] === replaced[9] && grown[0] === replaced[0]);
    assert.equal(grown[11]!.start, replaced[11]!.start + 4);
    assert.equal(grown[11]!.text, replaced[11]!.text);
  });
  it("keeps the units of the text being typed, not each keystroke's version, and never another document's", () => {
    const paragraphs = (prefix: string): string =>
      ['# Sessieverslag', ...Array.from({ length: 12 }, (_, i) => `${prefix} alinea ${i}: ze besloot zelf.`)].join(
        '\n\n',
      );
    const cache = new ChunkCache();
    const other = new ChunkCache();
    let typed = paragraphs('Eerste');
    parseMarkdown(typed, cache);
    parseMarkdown(paragraphs('Tweede'), other);
    const start = cache.size();
    const otherStart = other.size();
    for (let i = 0; i < 40; i++) {
      const at = typed.indexOf('alinea 5') + 8;
      typed = `${typed.slice(0, at)}x${typed.slice(at)}`;
      parseMarkdown(typed, cache);
    }
    // One paragraph's latest version replaces its earlier ones.
    assert.equal(cache.size().units, start.units);
    assert.equal(cache.size().chars, start.chars + 40);
    const before = cache.size();
    parseMarkdown(typed, cache);
    assert.deepEqual(cache.size(), before, 'the text being typed is still cached whole');
    assert.deepEqual(other.size(), otherStart, "the other document's cache is its own");
  });
});
