import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defuse } from '../../../server/src/core/guard';
import { assertSameWhereAccepted } from '../differential';
import {
  parseChunk,
  parseDefused,
  parseFrontMatterChunk,
  parsePlainChunk,
  type MarkdownDocument,
} from '../../../server/src/core/markdown';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);

// Lines a coach writes, plain and not quite: headings, list items at several depths, labels, metadata,
// and the near misses (indentation, trailing space, empty items, numbers, closing hashes) that must
// either read the same as micromark or be left to it.
const words = [
  'Ze',
  'besloot',
  'zelf',
  'te',
  'bellen.',
  'Hij',
  'twijfelde,',
  'maar',
  'durfde',
  'het',
  'toch!',
  '"Ik',
  'ben',
  'klaar,"',
  'zei',
  'ze.',
  '(later)',
  'M.',
  'bijv.',
  'e.g.',
  'Sanne',
  'coachee',
  'why?',
  'self-made',
  '3',
  '10:00',
  'nee',
  '–',
  '—',
  '😀',
  'é',
  'e\u0301',
  'שלום',
  '\u00a0',
  '#2',
  '-',
  'Doel:',
];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const plainLine = fc.oneof(
  sentence,
  sentence.map((s) => `- ${s}`),
  sentence.map((s) => `  - ${s}`),
  sentence.map((s) => `   ${s}`),
  sentence.map((s) => `# ${s}`),
  sentence.map((s) => `### ${s}`),
  sentence.map((s) => `  # ${s}`),
  sentence.map((s) => ` - ${s}`),
  fc.constantFrom('', '', ' ', 'Datum: 12 maart', 'Afspraken:', 'Aanwezig: Sanne en ik', '( los'),
);
const nearMiss = fc.oneof(
  sentence.map((s) => `    ${s}`),
  sentence.map((s) => `####### ${s}`),
  sentence.map((s) => `#${s}`),
  sentence.map((s) => `${s} `),
  sentence.map((s) => `- ${s}  `),
  sentence.map((s) => `1. ${s}`),
  fc.constantFrom('-', '- ', '#', '---', '-- niet', '+ punt', '- - x', '# Kop #'),
);
const line = fc.oneof({ arbitrary: plainLine, weight: 12 }, { arbitrary: nearMiss, weight: 1 });
// Windows line endings too, and the odd mixed file.
const lineEnding = fc.constantFrom('\n', '\n', '\r\n');
const chunk = fc
  .array(fc.tuple(line, lineEnding), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.map(([text, eol]) => text + eol).join(''));

/** The parts of a parsed chunk the analysis reads, in a form deepEqual compares. */
function shape(document: MarkdownDocument): unknown {
  return {
    headings: document.headings,
    blocks: document.blocks.map((b) => ({
      text: b.text,
      offsets: [...b.offsets],
      blockEnd: b.blockEnd,
      section: b.section,
    })),
    comments: document.comments,
    frontMatter: document.frontMatter,
  };
}

const mapShape = (document: MarkdownDocument | null): unknown => (document === null ? null : shape(document));

describe('plain chunks', () => {
  it('read exactly as micromark reads them, or are left to micromark', () => {
    assertSameWhereAccepted(
      chunk,
      (text) => mapShape(parsePlainChunk(text)),
      (text) => shape(parseChunk(text)),
      { numRuns: runs, seed, what: 'chunks' },
    );
  });

  it('leaves emphasis, links, code, quotes, tables, numbered lists and lone CR line ends to micromark', () => {
    for (const text of [
      'Ze was **trots**.\n',
      'Zie [dit](x).\n',
      'Met `code`.\n',
      '> Geciteerd.\n',
      '| a | b |\n',
      '1. Eerst\n',
      'Regel\rTwee\n',
      'Tab\there\n',
      'Kop\n===\n',
      '---\nlang: nl\n---\n',
    ]) {
      assert.equal(parsePlainChunk(text), null, JSON.stringify(text));
    }
  });

  it('reads a typical plain chunk: heading, list items across lines, a paragraph, with LF or CRLF', () => {
    const lf = '## Wat ging goed\n\n- Ze besloot zelf\n  te bellen.\n- Hij durfde het.\n\nDaarna ging ze verder.\n';
    for (const text of [lf, lf.replace(/\n/gu, '\r\n')]) {
      const plain = parsePlainChunk(text);
      assert.ok(plain, JSON.stringify(text));
      assert.deepEqual(
        plain.blocks.map((b) => b.text),
        ['Ze besloot zelf te bellen.', 'Hij durfde het.', 'Daarna ging ze verder.'],
      );
      assert.deepEqual(shape(plain), shape(parseChunk(text)));
    }
  });
});

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
