import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertSameWhereAccepted } from '../differential';
import { parseChunk, parsePlainChunk } from '../../../server/src/core/markdown';
import { inlineNearMisses, mapShape, runs, seed, sentence, shape } from './chunk-arbitraries';

const plainLine = fc.oneof(
  sentence,
  sentence.map((s) => `- ${s}`),
  sentence.map((s) => `  - ${s}`),
  sentence.map((s) => `   ${s}`),
  sentence.map((s) => `# ${s}`),
  sentence.map((s) => `### ${s}`),
  sentence.map((s) => `  # ${s}`),
  sentence.map((s) => ` - ${s}`),
  sentence.map((s) => `> ${s}`),
  // A quoted paragraph the next line cannot continue lazily.
  sentence.map((s) => `> ${s}\n`),
  sentence.map((s) => `- [ ] ${s}`),
  sentence.map((s) => `- [x] ${s}`),
  sentence.map((s) => `1. ${s}`),
  sentence.map((s) => `2. ${s}`),
  sentence.map((s) => `  10. ${s}`),
  sentence.map((s) => `${s}  `),
  sentence.map((s) => `${s}   `),
  fc.constantFrom('', '', ' ', 'Datum: 12 maart', 'Afspraken:', 'Aanwezig: Sanne en ik', '( los'),
);
const nearMiss = fc.oneof(
  sentence.map((s) => `    ${s}`),
  sentence.map((s) => `####### ${s}`),
  sentence.map((s) => `#${s}`),
  sentence.map((s) => `${s} `),
  sentence.map((s) => `- ${s}  `),
  sentence.map((s) => `1) ${s}`),
  sentence.map((s) => `1.${s}`),
  sentence.map((s) => `1.  ${s}`),
  fc.tuple(sentence, fc.constantFrom(...inlineNearMisses), sentence).map((parts) => parts.join(' ')),
  sentence.map((s) => `>${s}`),
  sentence.map((s) => `> - ${s}`),
  sentence.map((s) => `# ${s} `),
  sentence.map((s) => `- [] ${s}`),
  fc.constantFrom('-', '- ', '#', '---', '-- niet', '+ punt', '- - x', '# Kop #', '>', '> ', '- [ ]'),
);
const line = fc.oneof({ arbitrary: plainLine, weight: 12 }, { arbitrary: nearMiss, weight: 1 });
// Windows line endings too, and the odd mixed file.
const lineEnding = fc.constantFrom('\n', '\n', '\r\n');
const chunk = fc
  .array(fc.tuple(line, lineEnding), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.map(([text, eol]) => text + eol).join(''));

describe('plain chunks', () => {
  it('read exactly as micromark reads them, or are left to micromark', () => {
    // Each kind of syntax read by hand must be among the chunks compared, not only plain words.
    const seen = { emphasis: 0, link: 0, task: 0, quote: 0, hardBreak: 0, ordered: 0 };
    assertSameWhereAccepted(
      chunk,
      (text) => {
        const plain = parsePlainChunk(text);
        if (plain) {
          if (text.includes('*')) seen.emphasis++;
          if (text.includes('](')) seen.link++;
          if (/^- \[[ x]\]/mu.test(text)) seen.task++;
          if (/^> /mu.test(text)) seen.quote++;
          if (/^ *\d+\. /mu.test(text)) seen.ordered++;
          if (/ {2}\r?\n\S/u.test(text)) seen.hardBreak++;
        }
        return mapShape(plain);
      },
      (text) => shape(parseChunk(text)),
      { numRuns: runs, seed, what: 'chunks' },
    );
    for (const [kind, count] of Object.entries(seen))
      assert.ok(count >= Math.max(3, runs / 200), `${kind}: only ${count} compared`);
  });

  it('leaves intraword emphasis, links with titles, images, code, lazy quotes, tables, numbered lists and lone CR line ends to micromark', () => {
    for (const text of [
      'Ze was zo**trots**.\n',
      'Zie [dit](x "titel").\n',
      'Zie ![dit](x.png).\n',
      'Met `code`.\n',
      '> Geciteerd\nen lui vervolgd.\n',
      '**Context**\n',
      '| a | b |\n',
      '1) Eerst\n',
      'Een zin\n2. die doorloopt\n',
      'Regel\rTwee\n',
      'Tab\there\n',
      'Kop\n===\n',
      '---\nlang: nl\n---\n',
    ]) {
      assert.equal(parsePlainChunk(text), null, JSON.stringify(text));
    }
  });

  it('reads emphasis, links, task items, quotes and hard breaks as micromark does', () => {
    const text =
      'Datum: 3 mei  \nZe was *echt* **trots** (zie [het werkblad](https://e.org/w)).\n\n- [ ] Zelf bellen\n\n> "Ik durf het."\n> zei ze.\n';
    const plain = parsePlainChunk(text);
    assert.ok(plain);
    assert.deepEqual(
      plain.blocks.map((b) => b.text),
      ['Ze was echt trots (zie het werkblad).', 'Zelf bellen', '"Ik durf het." zei ze.'],
    );
    assert.deepEqual(shape(plain), shape(parseChunk(text)));
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
