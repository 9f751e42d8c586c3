import assert from 'node:assert/strict';
// The general polarity lists (pattern's Dutch list by Snowball stem, VADER by word) fill in where Kracht's
// own lexicon is silent; a word that only shares a stem with an evaluative one says nothing.
import { polarity } from '../../../server/src/core/polarity';
import { tokenize } from '../../../server/src/core/words';
import { assertRuleLabels, ruleLabel } from '../../helpers';

const scoreOf = (word: string, language: 'nl' | 'en'): number => polarity(tokenize(word, language)[0]!, language);

describe('general polarity', () => {
  it('gives no polarity to Dutch verb forms, roles, names and degree words that share a stem with an evaluative word', () => {
    // gaf (gave) is no gaaf, sturen (send) no stuurs, gemaakt (made) no "affected", lag (lay) no laag.
    for (const word of [
      'gaf',
      'sturen',
      'gemaakt',
      'lag',
      'bekeken',
      'leidinggevende',
      'noor',
      'zeer',
      'genoeg',
      'doordeweeks',
    ])
      assert.equal(scoreOf(word, 'nl'), 0, word);
    // The evaluative words themselves keep their polarity.
    for (const [word, sign] of [
      ['gaaf', 1],
      ['laag', -1],
      ['stuurs', -1],
      ['ervaring', 1],
    ] as const)
      assert.equal(Math.sign(scoreOf(word, 'nl')), sign, word);
  });
  it('reads a coachee sentence with such a word by what it says', () => {
    assertRuleLabels(
      [
        'Ze gaf haar collega de sleutels van het lokaal.',
        'Noor werkt sinds maart op de afdeling.',
        'De map lag al klaar op tafel.',
      ],
      'valence',
      'neutral',
    );
  });
});

describe('homework of looking and reading (rule 10)', () => {
  it('reads such a step not taken as a problem, and taken as nothing by itself, in both languages', () => {
    assertRuleLabels(
      [
        'Ze heeft de vacatures niet bekeken.',
        'Hij heeft het artikel nog steeds niet doorgelezen.',
        "She hadn't looked at the vacancies.",
        "He still hasn't gone through the feedback report.",
      ],
      'valence',
      'weakness',
    );
    for (const text of ['Ze heeft de vacatures bekeken.', 'She looked at the vacancies on Monday.'])
      assert.equal(ruleLabel(text).valence, 'neutral', text);
  });
});

describe('feeling sure of oneself (rule 11)', () => {
  it('hears it as strength and its absence as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Ze voelt zich zeker tegenover volwassenen.',
        'Hij voelt zich in het team zekerder dan vorig jaar.',
        'She felt more secure in the meeting.',
      ],
      'valence',
      'strength',
    );
    for (const text of ['Hij voelt zich nog niet zeker in het overleg.', "He doesn't feel secure yet."])
      assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
});

describe('words that share a stem with another word match only as written', () => {
  it('reads the noun beside a verb form or adjective of the same stem as neither', () => {
    assertRuleLabels(
      [
        'De afspraken over werktijden staan in het rooster.',
        'Haar uitspraken in het overleg gingen over de planning.',
        'She looks after six patients on the ward.',
        'He keeps his phone in his bag.',
      ],
      'valence',
      'neutral',
    );
  });
  it('still reads the word itself', () => {
    assertRuleLabels(['She was patient with the new intern.'], 'valence', 'strength');
  });
  it('does not take praise that the session was useful for the coachee using something (rule 34)', () => {
    assert.ok(ruleLabel('He said the session was really useful.').signals.includes('appreciation'));
    assert.deepEqual(ruleLabel('She used the model twice and said it was really useful.').signals, []);
  });
});
