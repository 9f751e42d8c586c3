// Notes without their verbs: a state right after the word it is about turns it as "is low" does (rule 10); a noun
// that is also a verb opens no imperative before "still". The coach talking a lot is working hard (rule 30).
import assert from 'node:assert/strict';
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('a note’s state without its verb', () => {
  it('turns a quality into a problem', () => {
    assertRuleLabels(
      [
        'Energie laag deze week.',
        'Zelfvertrouwen wankel na de beoordeling.',
        'Energy low this week.',
        'Confidence shaky.',
      ],
      'valence',
      'weakness',
    );
  });
  it('turns a problem into progress', () => {
    assertRuleLabels(['Stress lower than last month.', 'Klachten minder dan vorige maand.'], 'valence', 'strength');
  });
  it('leaves a verb’s particle alone', () => {
    assert.equal(ruleLabel('She had written down beforehand what she wanted to say.').valence, 'strength');
  });
});

describe('a note that opens with a noun', () => {
  it('is about the coachee, not an imperative, before "still"', () => {
    const label = ruleLabel('Sleep still poor, 4–5 hours most nights.');
    assert.equal(label.valence, 'weakness');
    assert.notEqual(label.focus, 'coach');
  });
  it('reads poor sleep and a mind that will not switch off as problems', () => {
    assertRuleLabels(['She sleeps poorly.', "Says her mind won't switch off.", 'Mood low.'], 'valence', 'weakness');
  });
});

describe('the coach talking a lot', () => {
  it('is working hard, in both languages, and the coachee talking a lot is not', () => {
    assert.deepEqual(ruleLabel('I noticed I was talking a lot in the second half.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('Ik merkte dat ik veel aan het woord was.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('She was talking a lot about her mother.').signals, []);
  });
});
