import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChunkCache, parseChunk, parseMarkdown, type ProseBlock } from '../../../server/src/core/markdown';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20261204);

const texts = (source: string, cache: ChunkCache | null = null): string[] =>
  parseMarkdown(source, cache).blocks.map((block) => block.text);

describe('link reference definitions', () => {
  it('resolve in every paragraph of the report, however far from their definition', () => {
    const report = [
      'Ze las [het artikel][ref] en vond het goed.',
      'Een alinea tussendoor.',
      '- In een lijst: [het boek][].',
      '[ref]: https://example.org',
      '[het boek]: /boek "titel"',
      'Erna: [ref] nog eens.',
    ].join('\n\n');
    assert.deepEqual(texts(report), [
      'Ze las het artikel en vond het goed.',
      'Een alinea tussendoor.',
      'In een lijst: het boek.',
      'Erna: ref nog eens.',
    ]);
  });

  it('are text where CommonMark says so: a definition cannot interrupt a paragraph', () => {
    const report = 'Ze las [het artikel][ref].\n[ref]: https://example.org\n\nVerder.';
    assert.deepEqual(
      texts(report),
      parseChunk(report).blocks.map((block) => block.text),
    );
    assert.match(texts(report)[0]!, /\[het artikel\]\[ref\]/u);
  });

  it('follow an edit that adds or removes the definition while the report is typed', () => {
    const cache = new ChunkCache();
    const without = 'Ze las [het artikel][ref].\n\nVerder.\n';
    const withDefinition = `${without}\n[ref]: https://example.org\n`;
    assert.equal(texts(without, cache)[0], 'Ze las [het artikel][ref].');
    assert.equal(texts(withDefinition, cache)[0], 'Ze las het artikel.');
    assert.equal(texts(without, cache)[0], 'Ze las [het artikel][ref].');
  });

  it('give every report the prose of one parse of the whole report (fast-check)', () => {
    const piece = fc.constantFrom(
      'Ze koos zelf',
      '[het plan][a]',
      '[a]',
      '[b][]',
      '[ander][c]',
      '*nadruk*',
      '- punt',
      '> citaat',
      '[a]: /a',
      '[b]: /b "titel"',
      '   [c]: <https://c.example>',
      '[ ]: /leeg',
      '[a]: /a tekst erna',
      '[b]:',
      ' /b',
      '\r\n',
      // A plain paragraph and a long one: chunks parsed apart (a plain one by hand, groups of a kilobyte).
      '\n\nEen gewone alinea.\n\n',
      `\n\n*${'lang '.repeat(250)}*\n\n`,
      '\n',
      '\n\n',
      '\n\n',
      ' ',
    );
    const report = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(report, (source) => {
        // Each character of prose at the same place of the report.
        const placed = (blocks: ProseBlock[]): [string, number[]][] =>
          blocks.map((block) => [block.text, [...block.offsets].map((offset) => block.base + offset)]);
        const whole = placed(parseChunk(source).blocks);
        const chunked = placed(parseMarkdown(source).blocks);
        assert.deepEqual(chunked, whole, JSON.stringify(source));
      }),
      { numRuns: runs, seed },
    );
  });
});
