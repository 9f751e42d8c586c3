import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collectNames, standsInLowerCase } from '../../../server/src/core/evidence';
import { analyze, ruleAnalyze } from '../../helpers';
import { assertSameWhereAccepted } from '../differential';

/** The reference: every run of letters written in lower case, listed, then looked up. */
function byListing(texts: readonly string[], word: string): boolean {
  const lower = new Set<string>();
  for (const text of texts)
    for (const [run] of text.matchAll(/\p{L}+/gu)) if (run === run.toLowerCase()) lower.add(run);
  return lower.has(word);
}

describe('names from capitals', () => {
  it('finds a word in lower case as the listing of lower-case runs does: whole runs only, astral letters, digits, marks', () => {
    const pieces = [
      'sam',
      'Sam',
      'sams',
      'ssam',
      'i',
      'İ',
      'é',
      'ß',
      '𝒜',
      '𝓈',
      '3',
      '\u0301',
      '-',
      "'",
      ' ',
      '.',
      '\n',
      '\ud835',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    const word = fc
      .array(fc.constantFrom('sam', 's', 'am', 'i', 'i\u0307', 'é', '𝓈', 'ß', 'Sam', ''), {
        minLength: 1,
        maxLength: 2,
      })
      .map((parts) => parts.join(''));
    assertSameWhereAccepted(
      fc.tuple(fc.array(text, { maxLength: 3 }), word),
      ([texts, candidate]) => standsInLowerCase(texts, candidate),
      ([texts, candidate]) => byListing(texts, candidate),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 2000),
        seed: Number(process.env.FUZZ_SEED ?? 20261126),
        what: 'texts',
      },
    );
  });
  it('takes a capitalised word that never appears in lower case for a name, and one that does for a word', () => {
    // The mechanisms' reading: the learned layer may give a sentence without a person to either side.
    const labels = (text: string): string[] => ruleAnalyze(text).sentences.map((s) => s.focus);
    // "Daan" is never written "daan": a name, so the sentence is about the coachee.
    assert.deepEqual(labels('# Sessie\n\nVandaag besloot Daan zelf om het gesprek aan te gaan.'), ['coachee']);
    // Written in lower case elsewhere in the report (another paragraph, so another part): a word after all.
    const read = ruleAnalyze('# Sessie\n\nVandaag besloot Daan zelf om het gesprek aan te gaan.\n\nHet daan was lang.')
      .sentences[0]!;
    assert.notEqual(read.why.focus.rule, 'subject');
    assert.equal(
      ruleAnalyze('# Sessie\n\nVandaag besloot Daan zelf om het gesprek aan te gaan.').sentences[0]!.why.focus.rule,
      'subject',
    );
  });
  it('does not take a capitalised word after an article never put before a person for a name', () => {
    const focus = (text: string): string => ruleAnalyze(text).sentences[0]!.focus;
    assert.equal(focus('# Sessie\n\nIk heb een vacature voor haar gezocht, bij het Lindeborg College.'), 'coach');
    assert.equal(focus('# Session\n\nI booked a room for her, at the Halloran Rooms.'), 'coach');
    assert.equal(
      focus('# Sessie\n\nIk heb een vacature gezocht en Lindeborg heeft die gisteren geplaatst.'),
      'neutral',
    );
  });
  it('takes a name that only opens sentences from an age beside it or a heading it opens', () => {
    const labels = (text: string): string[] => analyze(text).sentences.map((s) => s.focus);
    assert.deepEqual(labels('# Sessie 3\n\nAmara (15) zit in de vierde klas. Amara asked for this session herself.'), [
      'coachee',
      'coachee',
    ]);
    assert.deepEqual(labels('## Amara, Year 11\n\nAmara asked for this session herself.'), ['coachee']);
    // A heading word before a colon is a label, not a name.
    assert.notDeepEqual(labels('## Context: week 3\n\nContext asked for more.'), ['coachee']);
  });
  it('takes a title’s opening word before a dash for a name when sentences open with it', () => {
    const focus = (text: string): string[] => analyze(text).sentences.map((s) => s.focus);
    assert.deepEqual(focus('# Jordan — check-in\n\nJordan won the race on Saturday.'), ['coachee']);
    assert.deepEqual(focus('# Reinout Bakels – derde gesprek\n\nReinout liep zaterdag een snelle tijd.'), ['coachee']);
    // A name after a title's colon: its sentences are hers, the coach's framework in them only what she speaks of.
    const recap = analyze('# Coaching recap: Dana R., VP Product\n\nDana said my framework was a game-changer.');
    assert.deepEqual(recap.sentences[0]!.why.focus.words, ['dana']);
    assert.deepEqual(recap.sentences[0]!.signals, ['appreciation']);
    const verslag = analyze('# Verslag: Sanne (sessie 3)\n\nSanne zei dat mijn model haar had geholpen.');
    assert.deepEqual(verslag.sentences[0]!.why.focus.words, ['sanne']);
    // A title word no sentence opens with as a subject stays a word: "Notes – Dev".
    const notes = analyze('# Notes – Dev\n\nNotes on the plan were written on Saturday.').sentences[0]!;
    assert.notDeepEqual(notes.why.focus.words, ['notes']);
  });
  it('takes no title for a name, only the name after it', () => {
    const texts = ['Ze belde Mr Okafor en daarna mevrouw Jansen.'];
    const evidence = {
      capitalised: new Set(['mr', 'okafor']),
      titled: new Set<string>(),
      texts,
      lower: new Map(),
      opens: new Map(),
      second: 0,
      third: 1,
      firstPerson: 0,
      team: false,
      initials: new Set<string>(),
    };
    assert.deepEqual([...collectNames([evidence], undefined, [])], ['okafor']);
  });
  it('takes an initial before a lower-case word for the coachee, not one before a surname', () => {
    const foci = (text: string): string[] => ruleAnalyze(text).sentences.map((s) => s.focus);
    const report =
      'S. describes a week of firefighting.\n\n- S. to book a meeting with the medical director by Wednesday.';
    assert.deepEqual(foci(report), ['coachee', 'coachee']);
    assert.deepEqual(foci('Gesprek met J. Peeters gepland.'), ['neutral']);
  });
});
