import assert from 'node:assert/strict';
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';
import { assertRuleLabels, ruleLabel } from '../../helpers';

// A Dutch split verb stands joined in a subordinate clause ("omdat hij vastliep", "dat ze het uitstelt"): a term
// written split matches it joined too, in every lexicon and in the user's own terms.
describe('Dutch split verbs joined in a subordinate clause', () => {
  const found = (language: 'nl' | 'en', classes: Record<string, string[]>, text: string): string[] =>
    new Matcher(language, classes).find(tokenize(text, language)).map((hit) => `${hit.term}@${hit.first}`);

  it('matches a verb, a gap and its particle joined as one word, and only a particle after a gap', () => {
    assert.deepEqual(found('nl', { a: ['zet ... door'] }, 'Ik zag dat ze doorzet.'), ['doorzet@4']);
    assert.deepEqual(found('nl', { a: ['zet ... door'] }, 'Ze zet het door.'), ['zet ... door@1']);
    assert.deepEqual(found('nl', { a: ['stel* ... uit'] }, 'omdat ze het uitstelde'), ['uitstel*@3']);
    // No particle, no joining: "goed ... in" is no verb; English keeps its words apart.
    assert.deepEqual(found('nl', { a: ['goed ... vaak'] }, 'vaakgoed'), []);
    assert.deepEqual(found('en', { a: ['gave ... up'] }, 'upgave'), []);
  });

  it('looks for a split verb’s particle before a clause Dutch places after it, not past its opener', () => {
    const text = 'Ik vroeg wat hem tegenhield om het gesprek aan te gaan.';
    assert.deepEqual(found('nl', { a: ['vroeg ... aan'] }, text), []);
    assert.deepEqual(found('nl', { a: ['vroeg ... aan'] }, 'Hij vroeg een nieuw gesprek aan.'), ['vroeg ... aan@1']);
    // The opener may be the particle sought: "bel ... om te vragen".
    assert.deepEqual(
      found('nl', { a: ['bel ... om te vragen'] }, 'Ik bel vrijdag met de school om te vragen of het kan.'),
      ['bel ... om te vragen@1'],
    );
  });

  it('reads problems and strengths told in a subordinate clause as in a main clause', () => {
    assertRuleLabels(
      [
        'Hij kwam bij mij omdat hij vastliep in zijn werk.',
        'Ze vertelde dat ze de gesprekken steeds afhield.',
        'Ik hoorde dat hij na twee weken weer terugviel.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['Ik zag dat ze het conflict zelf aankaartte.', 'Hij vertelde dat hij toch doorzette.'],
      'valence',
      'strength',
    );
  });

  it('matches an infinitive of a separable verb split by "te", outside the signal cues', () => {
    assert.deepEqual(found('nl', { a: ['uitstellen'] }, 'om het niet uit te stellen'), ['uit te stellen@3']);
    // A participle or a noun in -ingen is no infinitive: no split form made of it.
    assert.deepEqual(found('nl', { a: ['uitzonderingen'] }, 'uit te zonderingen'), []);
    assertRuleLabels(['Hij dreigt af te haken.', 'Ze is bang om terug te vallen.'], 'valence', 'weakness');
    assert.equal(ruleLabel('Ze besloot het conflict zelf aan te kaarten.').valence, 'strength');
    // Clearing a backlog is no resistance removed, though "wegwerken" is a cue of it said by the coach.
    assert.ok(!ruleLabel('Je zat tot middernacht tickets weg te werken.').signals.includes('resistance-framing'));
  });
});
