// A question handed back in the same sentence takes the expert-role away but not the coachee's ask (rules 15, 32);
// an exercise that helped the coachee do something is credit, not appreciation, in Dutch order too (rule 34).
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a question handed back in the same sentence', () => {
  it('is no expert-role, and the coachee’s ask is still a problem', () => {
    for (const text of [
      inEnglish('She asked what I would do, and I asked her what she thought herself.'),
      'Ze vroeg wat ik zou doen, en ik vroeg haar wat ze er zelf van dacht.',
    ]) {
      const label = ruleLabel(text);
      assert.deepEqual(label.signals, [], text);
      assert.equal(label.valence, 'weakness', text);
    }
  });

  it('leaves the ask uncounted where it only times the coach’s act (rule 8)', () => {
    assert.equal(
      ruleLabel(inEnglish('When she asked what I would do, I turned the question back to her.')).valence,
      'neutral',
    );
  });
});

describe('an exercise that helped the coachee do something', () => {
  it('is credit, no appreciation (rule 34)', () => {
    const label = ruleLabel('Ze zei dat de oefening haar hielp om eindelijk haar gedachten te ordenen.');
    assert.ok(!label.signals.includes('appreciation'));
  });
});
