import assert from 'node:assert/strict';
import fc from 'fast-check';
import { paddedHeading, sectionKind } from '../../../server/src/core/learned/section-kind';
import nlSections from '../../../server/src/lexicons/nl/sections.json';
import enSections from '../../../server/src/lexicons/en/sections.json';

const runs = Number(process.env.FUZZ_RUNS ?? 500);
const seed = Number(process.env.FUZZ_SEED ?? 20261203);

const { compoundHeads, ...nlPhrases } = nlSections;

/** The kind as first written: every phrase of both languages searched for in the heading, then the compound heads. */
function sectionKindBySearch(heading: string | null): string {
  if (heading === null) return 'other';
  const text = paddedHeading(heading);
  let best = 'other';
  let length = 0;
  for (const phrases of [nlPhrases, enSections] as Record<string, string[]>[]) {
    for (const [kind, list] of Object.entries(phrases)) {
      for (const phrase of list) {
        if (phrase.length > length && text.includes(` ${phrase} `)) {
          best = kind;
          length = phrase.length;
        }
      }
    }
  }
  for (const [kind, heads] of Object.entries(compoundHeads as Record<string, string[]>)) {
    for (const head of heads) {
      if (head.length <= length) continue;
      for (const word of text.split(' ')) {
        if (word.length >= head.length + 3 && word.endsWith(head)) {
          best = kind;
          length = head.length;
        }
      }
    }
  }
  return best;
}

describe('learned layer: a section kind read per word', () => {
  it('gives the kind the phrase-by-phrase search gives, for headings made of the lexicons’ own words (property)', () => {
    const pieces = [...Object.values(nlPhrases), ...Object.values(enSections)]
      .flat()
      .concat(['slaap', 'vervolg', 'mijn', 'my', 'the', '##', ':', '-', 'Tips!', '  ', 'Wat']);
    const heading = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(heading, (h) => assert.equal(sectionKind(h), sectionKindBySearch(h), JSON.stringify(h))),
      { numRuns: runs, seed },
    );
    for (const h of ['Slaaptips', 'Wat ging goed', 'What went well', 'Leerpunten en valkuilen', null])
      assert.equal(sectionKind(h), sectionKindBySearch(h));
  });
  it('reads the development vocabulary of headings as learning points, the longer phrase over a word inside it', () => {
    for (const heading of [
      'Growth edges',
      'Areas for growth',
      'Blind spots',
      'Groeipunten',
      'Werkpunten',
      'Tegenslagen',
    ])
      assert.equal(sectionKind(heading), 'learning', heading);
    // "Growth" alone is what went well; a compound on "groeipunten" is a learning point too.
    assert.equal(sectionKind('Growth'), 'went-well');
    assert.equal(sectionKind('Persoonlijke werkpunten'), 'learning');
    assert.equal(sectionKind('Teamgroeipunten'), 'learning');
  });
});
