import assert from 'node:assert/strict';
// What coach and coachee agree together is a step or session procedure (rules 13, 14).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('a step coach and coachee agree together (rules 13, 14)', () => {
  it('is neutral, whatever the words of what is agreed, in both languages', () => {
    assertRuleLabels(
      [
        'We spraken af dat ze de komende twee weken bijhoudt wanneer ze zich op haar werk levendig voelt.',
        'Samen hebben we afgesproken om niet meteen naar oplossingen te springen.',
        'We agreed not to look for a solution straight away.',
        'We agreed that she keeps track of the days she feels confident at work.',
      ],
      'valence',
      'neutral',
    );
  });
  it('keeps the step the sentence marks as her own choice, and what the coachee agreed with someone else', () => {
    assert.equal(
      ruleLabel('We spraken af dat ze zelf haar grenzen bewaakt, in haar eigen woorden.').valence,
      'strength',
    );
    assert.equal(ruleLabel('Ze heeft met haar zus afgesproken dat die op zondag langskomt.').valence, 'strength');
    assert.notEqual(ruleLabel('We spreken elkaar over vier weken; dat was haar eigen voorstel.').valence, 'neutral');
  });
});
