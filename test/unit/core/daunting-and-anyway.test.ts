import assert from 'node:assert/strict';
// Finding something daunting is a problem (rule 7); doing it all the same, in a clause of its own after the
// difficulty, is coping (rule 9); "zijn" after any preposition is his, no passive (rule 23).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('daunting, done anyway, and "op zijn werk"', () => {
  it('reads finding something daunting as a problem, in both languages, and no longer so as progress', () => {
    assertRuleLabels(
      ['Wel vindt hij het nog spannend om nee te zeggen tegen klanten.', 'She finds presenting to the board daunting.'],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel('Ze vond het niet eng meer om te presenteren.').valence, 'strength');
  });
  it('reads a difficulty, then the coachee doing it all the same, as coping; an alternative weighed is not', () => {
    assert.equal(ruleLabel('Hij twijfelde lang, belde haar manager toch.').valence, 'strength');
    assert.notEqual(
      ruleLabel('Werkt dat niet: confronteren met de gemiste afspraken, of toch eerst vragen wat er speelt?').valence,
      'strength',
    );
  });
  it('reads "zijn" after any preposition as a possessive, not a passive of the coach', () => {
    assert.equal(ruleLabel('Op zijn werk heeft hij zelf gevraagd om minder overuren.').focus, 'coachee');
  });
});
