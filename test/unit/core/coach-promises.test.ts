import assert from 'node:assert/strict';
// A success the coach promises for the coachee is the coach's want, like one the coach wishes (rule 8).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('the coach promising a result', () => {
  it('reads the promised success as the coach’s, not a strength of the coachee’s, in both languages', () => {
    assertRuleLabels(
      [
        'Ik heb haar beloofd dat ze na drie sessies weer vol zelfvertrouwen zou zijn.',
        'Ik heb toegezegd dat het haar gaat lukken.',
        'I promised him that he would feel confident again by March.',
        'I assured her that she would succeed.',
        'Ik had haar manager gezegd dat ze na het traject weer stevig in haar schoenen zou staan.',
        'I told her manager that she would be confident again by March.',
      ],
      'valence',
      'neutral',
    );
  });
  it('leaves what the coach says the coachee did a strength', () => {
    assert.equal(ruleLabel('Ik heb haar gezegd dat ze het goed gedaan heeft.').valence, 'strength');
  });
  it('leaves the coachee’s own promise hers', () => {
    assert.equal(ruleLabel('She promised me that she would call her manager herself.').valence, 'strength');
    assert.equal(ruleLabel('Hij beloofde dat hij het gesprek zelf zou voeren.').valence, 'strength');
  });
  it('reads a promised product as expert-role, not a promised result (rules 32, 36)', () => {
    for (const text of [
      'Ik heb beloofd dat ik haar een voorbeeldmail stuur.',
      'Ik beloofde haar een voorbeeld te sturen.',
      'I promised to send her a sample email.',
      'Ik heb toegezegd dat ze me altijd mag bellen als het misgaat.',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['expert-role'], text);
    assert.deepEqual(ruleLabel('I promised her manager that she would finish by March.').signals, [
      'outcome-responsibility',
    ]);
    // Asked to send it, the coachee makes the product: no deed of the coach's.
    assert.deepEqual(ruleLabel('I asked her to send me the plan.').signals, []);
  });
});
