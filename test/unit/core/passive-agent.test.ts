import assert from 'node:assert/strict';
// Passives imply their agent by the verb (rule 23): a coach's intervention is the coach's.
import { ruleLabel } from '../../helpers';

describe('the agent a passive implies', () => {
  it('finds a Dutch participle past an "en" that joins two phrases of its clause', () => {
    assert.equal(
      ruleLabel('Omdat betrokkene sceptisch reageerde, is dit nogmaals en met een ander voorbeeld uitgelegd.').focus,
      'coach',
    );
    // English puts the participle by its auxiliary: a verb after "and" is a clause of its own.
    assert.equal(
      ruleLabel('He is excellent with numbers and explained the variance analysis to me in two minutes.').focus,
      'coachee',
    );
  });
  it('reads "zijn" opening the main clause after a subordinate clause put first as the verb, not "his"', () => {
    assert.equal(ruleLabel('Toen betrokkene bleef zwijgen, zijn nogmaals de voordelen uitgelegd.').focus, 'coach');
    assert.equal(ruleLabel('Zijn huisarts heeft hem aangeraden om minder te werken.').focus, 'coachee');
  });
  it('knows the coach’s ways of setting things out, in both languages', () => {
    assert.equal(ruleLabel('Daarna zijn de voor- en nadelen nog eens op een rij gezet.').focus, 'coach');
    assert.equal(ruleLabel('Vervolgens is het model van de spanningsboog toegelicht.').focus, 'coach');
    assert.equal(ruleLabel('The options were then laid out once more, with the salary figures.').focus, 'coach');
  });
});
