import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defuse } from '../../../server/src/core/guard';
import { assertSameWhereAccepted } from '../differential';
import { parseChunk, parseDefused, parseFrontMatterChunk } from '../../../server/src/core/markdown';
import { mapShape, runs, seed, sentence, shape } from './chunk-arbitraries';

describe('front-matter chunks', () => {
  // Front matter as coaches write it, and what is not quite front matter: fences with spaces, tabs or
  // a fourth dash, `...`, empty lines, text right after the closing fence, no closing fence at all.
  const fenceLine = fc.constantFrom('---', '---', '--- ', '---\t', '----', '--', ' ---', '...');
  const yamlLine = fc.oneof(
    fc.constantFrom(
      'coachee: Sanne',
      'lang: nl',
      'date: 2026-03-04',
      'session: 3',
      'perspective: coach',
      'tags: [a, b]',
      '  - item',
      '# comment',
      '',
      ' ',
      'key: "quoted: value"',
      'multi: |',
      '  regel',
      'x: ---',
      'a: *b*',
      '> citaat',
      'café: é',
      '😀: ja',
    ),
    sentence,
  );
  const ending = fc.constantFrom('\n', '\n', '\r\n', '\r');
  const frontMatterChunk = fc
    .tuple(
      fenceLine,
      ending,
      fc.array(fc.tuple(fc.oneof({ arbitrary: yamlLine, weight: 8 }, { arbitrary: fenceLine, weight: 1 }), ending), {
        maxLength: 8,
      }),
      fc.constantFrom('', '\n', '\n\n', ' \n', 'Tekst\n', '\nTekst\n', '\r\n'),
    )
    .map(([open, eol, lines, tail]) => `${open}${eol}${lines.map(([text, e]) => text + e).join('')}---${tail}`);

  it('read exactly as micromark reads them, or are left to micromark', () => {
    assertSameWhereAccepted(
      frontMatterChunk,
      (text) => mapShape(parseFrontMatterChunk(text)),
      (text) => shape(parseChunk(text)),
      { numRuns: runs, seed, what: 'chunks' },
    );
  });

  it('reads the front matter of a report, LF or CRLF, and leaves a block with text after it to micromark', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['---', 'coachee: Sanne', 'lang: nl', '---', '', ''].join(eol);
      const quick = parseFrontMatterChunk(text);
      assert.deepEqual(quick?.frontMatter, {
        value: `coachee: Sanne${eol}lang: nl`,
        start: 0,
        end: 28 + 3 * eol.length,
      });
      assert.deepEqual(shape(quick!), shape(parseChunk(text)));
    }
    assert.equal(parseFrontMatterChunk('---\nlang: nl\n---\nTekst.\n'), null);
    assert.equal(parseFrontMatterChunk('---\nlang: nl\n'), null);
  });
});

describe('over-deep nesting', () => {
  it('parses the same with its stand-in runs squeezed as without', () => {
    const deepLine = fc
      .tuple(fc.integer({ min: 0, max: 300 }), fc.constantFrom('>', '- ', '> - ', '1. '), sentence)
      .map(([depth, marker, words]) => `${marker.repeat(depth)} ${words}`);
    const markersOnly = fc
      .tuple(fc.integer({ min: 60, max: 300 }), fc.constantFrom('>', '- ', '> - '))
      .map(([depth, marker]) => marker.repeat(depth));
    const text = fc
      .array(fc.oneof(deepLine, markersOnly, sentence, fc.constant('')), { minLength: 1, maxLength: 40 })
      .map((lines) => `${lines.join('\n')}\n`);
    let squeezed = 0;
    fc.assert(
      fc.property(text, (source) => {
        const defused = defuse(source).text;
        if (/\u00a0{16}/u.test(defused)) squeezed++;
        assert.deepEqual(shape(parseChunk(source)), shape(parseDefused(defused)), JSON.stringify(source.slice(0, 300)));
      }),
      { numRuns: Math.max(50, runs / 3), seed },
    );
    assert.ok(squeezed > 10, `only ${squeezed} texts had runs to squeeze`);
  });
});
