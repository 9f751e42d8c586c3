import assert from 'node:assert/strict';
// Engagement and readiness are the coachee's strengths, their absence a problem (rules 7, 10); ideas or solutions
// the coach offers are expert-role (rule 32); a coach's English perfect after a condition about the coachee
// judges the coach by the coachee's result (rule 36).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('engagement, readiness, offered ideas and an English judgement by the result', () => {
  it('reads engagement and readiness missing as a problem, present as a strength', () => {
    assertRuleLabels(
      [
        'She listened politely but didn’t really engage.',
        'Maybe she is just not ready for coaching.',
        'Ze is er nog niet klaar voor.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['He engaged with every question.', 'She was open to feedback.', 'Ze stond open voor feedback.'],
      'valence',
      'strength',
    );
  });
  it('reads ideas and solutions the coach offers as expert-role, in both languages', () => {
    for (const text of [
      'I noticed I started offering ideas before she had finished.',
      'Ik merkte dat ik ideeën aandroeg voordat ze uitgesproken was.',
      'Ik heb haar meteen drie oplossingen aangereikt.',
    ])
      assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
  });
  it('hears an English perfect of the coach after a condition about the coachee as outcome-responsibility', () => {
    for (const text of ['If she cancels again, I have probably pushed too hard.', 'If he fails, I have failed him.'])
      assert.ok(ruleLabel(text).signals.includes('outcome-responsibility'), text);
    // An obligation is no perfect.
    assert.ok(!ruleLabel('If she cancels again, I have to call her.').signals.includes('outcome-responsibility'));
  });
});
