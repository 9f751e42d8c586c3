import assert from 'node:assert/strict';
// In a report addressed to the coachee "you" is the coachee (rule 18): what helps her or praises her is no praise of
// the coach (rule 34), and a term written with "him" or "his" holds for "you" and "your". A thing wearing the
// coachee down is a problem of hers, the coach wearing her down resistance framed as a wall (rule 35).
import { ruleLabel } from '../../helpers';

describe('praise in a report addressed to the coachee', () => {
  it('is no appreciation where "you" is the one helped or praised', () => {
    for (const sentence of [
      'You discovered that walking helps you clear your head.',
      'You showed that you are a very good listener.',
      'Your colleagues praised you for the way you ran the project.',
    ]) {
      const label = ruleLabel(sentence);
      assert.deepEqual([label.valence, label.signals], ['strength', []], sentence);
    }
  });
  it('is still appreciation where the coachee praises the coach or the session', () => {
    for (const sentence of ['You said the session really helped you.', 'Je bedankte me voor de heldere uitleg.'])
      assert.deepEqual(ruleLabel(sentence).signals, ['appreciation'], sentence);
  });
});

describe('a term written with "him" in a report addressed to the coachee', () => {
  it('reads "you"', () => {
    assert.deepEqual(ruleLabel('If I am really honest, I need this to work out for you.').signals, [
      'outcome-responsibility',
    ]);
  });
});

describe('wearing down', () => {
  it('by a state is the coachee’s problem, by the coach resistance framed as a wall', () => {
    for (const sentence of ['The uncertainty is wearing him down.', 'You said the not-knowing is wearing you down.'])
      assert.deepEqual([ruleLabel(sentence).valence, ruleLabel(sentence).signals], ['weakness', []], sentence);
    assert.deepEqual(ruleLabel('I will have to wear him down before he accepts the plan.').signals, [
      'resistance-framing',
    ]);
  });
});
