import assert from 'node:assert/strict';
// Every feeling or state of the feelings field is a feeling: the coach's own, in a note about the coach, is neutral
// (rule 8); a feeling named as a topic ("stay with the grief") is the coachee's.
import { assertRuleLabels, ruleLabel } from '../../helpers';

const valenceOf = (sentence: string): string => ruleLabel(sentence).valence;

describe('the coach’s own state, without a subject', () => {
  it('is the coach’s side, neutral, in both languages', () => {
    assertRuleLabels(
      [
        'Op de fiets naar huis bleef het maar malen: wat moet ik tegen Marco zeggen?',
        'Afterwards, restless: should I have pushed harder?',
        'After the session, drained: was I doing her work?',
      ],
      'valence',
      'neutral',
    );
  });
  it('is not a feeling the coach names as a topic', () => {
    assert.equal(valenceOf('I wondered whether to stay with the grief.'), 'weakness');
  });
});
